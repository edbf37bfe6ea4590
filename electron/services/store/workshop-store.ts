import fs from 'node:fs/promises';
import { AppError, type Actor, type Command } from '../../../shared/commands';
import type { Applied, LogEntry, OpenedWorkshop, SnapshotPreview } from '../../../shared/contract';
import { summarizeWorkshop, type Workshop, type WorkshopSummary } from '../../../shared/model';
import { validateWorkshopDocument } from '../../../shared/model/migrations';
import { newId } from '../ids';
import type { StoreContext } from './context';
import { listDamaged, moveAsideDamaged, type DamagedFile } from './damaged';
import { ensureDirectory, exists, writeFileDurably } from './durable-fs';
import { WorkshopHistory, type HistorySnapshotInfo } from './history';
import { classifyWorkshopFileName, workshopFiles, type WorkshopFiles } from './layout';
import { loadWorkshopTotally } from './load-guard';
import { notFound } from './load-workshop';
import { olderEntries } from './log-segments';
import { readIndexedSummary, writeIndexedSummary } from './workshop-index';
import { previewSnapshot, restoreSnapshot } from './restore';
import { readSnapshotBytes, readSnapshotFile } from './snapshot-reading';
import { workshopDb } from './snapshot-writer';
import { findInTrash, listTrash, moveToTrash, restoreFromTrash, type TrashEntry } from './trash';
import { KeyedQueue } from './write-queue';
import { removeStrayTempFiles } from './stray-files';
import type { WorkshopSession } from './workshop-session';

const isAppError = (error: unknown, code: AppError['code']): error is AppError => error instanceof AppError && error.code === code;

/** A copy's title: "<title> (salinan)", within the 200-character limit. */
const copyTitle = (title: string): string => {
  const suffix = ' (salinan)';
  return `${title.slice(0, 200 - suffix.length).trimEnd()}${suffix}`;
};

/**
 * All workshops of one data folder. Opened workshops stay in memory; every call on a
 * workshop runs in that workshop's queue, so concurrent calls never interleave.
 */
export class WorkshopStore {
  private readonly sessions = new Map<string, WorkshopSession>();
  private readonly queue = new KeyedQueue();
  private readonly summaries = new Map<string, { key: string; summary: WorkshopSummary }>();
  /** Workshops whose stray temp files this process has already removed (on the first list or load). */
  private readonly swept = new Set<string>();
  private closed = false;

  constructor(
    private readonly ctx: StoreContext,
    private readonly idle: () => Promise<void>,
  ) {}

  static async open(ctx: StoreContext, idle: () => Promise<void>): Promise<WorkshopStore> {
    await ensureDirectory(ctx.layout.workshopsDir);
    return new WorkshopStore(ctx, idle);
  }

  private files(id: string): WorkshopFiles {
    return workshopFiles(this.ctx.layout, id);
  }

  /**
   * Runs `task` in the workshop's queue, and answers once whatever the workshop holds by then is
   * durable. The queue is free again as soon as the task is done in memory (its log lines written),
   * so the writes that queued up meanwhile are applied in order and share the next fsync (group
   * commit); each caller is answered after the fsync that covers what its task saw or wrote. A
   * task that failed is answered with its own error, after the same wait.
   */
  private async run<T>(id: string, task: () => Promise<T>): Promise<T> {
    if (this.closed) throw new AppError('internal', { reason: 'store.closed' });
    const done = await this.queue.run(id, async () => {
      let outcome: { ok: true; value: T } | { ok: false; error: unknown };
      try {
        outcome = { ok: true, value: await task() };
      } catch (error) {
        outcome = { ok: false, error };
      }
      const session = this.sessions.get(id);
      // Asked here, inside the queue: covers exactly the entries written up to the end of this task.
      return { outcome, session, durable: session ? session.whenDurable() : Promise.resolve() };
    });
    try {
      await done.durable;
    } catch (error) {
      if (done.session) this.evictFailed(id, done.session);
      if (done.outcome.ok) throw error;
    }
    if (!done.outcome.ok) throw done.outcome.error;
    return done.outcome.value;
  }

  /** A session whose log fsync failed holds edits that are not on disk: it is dropped, and the next call loads the workshop again. */
  private evictFailed(id: string, session: WorkshopSession): void {
    void this.queue
      .run(id, async () => {
        if (this.sessions.get(id) !== session) return;
        this.sessions.delete(id);
        this.summaries.delete(id);
        await session.close();
      })
      .catch(this.ctx.onError);
  }

