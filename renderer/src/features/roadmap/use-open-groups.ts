import { useCallback, useState } from 'react';

/**
 * Which groups of a long list are open, remembered per workshop on this computer (localStorage: a view
 * preference, never part of the workshop). Groups never toggled follow `openByDefault`.
 */
/** Up to this many programs, a long list's groups start open; beyond, they start closed so the page stays short. */
export const OPEN_GROUPS_UP_TO = 60;

const keyFor = (scope: string) => `msc.openGroups.${scope}`;

const read = (scope: string): Record<string, boolean> => {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(keyFor(scope)) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
  } catch {
    return {};
  }
};

export const useOpenGroups = (scope: string, openByDefault: boolean) => {
  const [state, setState] = useState(() => ({ scope, open: read(scope) }));
  if (state.scope !== scope) setState({ scope, open: read(scope) });
  const open = state.scope === scope ? state.open : read(scope);
  const isOpen = useCallback((id: string) => open[id] ?? openByDefault, [open, openByDefault]);
  const setOpen = useCallback(
    (ids: readonly string[], value: boolean) =>
      setState((s) => {
        const next = { ...s.open, ...Object.fromEntries(ids.map((id) => [id, value])) };
        try {
          window.localStorage.setItem(keyFor(s.scope), JSON.stringify(next));
        } catch {
          // Storage refused: the choice lasts until the page is left.
        }
        return { ...s, open: next };
      }),
    [],
  );
  return { isOpen, setOpen };
};
