import { ActorSchema, AppError, applyCommand, applyNewCommand, invertCommand, touchesOf, type Actor, type Command, type TouchKey } from '../../../shared/commands';
import { type Applied, type LogEntry, type LoggedCommand, type Notice, type OpenedWorkshop } from '../../../shared/contract';
import type { Workshop } from '../../../shared/model';
import { CommandLog } from './command-log';
import type { StoreContext } from './context';
import type { WorkshopHistory } from './history';
import type { WorkshopFiles } from './layout';
import { readRestorable, restoredAs } from './logged-commands';
import type { SnapshotWriter } from './snapshot-writer';
import { partWritten, UndoStacks } from './undo-stacks';
import { DEFAULT_ROLL_BYTES, rollLog } from './log-segments';
import { settleWrite, tooOld, type PastWrite } from './conflicts';

/** A state every read may show: all its entries are on disk. */
interface ConfirmedState {
  workshop: Workshop;
  canUndo: boolean;
  canRedo: boolean;
}

/** An entry written and applied, not yet durable, with what is done once it is. */
interface PendingEntry {
  ticket: number;
  state: ConfirmedState;
  /** Runs once the entry is durable, in log order, before its writer is answered. */
  onDurable: () => void;
}

/** Log entries kept in memory for `recentEntries` (participants' stale-edit checks, the audit view). */
const KEPT_ENTRIES = 1000;


export interface WritableParts {
  log: CommandLog;
  writer: SnapshotWriter;
  entries: LogEntry[];
  stacks: UndoStacks;
}

export interface SessionInit {
  files: WorkshopFiles;
  workshop: Workshop;
  history: WorkshopHistory;
  /** Null for a workshop from a newer app version, which opens read-only. */
  writable: WritableParts | null;
  notices: Notice[];
  /** When the newest history snapshot was taken (ms), and at which revision. */
  historyClock: { at: number; revision: number };
}

/** An error of the file system (it carries a code such as ENOSPC), as opposed to a failure to encode the entry. */
const isFsError = (error: unknown): boolean => typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string';

const notStorable = (): AppError => new AppError('invalid_input', { reason: 'edit.notStorable' });

const describeDiskError = (error: unknown): AppError => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'EIO';
  return new AppError('internal', { reason: 'store.diskFailed', params: { code } });
};

/** The noun (a key of the error catalogue's nouns) of what an overtaken step wrote; a workshop's own name otherwise. */
const PART_NOUNS: Partial<Record<string, 'section' | 'program'>> = { Section: 'section', Program: 'program' };

/**
 * Refusal of an undo or redo whose item someone else (an OPD head, a merged package) changed
 * afterwards: the step's command is the whole item as it was, so applying it would wipe out their
 * change. The step is dropped; the next undo goes on to the one before.
 */
const overtaken = (kind: 'undo' | 'redo', command: LoggedCommand, by: Actor): AppError => {
  const item = PART_NOUNS[partWritten(command).split(':')[0] ?? ''] ?? 'section';
  return new AppError('conflict', { reason: kind === 'undo' ? 'undo.overtaken' : 'redo.overtaken', params: { item, by: by.name } });
};

/**
 * One open workshop, kept in memory: applies commands, logs them durably, keeps undo/redo,
 * and has the full snapshot rewritten in the background. Callers serialise calls per workshop.
 */
export class WorkshopSession {
  readonly files: WorkshopFiles;
  readonly history: WorkshopHistory;
  private current: Workshop;
  private writable: WritableParts | null;
  private notices: Notice[];
  private historyClock: { at: number; revision: number };
  /** What each entry kept in memory wrote, by revision, as worked out when it was committed (conflicts.ts). */
  private readonly touched = new Map<number, readonly TouchKey[]>();
  /**
   * The newest state whose every entry is durable: what reads show (`confirmedWorkshop`, `opened`).
   * `current` runs ahead of it while written entries wait for their fsync (group commit).
   */
  private confirmed: ConfirmedState;
  /** Entries written to the log and applied in memory, waiting for their fsync, oldest first. */
  private pending: PendingEntry[] = [];
  /** Set when the log's fsync failed: entries not yet durable are lost, the session takes no more writes. */
  private failure: AppError | null = null;

