import { AppError, CommandSchema, appErrorFromZod, applyCommand, applyNewCommand, type Command, type CommandInput } from '../../../shared/commands';
import type { Api, Applied, Notice } from '../../../shared/contract';
import type { LiveEvent } from '../../../shared/contract/live';
import { touchedItem } from '../../../shared/handoff/scope';
import type { Workshop } from '../../../shared/model';
import { ApiError, messageOf } from '../api/api-error';
import { planLiveChange, readLiveChange, settleHeldChanges, type LiveChange } from './live-follow';
import { pendingCommands, type PendingWrite } from './pending-queue';
import type { SaveState, SessionNotice } from './save-state';
import { conflictDetailOf } from './sync-driver';
import { keepMine, type HeldConflict } from './sync-engine';

export interface SessionSnapshot {
  status: 'loading' | 'ready' | 'failed';
  /** What the user sees: the last confirmed workshop with the pending commands applied on top. */
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

/** An undo or redo the core confirmed: the command it applied, and the workshop it applied it to. */
export interface UndoRedoStep {
  kind: 'undo' | 'redo';
  applied: Command;
  before: Workshop;
}

export type DispatchResult = { ok: true } | { ok: false; message: string; field?: string };

/** How the session gets going again after a failure: resend the queue, reload from the core, or reload keeping the queue. */
type Recovery = 'resend' | 'reload' | 'refresh';

/** A write the core refused as stale (409), set aside with the user's latest version of the same item. */
export interface StaleWrite {
  /** The user's last command for the item (later queued edits of the same item are folded into it). */
  command: Command;
  error: ApiError;
}

export interface SessionOptions {
  /**
   * When given, a stale write is not simply dropped by a reload: it and the queued writes of the same
   * item are set aside, the workshop is loaded again keeping the other writes, then this is called
   * so the user can merge (participants on the room's network).
   */
  onStaleWrite?: (stale: StaleWrite) => void;
}

/** Where live updates come from: subscribes a listener, returns how to stop. */
export type LiveSource = (listener: (event: LiveEvent) => void) => () => void;

const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];
const nowIso = (): string => new Date().toISOString();

/**
 * One opened workshop. Commands are applied here at once (optimistic) with the shared reducer,
 * then sent one at a time, each with the revision it was based on. The core stays the authority:
 * undo/redo come back as the command it applied, and a refusal rebases the view on what it confirmed.
 * While following live updates (`followLive`), commands acknowledged elsewhere are applied in
 * revision order under the writes still queued here (rules in live-follow.ts).
 */
export class WorkshopSession {
  private confirmed: Workshop | null = null;
  private view: Workshop | null = null;
  private queue: PendingWrite[] = [];
  private sending = false;
  private failure: { error: ApiError; recovery: Recovery } | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryAttempt = 0;
  private serverCanUndo = false;
  private serverCanRedo = false;
  private readOnly = false;
  private openNotices: Notice[] = [];
  private status: SessionSnapshot['status'] = 'loading';
  private loadError: string | null = null;
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly noticeListeners = new Set<(notice: SessionNotice) => void>();
  private readonly stepListeners = new Set<(step: UndoRedoStep) => void>();
  private nextNoticeId = 1;
  private disposed = false;
  private reloading = false;
  /** Fields with typed text waiting for its pause before it is committed. */
  private readonly pendingDrafts = new Set<string>();
  /** Live changes that came while a write or a load was on the way (see live-follow.ts). */
  private held: LiveChange[] = [];
  private following = false;
  private streamOpenedBefore = false;
  /** Load again (keeping queued writes) as soon as nothing is on the way. */
  private refreshWanted = false;
  private staleToReport: StaleWrite | null = null;
  /** Edits the core refused as a true conflict, held with both versions (sync-engine.ts); never dropped unasked. */
  private conflicts: HeldConflict[] = [];
  private nextConflictId = 1;

