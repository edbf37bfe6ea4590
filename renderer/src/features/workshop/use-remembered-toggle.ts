import { useCallback, useState } from 'react';

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    // Storage refused (private mode, a locked-down browser): the toggle still works for this visit.
    return null;
  }
};

/** An open/closed switch remembered in this browser under `key` (e.g. one worksheet's description). */
export const useRememberedToggle = (key: string, initial = false): [boolean, () => void] => {
  const [state, setState] = useState<{ key: string; open: boolean }>(() => ({ key, open: read(key, initial) }));
  // A different key (another worksheet) reads its own remembered state.
  const open = state.key === key ? state.open : read(key, initial);
  const toggle = useCallback(() => {
    const next = !open;
    setState({ key, open: next });
    try {
      storage()?.setItem(key, next ? 'open' : 'closed');
    } catch {
      // Quota or refusal: remembered for this visit only.
    }
  }, [key, open]);
  return [open, toggle];
};

const read = (key: string, initial: boolean): boolean => {
  const value = storage()?.getItem(key);
  return value === 'open' ? true : value === 'closed' ? false : initial;
};