  constructor(
    init: SessionInit,
    private readonly ctx: StoreContext,
  ) {
    this.files = init.files;
    this.history = init.history;
    this.current = init.workshop;
    this.writable = init.writable;
    this.notices = init.notices;
    this.historyClock = init.historyClock;
    this.confirmed = { workshop: init.workshop, canUndo: init.writable?.stacks.canUndo ?? false, canRedo: init.writable?.stacks.canRedo ?? false };
    if (init.writable) init.writable.writer.afterWrite = (revision) => this.checkpoint(revision);
  }

  /** After a durable snapshot at `revision`: rolls the live log once it is large (log-segments.ts). */
  private async checkpoint(revision: number): Promise<void> {
    const parts = this.writable;
    if (!parts || parts.log.bytes <= (this.ctx.autosave.rollLogBytes ?? DEFAULT_ROLL_BYTES)) return;
    await rollLog(this.files, parts.log, revision);
    // Only recent entries stay in memory; `workshop.log` reads older ones from disk.
    if (parts.entries.length > KEPT_ENTRIES) parts.entries.splice(0, parts.entries.length - KEPT_ENTRIES);
    const oldest = parts.entries[0]?.revision ?? Infinity;
    for (const revision of this.touched.keys()) if (revision < oldest) this.touched.delete(revision);
  }

  /** The newest state, including entries still waiting for their fsync: for writes (their checks and commands), inside the queue. */
  get workshop(): Workshop {
    return this.current;
  }

  /** The newest durable state: what a read may show without waiting for writes in flight. */
  get confirmedWorkshop(): Workshop {
    return this.confirmed.workshop;
  }

  /** Whether a write's fsync failed (the store then reloads the workshop from disk). */
  get failed(): boolean {
    return this.failure !== null;
  }

  /**
   * Resolves once every entry written so far is durable, after telling the live feed about each and
   * moving the confirmed state on; rejects with the disk error if the fsync failed (those entries
   * are then never confirmed, never announced). Cheap when nothing is pending.
   */
  whenDurable(): Promise<void> {
    const last = this.pending.at(-1);
    if (this.failure) return Promise.reject(this.failure);
    if (!last || !this.writable) return Promise.resolve();
    const log = this.writable.log;
    return log.sync(last.ticket).then(
      () => this.confirmUpTo(last.ticket),
      (error: unknown) => {
        this.fail(error);
        throw this.failure ?? describeDiskError(error);
      },
    );
  }

  private confirmUpTo(ticket: number): void {
    while (this.pending.length > 0 && this.pending[0]!.ticket <= ticket) {
      const entry = this.pending.shift()!;
      this.confirmed = entry.state;
      entry.onDurable();
    }
  }

  private fail(error: unknown): void {
    if (this.failure) return;
    this.failure = describeDiskError(error);
    // What was not durable is dropped: the workshop is reloaded from disk (the store evicts this session).
    this.pending = [];
    this.current = this.confirmed.workshop;
  }

  get readOnly(): boolean {
    return this.writable === null;
  }

  /** What `workshop.open` returns; notices are shown once. */
  opened(): OpenedWorkshop {
    const notices = this.notices;
    this.notices = [];
    const { workshop, canUndo, canRedo } = this.confirmed;
    return { workshop, readOnly: this.readOnly, notices, canUndo, canRedo };
  }

  addNotice(notice: Notice): void {
    this.notices.push(notice);
  }

  /** True while the session holds something not yet on disk in full (notices to show, a snapshot to rewrite). */
  get needsAttention(): boolean {
    return this.notices.length > 0 || (this.writable !== null && this.writable.writer.savedRevision < this.current.revision);
  }

  /**
   * Applies a write based on `baseRevision`: refused only when something it touches changed after that
   * revision (EditConflictError, 409 with both versions), otherwise applied, merged onto the stored
   * item when it re-sends stale copies of fields it did not change (conflicts.ts). The answer's
   * `applied` is the command as applied.
   */
  async apply(baseRevision: number, command: Command, actor: Actor | undefined): Promise<Applied> {
    const parts = this.requireWritable();
    const settled = settleWrite(this.current, baseRevision, this.writesAfter(parts, baseRevision), command);
    return this.commit('do', settled, actor);
  }

  private recordTouches(revision: number, before: Workshop, command: Command): void {
    try {
      this.touched.set(revision, touchesOf(before, command));
    } catch {
      // Not known finely: conflicts read the command coarsely (the whole item or part).
    }
  }

