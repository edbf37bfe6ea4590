import { AppError, CommandSchema, appErrorFromZod, applyCommand, applyNewCommand, type Command, type CommandInput } from '../../../shared/commands';
import type { Api, Applied, Notice } from '../../../shared/contract';
import type { LiveEvent } from '../../../shared/contract/live';
import type { Workshop } from '../../../shared/model';
import { messageOf, type ApiError } from '../api/api-error';
import { contractCheckOf } from '../api/build-api';
import { errorLanguage } from '../i18n/error-wording';
import { readLiveChange } from './live-follow';
import type { PendingWrite } from './pending-queue';
import type { SaveState, SessionNotice } from './save-state';
import { eventOfFailure, retryDelay, toApiError } from './sync-driver';
import {
  canRedo,
  canUndo,
  createSyncState,
  holdsConflictFor,
  keepMine,
  step,
  type HeldConflict,
  type NoticeContext,
  type QueuedWrite,
  type StaleWrite,
  type SyncEffect,
  type SyncEvent,
  type SyncState,
  type UndoRedoStep,
} from './sync-engine';

export type { StaleWrite, UndoRedoStep } from './sync-engine';

export interface SessionSnapshot {
  status: 'loading' | 'ready' | 'failed';
  /** What the user sees: the last confirmed workshop with the queued commands applied on top. */
  workshop: Workshop | null;
  readOnly: boolean;
  openNotices: Notice[];
  save: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  loadError: string | null;
  /** Edits held because someone else changed the same field first: both versions, until the user chooses. */
  conflicts: readonly HeldConflict[];
}

export type DispatchResult = { ok: true } | { ok: false; message: string; field?: string };

export interface SessionOptions {
  /**
   * When given, a stale write is not sent again on top of the newer version: it and the queued writes
   * of the same item are set aside, the workshop is loaded again keeping the other writes, then this
   * is called so the user can merge (participants on the room's network).
   */
  onStaleWrite?: (stale: StaleWrite) => void;
}

/** Where live updates come from: subscribes a listener, returns how to stop. */
export type LiveSource = (listener: (event: LiveEvent) => void) => () => void;

const nowIso = (): string => new Date().toISOString();

/** The words put before a refusal told as a notice, in the UI's language. */
const NOTICE_PREFIX: Record<'id' | 'en', Record<Exclude<NoticeContext, 'plain'>, string>> = {
  id: { rejected: 'Perubahan ditolak', notSaved: 'Perubahan tidak disimpan' },
  en: { rejected: 'Change refused', notSaved: 'Change not saved' },
};

/** The displayed workshop and what it was made from, so the next one is built from it when it can be. */
interface ViewCache {
  confirmed: Workshop;
  queue: readonly QueuedWrite[];
  /** Ids of queued commands that no longer apply to the confirmed copy (the store will judge them). */
  skipped: ReadonlySet<number>;
  view: Workshop;
}

/**
 * One opened workshop: a thin driver around the pure sync engine (sync-engine.ts). It feeds the
 * engine events (the user's edits, the store's answers, live updates, timers) and carries out its
 * effects: sends a write with its base revision, loads the workshop again keeping the queue,
 * retries after the backoff, tells the user. What the user sees is derived here: the confirmed
 * workshop with the queued commands applied on top (optimistic), rebuilt only when needed.
 */
export class WorkshopSession {
  private state: SyncState;
  private snapshot: SessionSnapshot;
  private cache: ViewCache | null = null;
  /** The view the last `dispatch` already computed while checking the command, reused by the next derivation. */
  private dispatched: { after: Workshop; command: Command } | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly noticeListeners = new Set<(notice: SessionNotice) => void>();
  private readonly stepListeners = new Set<(step: UndoRedoStep) => void>();
  private nextNoticeId = 1;
  private disposed = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryAttempt = 0;
  /** Loads started so far, and who waits for a load that starts after they asked. */
  private loadsStarted = 0;
  private loadWaiters: { after: number; resolve: () => void }[] = [];
  /** Fields with typed text waiting for its pause before it is committed. */
  private readonly pendingDrafts = new Set<string>();

