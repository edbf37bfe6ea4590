/** What `flushOnSignals` needs from the services. */
export interface Flushable {
  flushAll(): Promise<void>;
  close(): Promise<void>;
}

export interface FlushOnSignalsOptions {
  /** Ends the process; replaceable in tests. */
  exit?: (code: number) => void;
  logError?: (error: unknown) => void;
}

/**
 * On Ctrl+C (SIGINT) or SIGTERM, writes every open workshop's snapshot, closes the services and
 * exits. For `npm run web`: acknowledged edits are already in the logs, this only saves the
 * next start from replaying them. Returns a function that removes the handlers.
 */
export const flushOnSignals = (services: Flushable, options: FlushOnSignalsOptions = {}): (() => void) => {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const logError = options.logError ?? ((error: unknown) => console.error('[penyimpanan] gagal menyimpan sebelum keluar:', error));
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const onSignal = (): void => {
    remove();
    void services
      .flushAll()
      .then(() => services.close())
      .then(
        // A clean shutdown on request is a success (npm would print an error for 130/143).
        () => exit(0),
        (error: unknown) => {
          logError(error);
          exit(1);
        },
      );
  };
  const remove = (): void => {
    for (const signal of signals) process.off(signal, onSignal);
  };
  for (const signal of signals) process.once(signal, onSignal);
  return remove;
};