  /** The entries after `baseRevision` kept in memory, with what each wrote (when known). */
  private writesAfter(parts: WritableParts, baseRevision: number): PastWrite[] {
    const count = this.current.revision - baseRevision;
    if (count <= 0) return [];
    return parts.entries.slice(-count).map((entry) => ({ entry, keys: this.touched.get(entry.revision) ?? null }));
  }

  async undo(baseRevision: number, actor?: Actor): Promise<Applied> {
    const parts = this.checkBase(baseRevision);
    const step = parts.stacks.nextUndo();
    if (!step) throw new AppError('nothing_to_undo', { reason: 'undo.nothing' });
    if (step.overtakenBy) {
      parts.stacks.dropNextUndo();
      throw overtaken('undo', step.undo, step.overtakenBy);
    }
    return this.commit('undo', step.undo, actor);
  }

  async redo(baseRevision: number, actor?: Actor): Promise<Applied> {
    const parts = this.checkBase(baseRevision);
    const step = parts.stacks.nextRedo();
    if (!step) throw new AppError('nothing_to_redo', { reason: 'redo.nothing' });
    if (step.overtakenBy) {
      parts.stacks.dropNextRedo();
      throw overtaken('redo', step.redo, step.overtakenBy);
    }
    return this.commit('redo', step.redo, actor);
  }

  /** The newest `limit` log entries, oldest first. */
  recentEntries(limit: number): LogEntry[] {
    return this.writable ? this.writable.entries.slice(-limit) : [];
  }

  /** Writes the full snapshot now if it is behind; returns the revision on disk. */
  async flush(): Promise<number> {
    await this.whenDurable();
    await this.writable?.writer.flush();
    return this.current.revision;
  }

  /**
   * Replaces the whole workshop (restoring a history snapshot): saves the current state to
   * history first, writes the new state durably with the next revision, and starts a new log
   * (the old one is archived in history), since its undo steps no longer apply.
   */
  async replaceWith(restored: Workshop): Promise<void> {
    await this.whenDurable();
    const parts = this.requireWritable();
    const now = this.ctx.now();
    await this.history.save(JSON.stringify(this.current), this.current.revision, 'before-restore-snapshot', now);
    const next: Workshop = { ...restored, id: this.current.id, revision: this.current.revision + 1, updatedAt: now.toISOString() };
    await parts.writer.writeNow(next);
    await parts.log.close();
    await this.history.archiveLog(this.files.log, now);
    this.writable = { ...parts, log: new CommandLog(this.files.log, 0), entries: [], stacks: new UndoStacks() };
    this.touched.clear();
    this.current = next;
    this.confirmed = { workshop: next, canUndo: false, canRedo: false };
    this.historyClock = { at: now.getTime(), revision: next.revision };
    this.ctx.onReplaced?.(this.files.id, next.revision);
  }

  /** Writes what is pending and releases the log file. */
  async close(): Promise<void> {
    if (!this.writable) return;
    await this.whenDurable().catch(this.ctx.onError);
    try {
      await this.writable.writer.flush();
    } finally {
      await this.writable.log.close();
    }
  }

  /** Drops pending work and releases files without writing (the workshop is being moved away). */
  async discard(): Promise<void> {
    if (!this.writable) return;
    await this.whenDurable().catch(() => undefined);
    await this.writable.writer.cancel();
    await this.writable.log.close();
  }

  /**
   * Undo and redo take back the session's own steps whatever the sender saw (a step someone else
   * changed afterwards is refused as overtaken); only a base from the future is refused.
   */
  private checkBase(baseRevision: number): WritableParts {
    const parts = this.requireWritable();
    if (baseRevision > this.current.revision) throw tooOld(baseRevision, this.current.revision);
    return parts;
  }

  private requireWritable(): WritableParts {
    if (this.failure) throw this.failure;
    if (!this.writable) throw new AppError('read_only', { reason: 'store.readOnlyNewer' });
    return this.writable;
  }

