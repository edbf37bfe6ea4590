import { createContext, useContext, type ReactNode } from 'react';
import type { Api, MasterplanBridge } from '../../../shared/contract';

interface ApiContextValue {
  api: Api;
  bridge: MasterplanBridge | null;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export const ApiProvider = ({ api, bridge, children }: ApiContextValue & { children: ReactNode }) => (
  <ApiContext.Provider value={{ api, bridge }}>{children}</ApiContext.Provider>
);

const useApiContext = (): ApiContextValue => {
  const value = useContext(ApiContext);
  if (!value) throw new Error('ApiProvider is missing');
  return value;
};

export const useApi = (): Api => useApiContext().api;
export const useBridge = (): MasterplanBridge | null => useApiContext().bridge;