  constructor(
    private readonly api: Api,
    readonly workshopId: string,
    private readonly options: SessionOptions = {},
  ) {
    this.state = createSyncState({ setAsideStale: options.onStaleWrite !== undefined });
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  /** The engine's state, read-only (tests, diagnostics). */
  get syncState(): SyncState {
    return this.state;
  }

  onNotice(listener: (notice: SessionNotice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  /** Called after the core confirmed an undo or redo, with the command it applied and the workshop it applied it to. */
  onUndoRedo(listener: (step: UndoRedoStep) => void): () => void {
    this.stepListeners.add(listener);
    return () => this.stepListeners.delete(listener);
  }

  /**
   * Loads the workshop (again), keeping every write not yet acknowledged: waits until no write is on
   * the way (its answer would otherwise be applied twice), then shows the queue on the fresh copy.
   * Resolves once a load that started after the call has finished (or failed).
   */
  load(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    const loaded = new Promise<void>((resolve) => this.loadWaiters.push({ after: this.loadsStarted, resolve }));
    this.feed({ type: 'load' });
    return loaded;
  }

  /** The same as `load`: used when the workshop was replaced (restore, merge, import). Nothing queued is lost. */
  refresh(): Promise<void> {
    return this.load();
  }

  /** Follows live updates of this workshop until the returned function is called. */
  followLive(source: LiveSource): () => void {
    this.feed({ type: 'follow' });
    const stop = source((event) => this.receiveLive(event));
    return () => {
      this.feed({ type: 'unfollow' });
      stop();
    };
  }

  /** Applies a command now (optimistic) and queues it for the core; a command the reducer refuses changes nothing. */
  dispatch(input: CommandInput): DispatchResult {
    const view = this.snapshot.workshop;
    if (!view) return refusal(new AppError('not_found', { reason: 'workshop.notLoaded' }));
    if (this.state.readOnly) return refusal(new AppError('read_only', { reason: 'workshop.readOnly' }));
    const parsed = CommandSchema.safeParse(input);
    if (!parsed.success) return refusal(appErrorFromZod(parsed.error));
    // The very edit already held in a conflict waits for the user's choice.
    if (holdsConflictFor(this.state, parsed.data)) return { ok: true };
    let after: Workshop;
    try {
      after = applyNewCommand(view, parsed.data, nowIso());
    } catch (error) {
      if (error instanceof AppError) return refusal(error);
      throw error;
    }
    this.dispatched = { after, command: parsed.data };
    this.feed({ type: 'edit', write: { kind: 'apply', command: parsed.data } });
    return { ok: true };
  }

  undo(): void {
    if (this.state.readOnly || !this.snapshot.canUndo) return;
    this.feed({ type: 'edit', write: { kind: 'undo' } });
  }

  redo(): void {
    if (this.state.readOnly || !this.snapshot.canRedo) return;
    this.feed({ type: 'edit', write: { kind: 'redo' } });
  }

  /**
   * The user's choice for a held conflict: `mine` sends their values of the conflicting fields over
   * the stored item as a new edit (based on the newest revision), `theirs` lets the stored version stand.
   */
  resolveConflict(id: number, choice: 'mine' | 'theirs'): DispatchResult {
    const conflict = this.state.conflicts.find((c) => c.id === id);
    if (!conflict) return { ok: true };
    if (choice === 'mine') {
      // Checked on what the user sees now; a refusal keeps the conflict open with both versions.
      const view = this.snapshot.workshop;
      if (!view) return refusal(new AppError('not_found', { reason: 'workshop.notLoaded' }));
      try {
        applyNewCommand(view, keepMine(conflict), nowIso());
      } catch (error) {
        if (error instanceof AppError) return refusal(error);
        throw error;
      }
    }
    this.feed({ type: 'resolve', id, choice });
    return { ok: true };
  }

  /** The "Coba lagi" button. */
  retry(): void {
    this.clearRetryTimer();
    this.feed({ type: 'retry' });
  }

  hasUnsavedWrites(): boolean {
    return this.state.queue.length > 0 || this.pendingDrafts.size > 0;
  }

  /** A field reports typed text not yet committed, so the indicator says "Menyimpan…" rather than "Tersimpan". */
  setDraftPending(fieldKey: string, pending: boolean): void {
    const had = this.pendingDrafts.has(fieldKey);
    if (pending === had) return;
    if (pending) this.pendingDrafts.add(fieldKey);
    else this.pendingDrafts.delete(fieldKey);
    this.publish();
  }

  /** True once disposed: the session then loads, follows and notifies nothing. */
  get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    this.disposed = true;
    this.clearRetryTimer();
    this.listeners.clear();
    this.noticeListeners.clear();
    this.stepListeners.clear();
    for (const waiter of this.loadWaiters.splice(0)) waiter.resolve();
  }

  /** One event through the engine, then its effects, then the new snapshot for the listeners. */
  private feed(event: SyncEvent): void {
    if (this.disposed) return;
    const { state, effects } = step(this.state, event);
    this.state = state;
    if (!state.failure) this.clearRetryTimer();
    this.publish();
    for (const effect of effects) this.perform(effect);
  }

  private perform(effect: SyncEffect): void {
    switch (effect.type) {
      case 'send':
        void this.send(effect.write, effect.baseRevision);
        return;
      case 'load':
        void this.fetch();
        return;
      case 'retryLater':
        this.scheduleRetry();
        return;
      case 'notify': {
        const words = messageOf(effect.error);
        this.notify(effect.tone, effect.context === 'plain' ? words : `${NOTICE_PREFIX[errorLanguage()][effect.context]}: ${words}`);
        return;
      }
      case 'undoRedo':
        for (const listener of this.stepListeners) listener(effect.step);
        return;
      case 'staleWrite':
        this.options.onStaleWrite?.(effect.stale);
        return;
    }
  }

  private async send(write: PendingWrite, baseRevision: number): Promise<void> {
    let result: Applied;
    try {
      const ref = { workshopId: this.workshopId, baseRevision };
      if (write.kind === 'apply') result = await this.api['workshop.apply']({ ...ref, command: write.command });
      else result = await (write.kind === 'undo' ? this.api['workshop.undo'](ref) : this.api['workshop.redo'](ref));
    } catch (error) {
      this.feed(eventOfFailure(error));
      return;
    }
    this.retryAttempt = 0;
    this.feed({ type: 'acked', result, at: nowIso() });
  }

  private async fetch(): Promise<void> {
    this.loadsStarted += 1;
    const number = this.loadsStarted;
    try {
      const opened = await this.api['workshop.open']({ workshopId: this.workshopId });
      this.retryAttempt = 0;
      this.feed({ type: 'loaded', opened });
      // The facilitator's transport hands the workshop out before checking it against the contract (once the page has painted).
      contractCheckOf(opened).catch((error: unknown) => {
        if (number === this.loadsStarted) this.feed({ type: 'loadRejected', error: toApiError(error) });
      });
    } catch (error) {
      this.feed({ type: 'loadFailed', error: toApiError(error) });
    }
    const waiting = this.loadWaiters;
    this.loadWaiters = waiting.filter((w) => w.after >= number);
    for (const waiter of waiting) if (waiter.after < number) waiter.resolve();
  }

  private receiveLive(event: LiveEvent): void {
    if (this.disposed) return;
    if (event.event === 'ready') {
      this.feed({ type: 'streamReady' });
      return;
    }
    const change = readLiveChange(event, this.workshopId);
    if (change) this.feed({ type: 'live', change });
  }

  private scheduleRetry(): void {
    this.clearRetryTimer();
    if (this.disposed) return;
    const delay = retryDelay(this.retryAttempt);
    this.retryAttempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.feed({ type: 'retry' });
    }, delay);
  }