  private async commit(kind: LogEntry['kind'], command: LoggedCommand, actor: Actor | undefined, restoring?: Workshop): Promise<Applied> {
    const parts = this.requireWritable();
    const before = this.current;
    const now = this.ctx.now();
    const at = now.toISOString();
    let inverse: LoggedCommand;
    let after: Workshop;
    if (command.type === 'restoreSnapshot') {
      after = restoredAs(restoring ?? (await this.readForUndo(command.snapshotId)), before, at);
      // The state being replaced goes to history first (a guard before a risky step): the entry's inverse restores it.
      inverse = { type: 'restoreSnapshot', snapshotId: (await this.saveCurrent(parts, before, now)).id };
    } else {
      inverse = invertCommand(before, command);
      // Rules added for new commands apply to what a user does now, not to undo/redo restoring what was there.
      after = kind === 'do' ? applyNewCommand(before, command, at) : applyCommand(before, command, at);
    }
    const entry: LogEntry = {
      seq: (parts.entries.at(-1)?.seq ?? 0) + 1,
      revision: after.revision,
      at,
      actor: ActorSchema.parse(actor ?? {}),
      kind,
      command,
      inverse,
    };
    let ticket: number;
    try {
      // The log encodes the entry once and reads it back as an open would before touching the file:
      // an entry that cannot be written whole, or that this version could not read again, is refused.
      ticket = await parts.log.write(entry);
    } catch (error) {
      throw isFsError(error) ? describeDiskError(error) : notStorable();
    }
    // Applied in memory at once, so the next write in the queue builds on it; shown to reads, told to
    // the live feed and rewritten in the snapshot only once durable (`whenDurable`, called by the
    // store after the task: one fsync for every write queued meanwhile).
    parts.entries.push(entry);
    if (command.type !== 'restoreSnapshot') this.recordTouches(entry.revision, before, command);
    parts.stacks.record(entry);
    this.current = after;
    const state: ConfirmedState = { workshop: after, canUndo: parts.stacks.canUndo, canRedo: parts.stacks.canRedo };
    const wholeWorkshop = command.type === 'restoreSnapshot';
    this.pending.push({
      ticket,
      state,
      onDurable: () => {
        if (!wholeWorkshop) {
          this.keepHistoryIfDue(parts, before, now);
          parts.writer.schedule(after);
        }
        this.ctx.onCommitted?.(this.files.id, entry);
      },
    });
    if (wholeWorkshop) {
      await this.whenDurable();
      // The whole workshop changed: write its snapshot at once, so the next open replays nothing.
      this.historyClock = { at: now.getTime(), revision: after.revision };
      await parts.writer.writeNow(after).catch(this.ctx.onError);
    }
    return { revision: after.revision, applied: command, canUndo: state.canUndo, canRedo: state.canRedo };
  }

  /**
   * Restores a history snapshot's contents as the next revision: one logged step, undone like any
   * other (its inverse restores the state it replaced, saved to history first).
   */
  async restore(snapshotId: string, contents: Workshop, actor?: Actor): Promise<Applied> {
    this.requireWritable();
    return this.commit('do', { type: 'restoreSnapshot', snapshotId }, actor, contents);
  }

  private async readForUndo(snapshotId: string): Promise<Workshop> {
    try {
      return await readRestorable(this.history, snapshotId, this.files.id);
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') {
        throw new AppError('conflict', { reason: 'undo.snapshotGone' });
      }
      throw error;
    }
  }

  /** Saves the state now in history: the snapshot file's own bytes when it is up to date (no second serialisation). */
  private async saveCurrent(parts: WritableParts, current: Workshop, now: Date) {
    try {
      await parts.writer.flush();
      if (parts.writer.savedRevision === current.revision) return await this.history.saveCopyOf(this.files.snapshot, current.revision, 'before-restore-snapshot', now);
    } catch (error) {
      this.ctx.onError(error);
    }
    return this.history.save(JSON.stringify(current), current.revision, 'before-restore-snapshot', now);
  }

  /**
   * Every `intervalMs` of editing (or `everyRevisions` edits) a history snapshot is due. It is never
   * taken on the acknowledged path: the next background snapshot write also keeps its bytes in
   * history (requests coalesce, at most one pending per workshop). Called after the entry is durable.
   */
  private keepHistoryIfDue(parts: WritableParts, before: Workshop, now: Date): void {
    const { intervalMs, everyRevisions } = this.ctx.history;
    const due = now.getTime() - this.historyClock.at >= intervalMs || before.revision - this.historyClock.revision >= everyRevisions;
    if (!due) return;
    this.historyClock = { at: now.getTime(), revision: before.revision };
    parts.writer.keepNextInHistory((revision) => this.history.saveCopyOf(this.files.snapshot, revision, 'interval', this.ctx.now()));
  }
}