  /**
   * A read of an open workshop's newest durable state, at once: it does not wait behind writes whose
   * fsync is still running (their entries are not shown until they are durable, so a crash can never
   * take back what a read showed). A workshop not loaded yet is loaded in its queue first.
   */
  async read<T>(id: string, look: (workshop: Workshop, session: WorkshopSession) => T): Promise<T> {
    const open = this.closed ? undefined : this.sessions.get(id);
    if (open && !open.failed) return look(open.confirmedWorkshop, open);
    return this.run(id, async () => {
      const session = await this.session(id);
      return look(session.confirmedWorkshop, session);
    });
  }

  /** The open session of a workshop, loading it from disk the first time. Call inside the queue. */
  private async session(id: string): Promise<WorkshopSession> {
    const open = this.sessions.get(id);
    if (open) return open;
    const loaded = await loadWorkshopTotally(this.ctx, id);
    this.sessions.set(id, loaded);
    this.summaries.delete(id);
    return loaded;
  }

  // ——— the list of workshops ———

  async list(): Promise<{ workshops: WorkshopSummary[]; damaged: DamagedFile[] }> {
    const names = await fs.readdir(this.ctx.layout.workshopsDir);
    const ids = names.flatMap((name) => {
      const kind = classifyWorkshopFileName(name);
      return kind?.kind === 'snapshot' ? [kind.id] : [];
    });
    const workshops: WorkshopSummary[] = [];
    for (const id of ids) {
      try {
        const summary = await this.run(id, () => this.summaryOf(id));
        if (summary) workshops.push(summary);
      } catch (error) {
        // One workshop never takes the list down: an error of the moment leaves it out of this answer only.
        this.ctx.onError(error);
      }
    }
    workshops.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const damaged = await listDamaged(this.ctx.layout, (id) => this.files(id), (id) => new WorkshopHistory(this.files(id).historyDir, this.ctx.history).list());
    return { workshops, damaged };
  }

  /** A home-screen line, from memory, from a cache keyed by the files' identity, or by loading the workshop. */
  private async summaryOf(id: string): Promise<WorkshopSummary | null> {
    const open = this.sessions.get(id);
    if (open) return summarizeWorkshop(open.workshop, open.readOnly ? 'read-only' : 'ok');
    // Listed from its summary, a workshop is not loaded: remove what interrupted writes left here instead.
    if (!this.swept.has(id)) {
      this.swept.add(id);
      await removeStrayTempFiles(this.ctx.layout, id).catch(this.ctx.onError);
    }
    const files = this.files(id);
    const key = await this.fileKey(files);
    const cached = this.summaries.get(id);
    if (cached && cached.key === key) return cached.summary;
    const indexed = await readIndexedSummary(files, key);
    if (indexed) {
      this.summaries.set(id, { key, summary: indexed });
      return indexed;
    }
    try {
      const session = await loadWorkshopTotally(this.ctx, id);
      const summary = summarizeWorkshop(session.workshop, session.readOnly ? 'read-only' : 'ok');
      // A workshop that was just recovered keeps its session: its snapshot is rewritten and its notices shown on open.
      if (session.needsAttention) this.sessions.set(id, session);
      else {
        await session.discard();
        const loadedKey = await this.fileKey(files);
        this.summaries.set(id, { key: loadedKey, summary });
        await writeIndexedSummary(files, loadedKey, summary).catch(this.ctx.onError);
      }
      return summary;
    } catch (error) {
      if (isAppError(error, 'damaged') || isAppError(error, 'not_found')) return null;
      if (isAppError(error, 'read_only')) {
        const reading = await readSnapshotFile(files.snapshot, id);
        return reading.kind === 'newer' ? reading.summary : null;
      }
      throw error;
    }
  }

  /** Keeps a closed workshop's home-screen line beside it, so the next start lists it without loading it. */
  private async indexSummary(id: string, session: WorkshopSession): Promise<void> {
    if (session.readOnly) return;
    const files = this.files(id);
    await writeIndexedSummary(files, await this.fileKey(files), summarizeWorkshop(session.workshop)).catch(this.ctx.onError);
  }

  private async fileKey(files: WorkshopFiles): Promise<string> {
    const part = async (file: string) => {
      const stat = await fs.stat(file).catch(() => null);
      return stat ? `${stat.ino}:${stat.mtimeMs}:${stat.size}` : '-';
    };
    return `${await part(files.snapshot)}|${await part(files.log)}`;
  }

