import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../api/api-error';

export type Loaded<T> = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; value: T };

/**
 * Loads something from the core, again whenever `key` changes or `reload` is called. An answer that
 * arrives after a newer request started is dropped, so a quick click through the list never shows
 * an older answer over a newer one. While loading again, the last value stays on screen (no flicker,
 * and an open dialog stays open when the workshop moves on underneath it).
 */
export const useLoaded = <T,>(load: () => Promise<T>, key: string): { state: Loaded<T>; reload(): Promise<void> } => {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(async () => {
    const request = ++latest.current;
    try {
      const value = await loadRef.current();
      if (request === latest.current) setState({ kind: 'ready', value });
    } catch (error) {
      if (request === latest.current) setState({ kind: 'failed', message: messageOf(error) });
    }
  }, []);

  useEffect(() => {
    void run();
  }, [run, key]);

  const reload = run;
  return { state, reload };
};
