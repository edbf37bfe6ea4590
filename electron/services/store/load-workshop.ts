import { AppError } from '../../../shared/commands';
import type { LogEntry, Notice } from '../../../shared/contract';
import type { Workshop } from '../../../shared/model';
import { fileStamp } from '../ids';
import { CommandLog, parseLog, setAsideLogTail } from './command-log';
import type { StoreContext } from './context';
import { backupUsable, hasTraces, moveAsideDamaged } from './damaged';
import { readIfExists } from './durable-fs';
import { WorkshopHistory } from './history';
import { applyLogged, readRestoreContents, type RestoreContents } from './logged-commands';
import { workshopFiles, type WorkshopFiles } from './layout';
import { bridgeFromArchive, undoStacksAfter } from './log-segments';
import { readSnapshotFile } from './snapshot-reading';
import { SnapshotWriter, workshopDb } from './snapshot-writer';
import { WorkshopSession } from './workshop-session';

export const notFound = (): AppError => new AppError('not_found', { reason: 'workshop.notFound' });

interface Replayed {
  workshop: Workshop;
  /** How many log entries were applied on top of the snapshot. */
  applied: number;
  /** Index of the first entry that could not be applied (the log is cut there), or null. */
  stoppedAt: number | null;
}

/** Applies the log entries newer than the snapshot, in order, stopping at the first gap or failure. */
export const replayLog = (snapshot: Workshop, entries: readonly LogEntry[], restores: RestoreContents = new Map()): Replayed => {
  let workshop = snapshot;
  let applied = 0;
  for (const [i, entry] of entries.entries()) {
    if (entry.revision <= snapshot.revision) continue;
    if (entry.revision !== workshop.revision + 1) return { workshop, applied, stoppedAt: i };
    try {
      workshop = applyLogged(workshop, entry.command, entry.at, restores);
    } catch {
      // Whatever the entry makes the reducer throw, replay stops here: the log is cut at this entry.
      return { workshop, applied, stoppedAt: i };
    }
    applied += 1;
  }
  return { workshop, applied, stoppedAt: null };
};

/** Reads the log, sets aside a damaged tail, archives a log the snapshot has overtaken, and replays the rest. */
const recoverFromLog = async (files: WorkshopFiles, snapshot: Workshop, history: WorkshopHistory, now: Date, notices: Notice[]) => {
  const bytes = (await readIfExists(files.log)) ?? new Uint8Array();
  const parsed = parseLog(bytes);
  let entries = parsed.entries;
  let size = parsed.goodBytes;
  if (parsed.newer) {
    // Written by a newer app: nothing is cut or rewritten; the workshop opens read-only as far as this version can read.
    const replayed = replayLog(snapshot, entries, await readRestoreContents(history, entries, snapshot.id));
    return { workshop: replayed.workshop, entries: entries.slice(0, replayed.stoppedAt ?? entries.length), size, applied: replayed.applied, newer: true };
  }
  if (parsed.problem) {
    const aside = await setAsideLogTail(files.log, parsed.goodBytes, 'torn', fileStamp(now));
    notices.push({ kind: 'log-tail-ignored', message: `${parsed.problem} Bagian itu diabaikan dan disimpan sebagai ${aside}.` });
  }
  const last = entries.at(-1);
  if (last && last.revision < snapshot.revision) {
    // A restore wrote the snapshot but stopped before starting a new log: the old log belongs to history.
    await history.archiveLog(files.log, now);
    notices.push({ kind: 'moved-aside', message: 'Jejak perubahan lama tidak sesuai lagi dengan isi lokakarya dan dipindahkan ke riwayat.' });
    return { workshop: snapshot, entries: [], size: 0, applied: 0 };
  }
  // A snapshot older than the live log (the .bak after a checkpoint) first takes the archived entries in between.
  const base = await bridgeFromArchive(files, snapshot, entries, (w, gap) => replayLog(w, gap).workshop);
  const replayed = replayLog(base, entries, await readRestoreContents(history, entries, snapshot.id));
  if (replayed.stoppedAt !== null) {
    size = parsed.ends[replayed.stoppedAt - 1] ?? 0;
    const aside = await setAsideLogTail(files.log, size, 'unreplayed', fileStamp(now));
    notices.push({
      kind: 'moved-aside',
      message: `${entries.length - replayed.stoppedAt} perubahan di jejak perubahan tidak cocok dengan isi lokakarya dan tidak diterapkan; disimpan sebagai ${aside}.`,
    });
    entries = entries.slice(0, replayed.stoppedAt);
  }
  return { workshop: replayed.workshop, entries, size, applied: replayed.applied };
};