  private clearRetryTimer(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private notify(tone: SessionNotice['tone'], message: string): void {
    const notice = { id: this.nextNoticeId++, tone, message };
    for (const listener of this.noticeListeners) listener(notice);
  }

  /**
   * What the user sees: the confirmed workshop with the queued commands applied on top. Built from
   * the previous view when only edits were added, or when the store acknowledged exactly the first
   * queued edit; otherwise again from the confirmed copy. A queued command that no longer applies
   * there is left out of the view but stays queued: the store judges it (and a conflict is held).
   */
  private deriveView(): Workshop | null {
    const { confirmed, queue } = this.state;
    const dispatched = this.dispatched;
    this.dispatched = null;
    if (confirmed === null) {
      this.cache = null;
      return null;
    }
    const cache = this.cache;
    if (cache && cache.confirmed === confirmed && cache.queue === queue) return cache.view;
    if (cache && cache.confirmed === confirmed && startsWith(queue, cache.queue)) {
      return this.fold(confirmed, queue, cache.view, cache.queue.length, new Set(cache.skipped), dispatched);
    }
    const head = cache?.queue[0];
    if (cache && head && head.write.kind === 'apply' && !cache.skipped.has(head.id) && confirmed.revision === cache.confirmed.revision + 1 && isRest(queue, cache.queue)) {
      // The store acknowledged the first queued edit and nothing else changed: the view already shows it.
      this.cache = { confirmed, queue, skipped: cache.skipped, view: cache.view };
      return cache.view;
    }
    return this.fold(confirmed, queue, confirmed, 0, new Set(), null);
  }

  private fold(confirmed: Workshop, queue: readonly QueuedWrite[], start: Workshop, from: number, skipped: Set<number>, dispatched: { after: Workshop; command: Command } | null): Workshop {
    let view = start;
    for (const queued of queue.slice(from)) {
      if (queued.write.kind !== 'apply') continue;
      if (dispatched && queued.write.command === dispatched.command && queued === queue[queue.length - 1]) {
        view = dispatched.after;
        continue;
      }
      try {
        view = applyCommand(view, queued.write.command, nowIso());
      } catch {
        skipped.add(queued.id);
      }
    }
    this.cache = { confirmed, queue, skipped, view };
    return view;
  }

  private makeSnapshot(): SessionSnapshot {
    const s = this.state;
    const save: SaveState = s.failure
      ? { kind: 'error', message: messageOf(s.failure.error), retryable: true }
      : s.queue.length > 0 || s.inFlight || this.pendingDrafts.size > 0
        ? { kind: 'saving' }
        : { kind: 'saved' };
    const workshop = this.deriveView();
    return {
      status: s.confirmed !== null ? 'ready' : s.loadError !== null ? 'failed' : 'loading',
      workshop,
      readOnly: s.readOnly,
      openNotices: s.openNotices,
      save,
      canUndo: canUndo(s),
      canRedo: canRedo(s),
      loadError: s.loadError === null ? null : messageOf(s.loadError),
      conflicts: s.conflicts,
    };
  }

  private publish(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}

/** `queue` begins with exactly the entries of `prefix` (the same objects). */
const startsWith = (queue: readonly QueuedWrite[], prefix: readonly QueuedWrite[]): boolean => prefix.length <= queue.length && prefix.every((q, i) => queue[i] === q);

/** `queue` is `before` without its first entry (the same objects). */
const isRest = (queue: readonly QueuedWrite[], before: readonly QueuedWrite[]): boolean => queue.length === before.length - 1 && queue.every((q, i) => q === before[i + 1]);

/** A refusal worded in the UI's language from the error's reason; the field at fault stays data. */
const refusal = (error: AppError | ApiError): DispatchResult =>
  error.field === undefined ? { ok: false, message: messageOf(error) } : { ok: false, message: messageOf(error), field: error.field };
