import { useCallback, useState } from 'react';
import { messageOf } from '../../api/api-error';

/** One call at a time from a dialog, with its error message for the user. */
export const useAction = () => {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = useCallback(async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }, []);
  return { error, busy, act, setError };
};
