import type { Api, MasterplanBridge } from '../../../shared/contract';
import type { EarlyStart } from './early-start';
import { createHttpApi } from './http-api';
import { createIpcApi } from './ipc-api';

export interface Transport {
  api: Api;
  /** Present only in the desktop app. */
  bridge: MasterplanBridge | null;
}

/**
 * In Electron the preload gives us `window.masterplan`; in a browser we talk HTTP to the page's own origin.
 * `early` (the entry's calls already on their way) answers its own calls; the bridge handed out stays the preload's.
 */
export const createApiForThisWindow = (early?: EarlyStart): Transport =>
  window.masterplan
    ? { api: createIpcApi(early?.bridge ?? window.masterplan), bridge: window.masterplan }
    : { api: createHttpApi(window.location.origin, early?.fetchImpl), bridge: null };
