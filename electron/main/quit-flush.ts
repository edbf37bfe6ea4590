/**
 * On quit, write every open workshop's snapshot before the process ends. Electron's
 * `before-quit` cannot wait for a promise, so the first quit is held back, the services are
 * flushed and closed, and the quit is issued again. Acknowledged edits are already durable in
 * each workshop's log, so a flush that hangs is abandoned after `maxWaitMs` rather than
 * keeping the app open forever.
 */
export interface QuitFlushOptions {
  flush: () => Promise<void>;
  close: () => Promise<void>;
  quit: () => void;
  logError?: (error: unknown) => void;
  maxWaitMs?: number;
}

export const createQuitFlush = ({ flush, close, quit, logError = () => undefined, maxWaitMs = 15_000 }: QuitFlushOptions) => {
  let state: 'running' | 'flushing' | 'done' = 'running';
  const settle = async (): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxWaitMs);
    });
    const work = (async () => {
      await flush().catch(logError);
      await close().catch(logError);
    })();
    await Promise.race([work, giveUp]);
    clearTimeout(timer);
  };
  return (event: { preventDefault(): void }): void => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    void settle().then(() => {
      state = 'done';
      quit();
    });
  };
};
