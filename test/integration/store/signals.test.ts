import { describe, expect, it } from 'vitest';
import { flushOnSignals } from '../../../electron/services/index';

describe('stopping `npm run web` with Ctrl+C or SIGTERM', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} writes every snapshot, closes the services, then exits cleanly`, async () => {
      const steps: string[] = [];
      const exited = new Promise<number>((resolve) => {
        flushOnSignals(
          {
            flushAll: async () => void steps.push('flushAll'),
            close: async () => void steps.push('close'),
          },
          { exit: resolve },
        );
      });
      process.emit(signal);
      expect(await exited).toBe(0);
      expect(steps).toEqual(['flushAll', 'close']);
      expect(process.listenerCount(signal)).toBe(0);
    });
  }

  it('exits with an error code when the snapshots cannot be written', async () => {
    const errors: unknown[] = [];
    const exited = new Promise<number>((resolve) => {
      flushOnSignals(
        { flushAll: () => Promise.reject(new Error('disk penuh')), close: async () => undefined },
        { exit: resolve, logError: (error) => errors.push(error) },
      );
    });
    process.emit('SIGTERM');
    expect(await exited).toBe(1);
    expect(errors).toHaveLength(1);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });
});
