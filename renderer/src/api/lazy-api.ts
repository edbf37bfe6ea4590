import type { Api } from '../../../shared/contract';

type Call = (input: unknown) => Promise<unknown>;

/**
 * An Api whose code arrives on the first call: `load` (a dynamic import of the real transport, with
 * the contract it checks answers against) runs once, when a method is first called, and every call
 * goes to what it returns. The participants' join screen uses it, so a phone paints the join form
 * without the contract's schemas (about 30 KB gzip), which come while the code is being typed.
 */
export const lazyApi = (load: () => Promise<Api>): Api => {
  let loaded: Promise<Api> | null = null;
  // A load that failed (the Wi-Fi dropped) is tried again by the next call.
  const api = (): Promise<Api> =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = null;
      throw error;
    }));
  const calls = new Map<string, Call>();
  return new Proxy({} as Api, {
    get: (_target, method) => {
      // Not a thenable, nor anything but the contract's method names.
      if (typeof method !== 'string' || method === 'then') return undefined;
      let call = calls.get(method);
      if (!call) {
        call = (input) => api().then((real) => (real as unknown as Record<string, Call>)[method]!(input));
        calls.set(method, call);
      }
      return call;
    },
  });
};
