import { createContext, useContext, type ReactNode } from 'react';

/** Who is using this page: the facilitator (the app itself) or an OPD head who joined over the room's network. */
export type Role = 'facilitator' | 'participant';

const RoleContext = createContext<Role>('facilitator');

export const RoleProvider = ({ role, children }: { role: Role; children: ReactNode }) => <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;

/** Facilitator-only tools (Excel, export, sharing) are hidden from participants, whose calls the server refuses anyway. */
export const useIsFacilitator = (): boolean => useContext(RoleContext) === 'facilitator';