/**
 * Opens a workshop from disk: snapshot (parse → migrate → validate), then the log replayed
 * on top. A damaged snapshot is moved aside and reported (AppError 'damaged'); a snapshot
 * from a newer version opens read-only.
 */
export const loadWorkshop = async (ctx: StoreContext, id: string): Promise<WorkshopSession> => {
  const files = workshopFiles(ctx.layout, id);
  const history = new WorkshopHistory(files.historyDir, ctx.history);
  const reading = await readSnapshotFile(files.snapshot, id);
  const now = ctx.now();

  if (reading.kind === 'missing') {
    if (await hasTraces(ctx.layout, files)) {
      throw new AppError('damaged', { reason: 'workshop.fileMissing' });
    }
    throw notFound();
  }
  if (reading.kind === 'damaged') {
    const aside = await moveAsideDamaged(files, now);
    const reason = (await backupUsable(files)) ? 'workshop.fileDamaged' : 'workshop.fileDamagedNoBackup';
    throw new AppError('damaged', { reason, params: { detail: reading.reason, aside } });
  }
  const newest = (await history.list())[0];
  const historyClock = newest ? { at: Date.parse(newest.at), revision: newest.revision } : { at: Number.NEGATIVE_INFINITY, revision: 0 };

  if (reading.kind === 'newer') {
    if (!reading.viewable) {
      throw new AppError('read_only', { reason: 'workshop.newerVersion', params: { version: reading.version } });
    }
    const notice: Notice = {
      kind: 'read-only-newer-version',
      message: `Lokakarya ini dibuat dengan versi aplikasi yang lebih baru (format versi ${reading.version}). Lokakarya hanya dapat dibaca; perbarui aplikasi untuk mengubahnya.`,
    };
    return new WorkshopSession({ files, workshop: reading.viewable, history, writable: null, notices: [notice], historyClock }, ctx);
  }

  const notices: Notice[] = [];
  const db = workshopDb(files.snapshot, reading.workshop);
  if (reading.migrated) {
    await history.save(reading.bytes, reading.workshop.revision, 'before-migration', now);
    await db.write();
    notices.push({ kind: 'migrated', message: 'Berkas lokakarya diperbarui ke format terbaru. Salinan format lama disimpan di riwayat.' });
  }
  const recovered = await recoverFromLog(files, reading.workshop, history, now, notices);
  if ('newer' in recovered) {
    const notice: Notice = {
      kind: 'read-only-newer-version',
      message: 'Jejak perubahan lokakarya ini berisi perubahan dari versi aplikasi yang lebih baru. Lokakarya hanya dapat dibaca; perbarui aplikasi untuk mengubahnya.',
    };
    return new WorkshopSession({ files, workshop: recovered.workshop, history, writable: null, notices: [...notices, notice], historyClock }, ctx);
  }
  const writer = new SnapshotWriter(db, ctx.autosave, ctx.onError, reading.workshop.revision);
  // Edits replayed from the log are written into the snapshot soon, so the next open is quick.
  if (recovered.applied > 0) writer.schedule(recovered.workshop);
  // Undo survives a restart: the stacks saved at the last checkpoint, followed by the live log (log-segments.ts).
  const writable = { log: new CommandLog(files.log, recovered.size), writer, entries: recovered.entries, stacks: await undoStacksAfter(files, recovered.entries) };
  return new WorkshopSession({ files, workshop: recovered.workshop, history, writable, notices, historyClock }, ctx);
};
