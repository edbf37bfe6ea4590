import { useState } from 'react';

/** One request of a home dialog at a time; `busy` while it runs, and free again when it fails. */
export const useRequest = () => {
  const [busy, setBusy] = useState(false);

  const run = async <T,>(request: () => Promise<T>, done: (answer: T) => void, failed: (error: unknown) => void): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      done(await request());
    } catch (error) {
      failed(error);
      setBusy(false);
    }
  };

  return { busy, run };
};