  /** Adds a complete, new workshop (a fresh one, a copy, the demo). */
  async add(workshop: Workshop): Promise<WorkshopSummary> {
    const valid = validateWorkshopDocument(workshop);
    return this.run(valid.id, async () => {
      const files = this.files(valid.id);
      if (await exists(files.snapshot)) throw new AppError('conflict', { reason: 'workshop.idTaken' });
      await workshopDb(files.snapshot, valid).write();
      return summarizeWorkshop(valid);
    });
  }

  async duplicate(id: string, title: string | undefined): Promise<WorkshopSummary> {
    const source = await this.run(id, async () => {
      const session = await this.session(id);
      if (session.readOnly) throw new AppError('read_only', { reason: 'workshop.newerCannotDuplicate' });
      return session.workshop;
    });
    const at = this.ctx.now().toISOString();
    return this.add({ ...source, id: newId(), title: title ?? copyTitle(source.title), revision: 0, createdAt: at, updatedAt: at });
  }

  /** Renaming is a logged, undoable command like any other edit. */
  async rename(id: string, title: string): Promise<WorkshopSummary> {
    return this.run(id, async () => {
      const session = await this.session(id);
      await session.apply(session.workshop.revision, { type: 'renameWorkshop', title }, undefined);
      return summarizeWorkshop(session.workshop);
    });
  }

  // ——— trash ———

  async delete(id: string): Promise<{ trashId: string }> {
    return this.run(id, async () => {
      const files = this.files(id);
      const session = this.sessions.get(id);
      // Everything acknowledged is in the log, which goes to the trash with the snapshot.
      await session?.discard();
      this.sessions.delete(id);
      this.summaries.delete(id);
      await this.idle();
      const title = session?.workshop.title ?? (await this.storedTitle(files)) ?? id;
      const entry = await moveToTrash(this.ctx.layout, files, title, this.ctx.now());
      return { trashId: entry.trashId };
    });
  }

  private async storedTitle(files: WorkshopFiles): Promise<string | null> {
    for (const file of [files.snapshot, files.backup]) {
      const reading = await readSnapshotFile(file, files.id);
      if (reading.kind === 'ok') return reading.workshop.title;
      if (reading.kind === 'newer') return reading.summary.title;
    }
    return null;
  }

  async trash(): Promise<TrashEntry[]> {
    return listTrash(this.ctx.layout);
  }

  async restoreFromTrash(trashId: string): Promise<WorkshopSummary> {
    const entry = await findInTrash(this.ctx.layout, trashId);
    return this.run(entry.id, async () => {
      const files = this.files(entry.id);
      if (this.sessions.has(entry.id) || (await exists(files.snapshot))) {
        throw new AppError('conflict', { reason: 'workshop.idTakenOnRestore' });
      }
      await restoreFromTrash(this.ctx.layout, entry, files);
      return (await this.summaryOf(entry.id)) ?? { id: entry.id, title: entry.title, regionName: '', regionKind: 'kabupaten', revision: 0, updatedAt: entry.deletedAt, programCount: 0, status: 'damaged' };
    });
  }

  // ——— damaged files ———

  async restoreBackup(id: string): Promise<WorkshopSummary> {
    return this.run(id, async () => {
      const files = this.files(id);
      if (this.sessions.has(id)) throw new AppError('conflict', { reason: 'workshop.notDamaged' });
      const current = await readSnapshotFile(files.snapshot, id);
      if (current.kind === 'ok' || current.kind === 'newer') throw new AppError('conflict', { reason: 'workshop.notDamaged' });
      const now = this.ctx.now();
      if (current.kind === 'damaged') await moveAsideDamaged(files, now);
      const backupBytes = await fs.readFile(files.backup).catch(() => null);
      if (!backupBytes) throw new AppError('not_found', { reason: 'workshop.noBackup' });
      const backup = readSnapshotBytes(backupBytes, id);
      if (backup.kind === 'damaged') throw new AppError('damaged', { reason: 'workshop.backupDamaged', params: { detail: backup.reason } });
      // The backup's exact bytes become the snapshot; the .bak itself stays as it was.
      await writeFileDurably(files.snapshot, backupBytes);
      const session = await this.session(id);
      const fromRevision = backup.kind === 'ok' ? backup.workshop.revision : session.workshop.revision;
      const replayed = session.workshop.revision - fromRevision;
      const message =
        `Lokakarya dipulihkan dari salinan cadangan (revisi ${fromRevision})` +
        (replayed > 0 ? `; ${replayed} perubahan sesudahnya diterapkan ulang dari jejak perubahan (kini revisi ${session.workshop.revision}).` : '.');
      session.addNotice({ kind: 'recovered-from-backup', message });
      return summarizeWorkshop(session.workshop, session.readOnly ? 'read-only' : 'ok');
    });
  }

