import type { Api, MethodInput, MethodOutput } from '../../../shared/contract';

type Opened = MethodOutput<'workshop.open'>;

/** An early answer older than this is not handed out: the caller asks again (a 304 when nothing changed). */
export const EARLY_OPEN_FRESH_MS = 10_000;

/**
 * Opening a workshop named in the URL (a reload, a bookmarked worksheet) used to wait for the whole
 * app to start: the code, the browser-role check, the first renders and only then `workshop.open`.
 * Here the workshop is asked for as soon as the entry runs, alongside all of that, and the answer
 * (checked against the contract as always) goes to the first caller that opens the same workshop,
 * once and while it is fresh; every other call goes to `api` as it is. A failed early call is not
 * kept: the caller asks again and sees its own error.
 */
export const withEarlyOpen = (api: Api, workshopId: string | null, now: () => number = () => Date.now()): Api => {
  if (workshopId === null) return api;
  const startedAt = now();
  let early: Promise<Opened> | null = api['workshop.open']({ workshopId });
  early.catch(() => {
    early = null;
  });
  const open = (input: MethodInput<'workshop.open'>): Promise<Opened> => {
    const kept = early;
    early = null;
    if (kept && input.workshopId === workshopId && now() - startedAt <= EARLY_OPEN_FRESH_MS) return kept.catch(() => api['workshop.open'](input));
    return api['workshop.open'](input);
  };
  return { ...api, 'workshop.open': open };
};
