import { describe, expect, it } from 'vitest';
import { createQuitFlush } from '../../../electron/main/quit-flush';

const quitEvent = () => {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
};

/** Resolves when `quit` is called. */
const quitSignal = () => {
  let quit: () => void = () => undefined;
  const quitted = new Promise<void>((resolve) => (quit = resolve));
  return { quit: () => quit(), quitted };
};

describe('quitting the app', () => {
  it('holds the quit back until every workshop is written and the services are closed', async () => {
    const steps: string[] = [];
    const { quit, quitted } = quitSignal();
    const onBeforeQuit = createQuitFlush({
      flush: async () => void steps.push('flush'),
      close: async () => void steps.push('close'),
      quit: () => {
        steps.push('quit');
        quit();
      },
    });
    const first = quitEvent();
    onBeforeQuit(first);
    expect(first.prevented).toBe(true);
    await quitted;
    expect(steps).toEqual(['flush', 'close', 'quit']);

    const again = quitEvent();
    onBeforeQuit(again);
    expect(again.prevented).toBe(false);
  });

  it('flushes only once when quit is asked for twice', async () => {
    let flushes = 0;
    const { quit, quitted } = quitSignal();
    const onBeforeQuit = createQuitFlush({ flush: async () => void flushes++, close: async () => undefined, quit });
    const first = quitEvent();
    const second = quitEvent();
    onBeforeQuit(first);
    onBeforeQuit(second);
    expect(second.prevented).toBe(true);
    await quitted;
    expect(flushes).toBe(1);
  });

  it('still quits, and reports, when writing fails', async () => {
    const errors: unknown[] = [];
    const { quit, quitted } = quitSignal();
    const onBeforeQuit = createQuitFlush({
      flush: async () => {
        throw new Error('disk full');
      },
      close: async () => undefined,
      quit,
      logError: (error) => errors.push(error),
    });
    onBeforeQuit(quitEvent());
    await quitted;
    expect(errors).toHaveLength(1);
  });

  it('does not stay open forever when a flush never finishes', async () => {
    const { quit, quitted } = quitSignal();
    const onBeforeQuit = createQuitFlush({ flush: () => new Promise<void>(() => undefined), close: async () => undefined, quit, maxWaitMs: 0 });
    onBeforeQuit(quitEvent());
    await quitted;
  });
});
