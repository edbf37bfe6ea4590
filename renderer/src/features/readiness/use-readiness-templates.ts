import { useCallback, useEffect, useState } from 'react';
import type { ReadinessTemplate } from '../../../../shared/logic/readiness-items';
import type { Api } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { messageOf } from '../../api/api-error';

export type TemplatesState = { status: 'loading' } | { status: 'ready'; templates: ReadinessTemplate[] } | { status: 'failed'; message: string; retry(): void };

/** Reference data never changes while the app runs: ask the core once per Api. */
const cache = new WeakMap<Api, Promise<ReadinessTemplate[]>>();

const fetchTemplates = (api: Api): Promise<ReadinessTemplate[]> => {
  const known = cache.get(api);
  if (known) return known;
  const pending = api['reference.get']({}).then((reference) => reference.readinessTemplates);
  cache.set(api, pending);
  // A failed call must not stick: the next attempt asks again.
  pending.catch(() => cache.delete(api));
  return pending;
};

/** The readiness templates from the reference data (`reference.get`), for the "add from template" suggestions. */
export const useReadinessTemplates = (): TemplatesState => {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<TemplatesState>({ status: 'loading' });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    fetchTemplates(api).then(
      (templates) => current && setState({ status: 'ready', templates }),
      (error: unknown) => current && setState({ status: 'failed', message: messageOf(error), retry }),
    );
    return () => {
      current = false;
    };
  }, [api, attempt, retry]);

  return state;
};
