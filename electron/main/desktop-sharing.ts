import { attachSharing, TRUST_NOBODY, type Sharing } from '../server/sharing';
import type { Services } from '../services';

export interface DesktopSharingOptions {
  services: Services;
  /** The built renderer inside the app (out/renderer), which participants load in their browsers. */
  rendererDir: string;
  logError: (error: unknown) => void;
}

/**
 * "Bagikan di jaringan lokal" in the desktop app. The window reaches the services over IPC, so
 * there is no HTTP listener until the facilitator starts sharing: `share.start` over IPC then opens
 * the participants' listener on the room's network (the renderer, the participant API, live
 * updates) and `share.stop` or quitting closes it. Without a token nobody on that listener is the
 * facilitator — not even a program on this computer.
 */
export const enableDesktopSharing = ({ services, rendererDir, logError }: DesktopSharingOptions): Sharing =>
  attachSharing({ services, staticDir: rendererDir, trust: TRUST_NOBODY, logError });
