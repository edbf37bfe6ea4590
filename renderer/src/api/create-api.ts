import type { Api, MasterplanBridge } from '../../../shared/contract';
import { createHttpApi } from './http-api';
import { createIpcApi } from './ipc-api';

export interface Transport {
  api: Api;
  /** Present only in the desktop app. */
  bridge: MasterplanBridge | null;
}

/** In Electron the preload gives us `window.masterplan`; in a browser we talk HTTP to the page's own origin. */
export const createApiForThisWindow = (): Transport =>
  window.masterplan
    ? { api: createIpcApi(window.masterplan), bridge: window.masterplan }
    : { api: createHttpApi(window.location.origin), bridge: null };