  constructor(
    private readonly api: Api,
    readonly workshopId: string,
    private readonly options: SessionOptions = {},
  ) {
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  onNotice(listener: (notice: SessionNotice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  /** Called after the core confirmed an undo or redo, with the command it applied and the workshop it applied it to. */
  onUndoRedo(listener: (step: UndoRedoStep) => void): () => void {
    this.stepListeners.add(listener);
    return () => this.stepListeners.delete(listener);
  }

  async load(): Promise<void> {
    this.status = this.view ? 'ready' : 'loading';
    this.reloading = true;
    this.publish();
    try {
      const opened = await this.api['workshop.open']({ workshopId: this.workshopId });
      this.confirmed = opened.workshop;
      this.view = opened.workshop;
      this.queue = [];
      this.failure = null;
      this.readOnly = opened.readOnly;
      this.openNotices = opened.notices;
      this.serverCanUndo = opened.canUndo;
      this.serverCanRedo = opened.canRedo;
      this.status = 'ready';
      this.loadError = null;
    } catch (error) {
      if (this.view) this.fail(toApiError(error), 'reload');
      else {
        this.status = 'failed';
        this.loadError = toApiError(error).message;
      }
    }
    this.reloading = false;
    this.releaseHeld();
    this.publish();
    void this.pump();
  }

  /**
   * Loads the workshop again without losing the writes not yet sent: waits until no write is on the
   * way (its answer would otherwise be applied twice), then re-applies the queue on the fresh copy.
   * Used when live updates skipped a revision or the workshop was replaced (restore, merge).
   */
  async refresh(): Promise<void> {
    if (this.disposed || !this.confirmed) return;
    if (this.sending || this.reloading) {
      this.refreshWanted = true;
      return;
    }
    this.refreshWanted = false;
    this.reloading = true;
    this.publish();
    try {
      const opened = await this.api['workshop.open']({ workshopId: this.workshopId });
      this.confirmed = opened.workshop;
      this.readOnly = opened.readOnly;
      this.openNotices = opened.notices;
      this.serverCanUndo = opened.canUndo;
      this.serverCanRedo = opened.canRedo;
      this.rebase();
    } catch (error) {
      this.reloading = false;
      this.fail(toApiError(error), 'refresh');
      this.publish();
      return;
    }
    this.reloading = false;
    const stale = this.staleToReport;
    this.staleToReport = null;
    this.releaseHeld();
    this.publish();
    if (stale) this.options.onStaleWrite?.(stale);
    void this.pump();
  }

  /** Follows live updates of this workshop until the returned function is called. */
  followLive(source: LiveSource): () => void {
    this.following = true;
    this.streamOpenedBefore = false;
    const stop = source((event) => this.receiveLive(event));
    return () => {
      this.following = false;
      this.held = [];
      stop();
    };
  }

  /** Applies a command now and queues it for the core; a command the reducer refuses changes nothing. */
  dispatch(input: CommandInput): DispatchResult {
    if (!this.view) return refusal(new AppError('not_found', { reason: 'workshop.notLoaded' }));
    if (this.readOnly) return refusal(new AppError('read_only', { reason: 'workshop.readOnly' }));
    const parsed = CommandSchema.safeParse(input);
    if (!parsed.success) return refusal(appErrorFromZod(parsed.error));
    // The very edit already held in a conflict (a field committing its text again as the dialog takes focus) waits for the user's choice.
    const same = JSON.stringify(parsed.data);
    if (this.conflicts.some((c) => JSON.stringify(c.command) === same)) return { ok: true };
    try {
      this.view = applyNewCommand(this.view, parsed.data, nowIso());
    } catch (error) {
      if (error instanceof AppError) return refusal(error);
      throw error;
    }
    this.queue.push({ kind: 'apply', command: parsed.data });
    this.publish();
    void this.pump();
    return { ok: true };
  }

  undo(): void {
    if (this.readOnly || !this.snapshot.canUndo) return;
    this.queue.push({ kind: 'undo' });
    this.publish();
    void this.pump();
  }

  redo(): void {
    if (this.readOnly || !this.snapshot.canRedo) return;
    this.queue.push({ kind: 'redo' });
    this.publish();
    void this.pump();
  }

  /**
   * The user's choice for a held conflict: `mine` sends their values of the conflicting fields over
   * the stored item as a new edit (based on the newest revision), `theirs` lets the stored version stand.
   */
  resolveConflict(id: number, choice: 'mine' | 'theirs'): DispatchResult {
    const conflict = this.conflicts.find((c) => c.id === id);
    if (!conflict) return { ok: true };
    this.conflicts = this.conflicts.filter((c) => c.id !== id);
    if (choice === 'theirs') {
      this.publish();
      return { ok: true };
    }
    const result = this.dispatch(keepMine(conflict));
    if (!result.ok) this.conflicts = [...this.conflicts, conflict];
    this.publish();
    return result;
  }

  /** The "Coba lagi" button. */
  retry(): void {
    const failure = this.failure;
    if (!failure) return;
    this.clearRetryTimer();
    this.failure = null;
    this.publish();
    if (failure.recovery === 'reload') void this.load();
    else if (failure.recovery === 'refresh') void this.refresh();
    else void this.pump();
  }

  hasUnsavedWrites(): boolean {
    return this.queue.length > 0 || this.pendingDrafts.size > 0;
  }

  /** A field reports typed text not yet committed, so the indicator says "Menyimpan…" rather than "Tersimpan". */
  setDraftPending(fieldKey: string, pending: boolean): void {
    const had = this.pendingDrafts.has(fieldKey);
    if (pending === had) return;
    if (pending) this.pendingDrafts.add(fieldKey);
    else this.pendingDrafts.delete(fieldKey);
    this.publish();
  }

  dispose(): void {
    this.disposed = true;
    this.clearRetryTimer();
    this.listeners.clear();
    this.noticeListeners.clear();
    this.stepListeners.clear();
  }

  private async pump(): Promise<void> {
    if (this.sending || this.reloading || this.failure || !this.confirmed) return;
    if (this.refreshWanted) {
      void this.refresh();
      return;
    }
    const write = this.queue[0];
    if (!write) return;
    this.sending = true;
    this.publish();
    try {
      const result = await this.send(write, this.confirmed.revision);
      this.acknowledge(write, result);
      this.retryAttempt = 0;
    } catch (error) {
      this.handleFailure(write, toApiError(error));
    } finally {
      this.sending = false;
    }
    if (!this.reloading) this.releaseHeld();
    this.publish();
    void this.pump();
  }

  private send(write: PendingWrite, baseRevision: number): Promise<Applied> {
    const ref = { workshopId: this.workshopId, baseRevision };
    if (write.kind === 'apply') return this.api['workshop.apply']({ ...ref, command: write.command });
    return write.kind === 'undo' ? this.api['workshop.undo'](ref) : this.api['workshop.redo'](ref);
  }

  private acknowledge(write: PendingWrite, result: Applied): void {
    this.queue.shift();
    this.serverCanUndo = result.canUndo;
    this.serverCanRedo = result.canRedo;
    if (!this.confirmed) return;
    // Changes from elsewhere that the core committed before our write come first; our own echo is dropped.
    const settled = settleHeldChanges(this.held, this.confirmed.revision, result.revision);
    this.held = settled.after;
    try {
      let confirmed = this.confirmed;
      for (const change of settled.before) confirmed = applyLiveChange(confirmed, change);
      // An undo or redo of a restored snapshot replaced the whole workshop: load it again (below).
      if (result.applied.type === 'restoreSnapshot') throw new Error('workshop replaced');
      this.confirmed = { ...applyCommand(confirmed, result.applied, nowIso()), revision: result.revision };
      if (write.kind !== 'apply') for (const listener of this.stepListeners) listener({ kind: write.kind, applied: result.applied, before: confirmed });
    } catch {
      // Our copy no longer matches the core's: take the core's.
      if (this.following) this.refreshWanted = true;
      else void this.load();
      return;
    }
    if (settled.gap && this.following) this.refreshWanted = true;
    // An acknowledged apply is already in the view; undo/redo results and changes from elsewhere are not, so rebuild it.
    if (write.kind === 'apply' && settled.before.length === 0) this.view = this.view ? { ...this.view, revision: this.confirmed.revision + pendingCommands(this.queue).length } : this.confirmed;
    else this.rebase();
  }

  private receiveLive(event: LiveEvent): void {
    if (this.disposed) return;
    if (event.event === 'ready') {
      // A stream that opens again may have missed changes while it was down.
      if (this.streamOpenedBefore) void this.refresh();
      this.streamOpenedBefore = true;
      return;
    }
    const change = readLiveChange(event, this.workshopId);
    if (change && this.takeLiveChange(change)) this.publish();
  }

  /** Applies, holds or ignores one change from elsewhere; true when the view changed. */
  private takeLiveChange(change: LiveChange): boolean {
    if (!this.confirmed) {
      // Still loading: the loaded revision decides later whether this is news.
      this.held.push(change);
      return false;
    }
    switch (planLiveChange(change, { confirmedRevision: this.confirmed.revision, busy: this.sending || this.reloading })) {
      case 'ignore':
        return false;
      case 'hold':
        this.held.push(change);
        return false;
      case 'reload':
        void this.refresh();
        return false;
      case 'apply':
        try {
          this.confirmed = applyLiveChange(this.confirmed, change);
        } catch {
          void this.refresh();
          return false;
        }
        this.rebase();
        return true;
    }
  }

  /** Plans the held changes again, now that nothing is on the way. */
  private releaseHeld(): void {
    const held = [...this.held].sort((a, b) => a.revision - b.revision);
    this.held = [];
    for (const change of held) this.takeLiveChange(change);
  }

  /** Sets a stale write aside with the queued writes of the same item, and loads again keeping the rest. */
  private setAsideStale(command: Command, error: ApiError): void {
    const target = touchedItem(command);
    let latest = command;
    this.queue = this.queue.slice(1).filter((queued) => {
      if (queued.kind !== 'apply' || !target) return true;
      const touched = touchedItem(queued.command);
      if (touched?.collection !== target.collection || touched.id !== target.id) return true;
      latest = queued.command;
      return false;
    });
    this.rebase();
    this.staleToReport = { command: latest, error };
    this.refreshWanted = true;
  }

  private handleFailure(write: PendingWrite, error: ApiError): void {
    switch (error.code) {
      case 'network':
      case 'internal':
        this.fail(error, 'resend');
        return;
      case 'conflict': {
        const detail = conflictDetailOf(error);
        if (detail && write.kind === 'apply') {
          // Held with both versions; the rest of the queue goes on on top of the newer version.
          this.queue.shift();
          this.conflicts = [...this.conflicts, { ...detail, id: this.nextConflictId++, command: write.command }];
          this.rebase();
          this.refreshWanted = true;
          return;
        }
        this.queue.shift();
        this.notify('error', write.kind === 'apply' ? `Perubahan ditolak: ${messageOf(error)}` : messageOf(error));
        this.rebase();
        return;
      }
      case 'stale_revision':
        if (this.options.onStaleWrite && write.kind === 'apply') {
          this.setAsideStale(write.command, error);
          return;
        }
        // The core no longer knows our base: load the newest version and send every queued edit on top of it.
        this.refreshWanted = true;
        return;
      case 'read_only':
        this.notify('error', `Perubahan tidak disimpan: ${error.message}`);
        void this.load();
        return;
      case 'nothing_to_undo':
      case 'nothing_to_redo':
        this.queue.shift();
        if (error.code === 'nothing_to_undo') this.serverCanUndo = false;
        else this.serverCanRedo = false;
        this.notify('info', error.message);
        return;
      default:
        this.queue.shift();
        this.notify('error', write.kind === 'apply' ? `Perubahan ditolak: ${error.message}` : error.message);
        this.rebase();
    }
  }

  /** Rebuilds the view from the confirmed workshop and the writes still queued, dropping any that no longer apply. */
  private rebase(): void {
    if (!this.confirmed) return;
    let view = this.confirmed;
    const kept: PendingWrite[] = [];
    for (const write of this.queue) {
      if (write.kind !== 'apply') {
        kept.push(write);
        continue;
      }
      try {
        view = applyCommand(view, write.command, nowIso());
        kept.push(write);
      } catch (error) {
        this.notify('error', `Perubahan ditolak: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.queue = kept;
    this.view = view;
  }

  private fail(error: ApiError, recovery: Recovery): void {
    this.failure = { error, recovery };
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    this.clearRetryTimer();
    if (this.disposed) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.retryAttempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
    this.retryAttempt += 1;
    this.retryTimer = setTimeout(() => this.retry(), delay);
  }

  private clearRetryTimer(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private notify(tone: SessionNotice['tone'], message: string): void {
    const notice = { id: this.nextNoticeId++, tone, message };
    for (const listener of this.noticeListeners) listener(notice);
  }

  private makeSnapshot(): SessionSnapshot {
    const pending = pendingCommands(this.queue).length;
    const save: SaveState = this.failure
      ? { kind: 'error', message: this.failure.error.message, retryable: true }
      : this.queue.length > 0 || this.sending || this.pendingDrafts.size > 0
        ? { kind: 'saving' }
        : { kind: 'saved' };
    return {
      status: this.status,
      workshop: this.view,
      readOnly: this.readOnly,
      openNotices: this.openNotices,
      save,
      canUndo: !this.readOnly && (this.serverCanUndo || pending > 0),
      canRedo: !this.readOnly && redoAvailable(this.queue, this.serverCanRedo),
      loadError: this.loadError,
      conflicts: this.conflicts,
    };
  }

  private publish(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}

/** A new change after the last undo empties the redo stack, exactly as the core will do. */
const redoAvailable = (queue: readonly PendingWrite[], serverCanRedo: boolean): boolean => {
  const lastApply = queue.map((w) => w.kind).lastIndexOf('apply');
  if (lastApply < 0) return serverCanRedo || queue.some((w) => w.kind === 'undo');
  return queue.slice(lastApply + 1).some((w) => w.kind === 'undo');
};

/** A change from elsewhere applied to the confirmed workshop (a `null` command only moves the revision on). */
const applyLiveChange = (workshop: Workshop, change: LiveChange): Workshop => {
  if (change.kind !== 'applied') throw new Error('A reload cannot be applied');
  const next = change.command ? applyCommand(workshop, change.command, change.at ?? nowIso()) : workshop;
  return { ...next, revision: change.revision };
};

/** A refusal worded in the UI's language from the error's reason; the field at fault stays data. */
const refusal = (error: AppError): DispatchResult =>
  error.field === undefined ? { ok: false, message: messageOf(error) } : { ok: false, message: messageOf(error), field: error.field };

const toApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError('internal', error instanceof Error ? error.message : 'Terjadi kesalahan yang tidak terduga');

