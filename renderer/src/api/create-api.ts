import type { Api, MasterplanBridge, MethodName } from '../../../shared/contract';
import type { BuildApiOptions } from './build-api';
import type { EarlyStart } from './early-start';
import { createHttpApi } from './http-api';
import { createIpcApi } from './ipc-api';

export interface Transport {
  api: Api;
  /** Present only in the desktop app. */
  bridge: MasterplanBridge | null;
}

/**
 * The opened workshop is shown first and checked against the contract right after (build-api.ts);
 * the session drops it and says so if that check fails.
 */
const FACILITATOR: BuildApiOptions = { checkLater: new Set<MethodName>(['workshop.open']) };

/**
 * In Electron the preload gives us `window.masterplan`; in a browser we talk HTTP to the page's own origin.
 * `early` (the entry's calls already on their way) answers its own calls; the bridge handed out stays the preload's.
 */
export const createApiForThisWindow = (early?: EarlyStart): Transport =>
  window.masterplan
    ? { api: createIpcApi(early?.bridge ?? window.masterplan, FACILITATOR), bridge: window.masterplan }
    : { api: createHttpApi(window.location.origin, early?.fetchImpl, FACILITATOR), bridge: null };