  // ——— one open workshop ———

  /** The workshop as last made durable, without waiting behind writes in flight (see `read`). */
  async open(id: string): Promise<OpenedWorkshop> {
    return this.read(id, (_workshop, session) => session.opened());
  }

  async apply(id: string, baseRevision: number, command: Command, actor: Actor | undefined): Promise<Applied> {
    return this.run(id, async () => (await this.session(id)).apply(baseRevision, command, actor));
  }

  async undo(id: string, baseRevision: number): Promise<Applied> {
    return this.run(id, async () => (await this.session(id)).undo(baseRevision));
  }

  async redo(id: string, baseRevision: number): Promise<Applied> {
    return this.run(id, async () => (await this.session(id)).redo(baseRevision));
  }

  async log(id: string, limit: number): Promise<LogEntry[]> {
    return this.run(id, async () => {
      const recent = (await this.session(id)).recentEntries(limit);
      if (recent.length >= limit) return recent;
      // Older entries are read from disk, newest backwards: the live log, then archived segments.
      const before = recent[0]?.revision ?? Number.POSITIVE_INFINITY;
      return [...(await olderEntries(this.files(id), before, limit - recent.length)), ...recent];
    });
  }

  async history(id: string): Promise<HistorySnapshotInfo[]> {
    return this.run(id, async () => {
      const history = this.sessions.get(id)?.history ?? new WorkshopHistory(this.files(id).historyDir, this.ctx.history);
      const snapshots = await history.list();
      if (snapshots.length === 0 && !this.sessions.has(id) && !(await exists(this.files(id).snapshot))) throw notFound();
      return snapshots;
    });
  }

  /** A history snapshot as it would be restored, with how many later logged changes could be replayed on it. */
  async previewSnapshot(id: string, snapshotId: string): Promise<SnapshotPreview> {
    return this.run(id, async () => previewSnapshot(this.ctx, this.files(id), await this.sessionOrDamaged(id), snapshotId));
  }

  /**
   * Restores a history snapshot as a new, undoable revision (optionally with the logged changes
   * made after it replayed on top). A workshop whose snapshot is damaged or gone is brought back
   * from it the same way, with a fresh snapshot file.
   */
  async restoreSnapshot(id: string, snapshotId: string, replayLater: boolean): Promise<OpenedWorkshop> {
    return this.run(id, async () => {
      const session = await this.sessionOrDamaged(id);
      await restoreSnapshot(this.ctx, this.files(id), session, snapshotId, replayLater);
      this.summaries.delete(id);
      return (session ?? (await this.session(id))).opened();
    });
  }

  /** The open session, or null when the workshop's files are damaged (or only traces are left). */
  private async sessionOrDamaged(id: string): Promise<WorkshopSession | null> {
    try {
      return await this.session(id);
    } catch (error) {
      if (isAppError(error, 'damaged')) return null;
      throw error;
    }
  }

  /**
   * Runs a multi-step operation on one open workshop inside its queue, so no other call
   * interleaves (merging a hand-off package, a participant's checked edit).
   */
  async withSession<T>(id: string, task: (session: WorkshopSession) => Promise<T>): Promise<T> {
    return this.run(id, async () => task(await this.session(id)));
  }

  async flush(id: string): Promise<number> {
    return this.run(id, async () => (await this.session(id)).flush());
  }

  // ——— the whole store ———

  /** Writes every open workshop's snapshot and waits for background work. Tries all, then reports the first failure. */
  async flushAll(): Promise<void> {
    const failures: unknown[] = [];
    for (const [id, session] of this.sessions) {
      await this.queue.run(id, () => session.flush()).catch((error: unknown) => failures.push(error));
    }
    await this.idle();
    if (failures.length > 0) throw failures[0];
  }

  async close(): Promise<void> {
    if (this.closed) return;
    const failures: unknown[] = [];
    for (const [id, session] of this.sessions) {
      await this.queue.run(id, () => session.close().then(() => this.indexSummary(id, session))).catch((error: unknown) => failures.push(error));
    }
    this.closed = true;
    this.sessions.clear();
    await this.queue.idle();
    await this.idle();
    if (failures.length > 0) throw failures[0];
  }
}
