import type { BridgeResult, MasterplanBridge } from '../../../shared/contract';

/** An early answer older than this is not handed out: the caller asks again (a 304 when nothing changed). */
export const EARLY_START_FRESH_MS = 10_000;

/**
 * `workshop.open` for the workshop named in the URL, sent by the entry module before the rest of the
 * app (React, the contract's schemas, the screens) has even been fetched: the entry is a few KB, so the
 * request leaves while the big chunks are still on their way instead of after they have all been
 * evaluated. What it starts is only the raw call (no schema here, so this module pulls in none); the
 * answer goes, once and while fresh, to the first identical call the app's transport makes, which
 * checks it against the contract like any other answer. Anything else goes out as usual.
 */
export interface EarlyStart {
  /** `fetch` for the HTTP transport: the early response for the first identical request, else `fetch`. */
  fetchImpl: typeof fetch;
  /** The desktop bridge with `invoke` answering the first identical call early (null in a browser). */
  bridge: MasterplanBridge | null;
  /**
   * The entry's own `share.me` (browser only; null in the desktop app): true once it was answered with
   * success, i.e. this browser is the facilitator's, so the app can start on its screens instead of a
   * "checking" screen and a role check it would have to wait for; false when it was refused or failed.
   */
  facilitator: Promise<boolean> | null;
}

const inputText = (workshopId: string): string => JSON.stringify({ workshopId });

/**
 * The early answer is read and parsed as soon as it arrives, while the app's code is still on its
 * way or being evaluated, rather than once the app asks for it: parsing the workshop (1.6 MB for 800
 * programs) then no longer sits between the app's start and its first screen. The response is handed
 * out as is, its `json()` giving that one parse (or its failure, which the transport reports as usual).
 */
const readAhead = (response: Response): Response => {
  const parsed: Promise<unknown> = response.json();
  parsed.catch(() => undefined);
  return Object.assign(response, { json: () => parsed });
};

export const startEarly = (
  workshopId: string | null,
  env: { origin: string; bridge: MasterplanBridge | null; fetch: typeof fetch; now: () => number } = {
    origin: window.location.origin,
    bridge: window.masterplan ?? null,
    fetch: (...args) => window.fetch(...args),
    now: () => Date.now(),
  },
): EarlyStart => {
  const startedAt = env.now();
  const fresh = () => env.now() - startedAt <= EARLY_START_FRESH_MS;
  const bridge = env.bridge;
  if (bridge) {
    let kept: Promise<BridgeResult> | null = workshopId === null ? null : bridge.invoke('workshop.open', { workshopId });
    kept?.catch(() => undefined);
    const invoke = (method: string, input: unknown): Promise<BridgeResult> => {
      const early = kept;
      kept = null;
      if (early && workshopId !== null && method === 'workshop.open' && fresh() && JSON.stringify(input) === inputText(workshopId)) return early;
      return bridge.invoke(method, input);
    };
    // Only `invoke` is answered early; menus, files and live updates go to the bridge itself.
    const early: MasterplanBridge = {
      invoke,
      onMenuCommand: (listener) => bridge.onMenuCommand(listener),
      saveFile: (request) => bridge.saveFile(request),
      showInFolder: (path) => bridge.showInFolder(path),
      followWorkshop: (id, listener) => bridge.followWorkshop(id, listener),
    };
    return { fetchImpl: env.fetch, bridge: early, facilitator: null };
  }
  const api = `${env.origin.replace(/\/$/, '')}/api`;
  const url = `${api}/workshop.open`;
  const body = workshopId === null ? null : inputText(workshopId);
  let kept: Promise<Response> | null = body === null ? null : env.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(readAhead);
  kept?.catch(() => undefined);
  // Who this browser is (a tiny answer), asked now rather than once the app has loaded and rendered a
  // "checking" screen; after the workshop, the larger answer, so that one is not queued behind it.
  const facilitator = env.fetch(`${api}/share.me`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then(
    (response) => {
      // Read to its end, so the connection is free for the next request at once.
      response.text().catch(() => undefined);
      return response.ok;
    },
    () => false,
  );
  const fetchImpl: typeof fetch = (input, init) => {
    const early = kept;
    kept = null;
    const revalidating = init?.headers !== undefined && new Headers(init.headers).has('if-none-match');
    if (early && input === url && init?.method === 'POST' && init.body === body && !revalidating && fresh()) return early;
    return env.fetch(input, init);
  };
  return { fetchImpl, bridge: null, facilitator };
};
