import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Workshop } from '../../../shared/model';
import type { SessionSnapshot, WorkshopSession } from './workshop-session';

const SessionContext = createContext<WorkshopSession | null>(null);

export const SessionProvider = ({ session, children }: { session: WorkshopSession; children: ReactNode }) => (
  <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
);

export const useSession = (): WorkshopSession => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('SessionProvider is missing');
  return session;
};

/** The session, when there is one: form fields work inside and outside an opened workshop. */
export const useOptionalSession = (): WorkshopSession | null => useContext(SessionContext);

export const useSessionSnapshot = (): SessionSnapshot => {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
};

/**
 * A slice of the session's state, read through a selector: the component renders again only when
 * the slice changes (compared with Object.is, so select stable parts, not new objects).
 */
export const useSyncSlice = <T,>(select: (snapshot: SessionSnapshot) => T): T => {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, () => select(session.getSnapshot()));
};

/** The opened workshop; only rendered inside a loaded session. */
export const useWorkshop = (): Workshop => {
  const { workshop } = useSessionSnapshot();
  if (!workshop) throw new Error('The workshop is not loaded yet');
  return workshop;
};
