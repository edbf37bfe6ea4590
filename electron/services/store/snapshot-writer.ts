import { Low } from 'lowdb';
import type { Workshop } from '../../../shared/model';
import { DurableJsonAdapter } from './durable-json-adapter';
import { validateWorkshopDocument } from '../../../shared/model/migrations';

export interface AutosaveTiming {
  /** Quiet time after the last edit before the full snapshot is rewritten. */
  debounceMs: number;
  /** Longest an edit waits for its snapshot while edits keep coming. */
  maxWaitMs: number;
  /** Roll the live log at a durable snapshot once it is larger than this (bytes; log-segments.ts). */
  rollLogBytes?: number;
}

export const DEFAULT_AUTOSAVE: AutosaveTiming = { debounceMs: 1_000, maxWaitMs: 5_000 };

/** The lowdb database of one workshop's full snapshot, on the durable adapter. */
export const workshopDb = (file: string, workshop: Workshop): Low<Workshop> =>
  new Low<Workshop>(new DurableJsonAdapter<Workshop>(file, validateWorkshopDocument), workshop);

/**
 * Rewrites a workshop's full snapshot in the background: debounced, with a maximum wait,
 * one write at a time, always the newest state. Edits are already durable in the log,
 * so this only bounds how much log is replayed on the next open.
 */
export class SnapshotWriter {
  private pending: Workshop | null = null;
  private firstPendingAt: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  private lastError: unknown = null;
  /** Runs after each durable write, in the same queue (the checkpoint: the live log is rolled). */
  afterWrite: ((revision: number) => Promise<void>) | null = null;
  /** Keeps the next state written in history too (at most one request pending: later ones join it). */
  private historyWanted: ((revision: number) => Promise<unknown>) | null = null;

  constructor(
    private readonly db: Low<Workshop>,
    private readonly timing: AutosaveTiming,
    private readonly onError: (error: unknown) => void,
    /** The revision the file on disk holds. */
    public savedRevision: number,
  ) {}

  /** Asks for `workshop` to be written soon. */
  schedule(workshop: Workshop): void {
    this.pending = workshop;
    const now = Date.now();
    this.firstPendingAt ??= now;
    const deadline = this.firstPendingAt + this.timing.maxWaitMs;
    const delay = Math.max(0, Math.min(this.timing.debounceMs, deadline - now));
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.enqueueWrite().catch(this.onError);
    }, delay);
    // A pending rewrite never keeps the process alive: the edits are already in the log.
    this.timer.unref();
  }

  /**
   * Asks for the next snapshot written to be kept in history as well, from the same bytes (no
   * second serialisation, never on the acknowledged path). Requests coalesce: one per workshop.
   */
  keepNextInHistory(save: (revision: number) => Promise<unknown>): void {
    this.historyWanted = save;
  }

  /** Writes whatever is pending now and waits for every write to finish; rejects if the last write failed. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.enqueueWrite();
    if (this.lastError) throw this.lastError;
  }

  /** Writes `workshop` now, replacing anything pending (restores, migrations). */
  async writeNow(workshop: Workshop): Promise<void> {
    this.pending = workshop;
    await this.flush();
  }

  /** Drops a pending write (the workshop is being moved away). */
  async cancel(): Promise<void> {
    this.historyWanted = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    this.firstPendingAt = null;
    await this.chain;
  }

  private enqueueWrite(): Promise<void> {
    this.chain = this.chain.then(() => this.writePending());
    return this.chain;
  }

  private async writePending(): Promise<void> {
    const workshop = this.pending;
    if (!workshop) return;
    this.pending = null;
    this.firstPendingAt = null;
    try {
      this.db.data = workshop;
      await this.db.write();
      this.savedRevision = workshop.revision;
      this.lastError = null;
      // A failed checkpoint loses nothing (the live log is left whole); it is tried again at the next write.
      await this.afterWrite?.(workshop.revision).catch(this.onError);
      const keep = this.historyWanted;
      this.historyWanted = null;
      // A failed history save is reported; the snapshot itself was written.
      if (keep) await keep(workshop.revision).catch(this.onError);
    } catch (error) {
      this.lastError = error;
      // Keep the newest state pending so the next edit or flush tries again.
      this.pending ??= workshop;
      this.onError(error);
    }
  }
}
