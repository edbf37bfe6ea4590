import { ApiError } from '../api/api-error';
import type { PendingWrite } from './pending-queue';
import { initialSyncState, step, type ConflictDetail, type SyncEvent, type SyncState } from './sync-engine';

/** What the driver needs from the store: send one write with its base revision, load the revision again. */
export interface SyncTransport {
  send(write: PendingWrite, baseRevision: number): Promise<{ revision: number }>;
  reload(): Promise<{ revision: number }>;
}

const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];

/** Reads the conflict detail an ApiError carries (409 conflict), or null. */
export const conflictDetailOf = (error: unknown): ConflictDetail | null => {
  if (!(error instanceof ApiError) || error.code !== 'conflict' || typeof error.detail !== 'object' || error.detail === null) return null;
  const d = error.detail as Partial<ConflictDetail> & { item?: unknown };
  if (typeof d.revision !== 'number' || !Array.isArray(d.keys)) return null;
  return { revision: d.revision, target: typeof d.target === 'string' ? d.target : null, keys: d.keys.filter((k): k is string => typeof k === 'string'), theirs: d.item ?? null, yours: d.yours ?? null };
};

/** The event an answer of the store is to the engine. */
export const eventOfFailure = (error: unknown): SyncEvent => {
  const detail = conflictDetailOf(error);
  if (detail) return { type: 'conflict', detail };
  if (error instanceof ApiError && error.code === 'stale_revision') return { type: 'stale' };
  if (error instanceof ApiError && (error.code === 'network' || error.code === 'internal')) return { type: 'failed' };
  return { type: 'refused' };
};

/**
 * The thin driver: feeds the engine's events and carries out its effects (send, reload keeping the
 * queue, retry after a delay). Listeners hear every new state; `select` reads a slice of it.
 */
export class SyncDriver {
  private current: SyncState = initialSyncState;
  private attempt = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly transport: SyncTransport) {}

  get state(): SyncState {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch(event: SyncEvent): void {
    const { state, effects } = step(this.current, event);
    this.current = state;
    for (const listener of this.listeners) listener();
    for (const effect of effects) {
      if (effect.type === 'send') void this.send(effect.write, effect.baseRevision);
      else if (effect.type === 'refresh') void this.reload();
      else {
        const delay = RETRY_DELAYS_MS[Math.min(this.attempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
        this.attempt += 1;
        setTimeout(() => this.dispatch({ type: 'retry' }), delay);
      }
    }
  }

  private async send(write: PendingWrite, baseRevision: number): Promise<void> {
    try {
      const { revision } = await this.transport.send(write, baseRevision);
      this.attempt = 0;
      this.dispatch({ type: 'acked', revision });
    } catch (error) {
      this.dispatch(eventOfFailure(error));
    }
  }

  private async reload(): Promise<void> {
    try {
      const { revision } = await this.transport.reload();
      this.dispatch({ type: 'loaded', revision });
    } catch {
      this.dispatch({ type: 'failed' });
    }
  }
}
