import fs from 'node:fs/promises';
import path from 'node:path';
import type { LogEntry } from '../../../shared/contract';
import { encodeLogFile, parseLog, type CommandLog } from './command-log';
import { ensureDirectory, isMissingFile, readIfExists, writeFileDurably } from './durable-fs';
import { EntryEncoder } from './entry-codec';
import type { WorkshopFiles } from './layout';
import { UndoStacks } from './undo-stacks';

/*
 * The checkpoint: like SQLite's, the live log is rolled once the full snapshot is durably on disk.
 *
 *   workshops/<id>.log                       live log: only entries after the last checkpoint
 *   workshops/<id>.log.d/<first>-<last>.log  archived segments (audit trail), each decodable on its own
 *   workshops/<id>.log.undo                  the undo/redo stacks as they were at the checkpoint
 *
 * (all named `<id>.log.*`, so they go to the trash and come back with the workshop). Rolling at
 * snapshot revision R, in this order, each step durable before the next:
 *   1. entries ≤ R not archived yet → a new segment (temp, fsync, rename);
 *   2. the undo stacks at R → `<id>.log.undo` (temp, fsync, rename);
 *   3. entries > R → the new live log (temp, fsync, rename), with no append in between.
 * A kill before 3 leaves the old live log, whose entries ≤ R the next open skips (the snapshot
 * has them) and the next roll archives no second time (segments already cover them); a kill after
 * 3 leaves snapshot R plus every entry after it. Nothing acknowledged is lost, nothing replays twice.
 */

/** Roll when the live log has grown past this many bytes (bounds what an open reads). */
export const DEFAULT_ROLL_BYTES = 256 * 1024;

const SEGMENT_NAME = /^(\d{1,12})-(\d{1,12})\.log$/;

export const segmentsDir = (files: WorkshopFiles): string => `${files.log}.d`;
export const undoFile = (files: WorkshopFiles): string => `${files.log}.undo`;

interface Segment {
  first: number;
  last: number;
  file: string;
}

/** Archived segments, oldest first. */
export const listSegments = async (files: WorkshopFiles): Promise<Segment[]> => {
  const dir = segmentsDir(files);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (isMissingFile(error)) return [];
    throw error;
  }
  return names
    .flatMap((name) => {
      const m = SEGMENT_NAME.exec(name);
      return m ? [{ first: Number(m[1]), last: Number(m[2]), file: path.join(dir, name) }] : [];
    })
    .sort((a, b) => a.first - b.first || a.last - b.last);
};

const readSegment = async (segment: Segment): Promise<LogEntry[]> => {
  const bytes = await readIfExists(segment.file);
  return bytes ? parseLog(bytes).entries : [];
};

/**
 * Archived entries with `after < revision < before`, oldest first, reading segments newest first
 * and stopping once `limit` entries are found (the newest `limit` are returned).
 */
export const readArchived = async (files: WorkshopFiles, after: number, before: number, limit = Number.POSITIVE_INFINITY): Promise<LogEntry[]> => {
  const byRevision = new Map<number, LogEntry>();
  const segments = (await listSegments(files)).filter((s) => s.last > after && s.first < before).reverse();
  for (const segment of segments) {
    for (const entry of await readSegment(segment)) if (entry.revision > after && entry.revision < before && !byRevision.has(entry.revision)) byRevision.set(entry.revision, entry);
    if (byRevision.size >= limit) break;
  }
  const entries = [...byRevision.values()].sort((a, b) => a.revision - b.revision);
  return entries.slice(Math.max(0, entries.length - limit));
};

// ——— the undo stacks at a checkpoint ———

/** The stacks as written at a checkpoint, with the revision they are at; null when there is none or it does not read. */
export const readUndoCheckpoint = async (files: WorkshopFiles): Promise<{ revision: number; stacks: UndoStacks } | null> => {
  const bytes = await readIfExists(undoFile(files));
  if (!bytes) return null;
  // The stacks are stored as log entries: `do` entries rebuild them exactly as the log did.
  const parsed = parseLog(bytes);
  const header = parsed.entries[0];
  if (parsed.problem || !header || header.command.type !== 'renameWorkshop') return null;
  const revision = header.revision;
  const stacks = new UndoStacks();
  stacks.restore(parsed.entries.slice(1));
  return { revision, stacks };
};

const writeUndoCheckpoint = async (files: WorkshopFiles, revision: number, stacks: UndoStacks): Promise<void> => {
  const marker = { type: 'renameWorkshop' as const, title: 'checkpoint' };
  const header: LogEntry = { seq: 0, revision, at: '', actor: { name: 'checkpoint', opdId: null }, kind: 'do', command: marker, inverse: marker };
  await writeFileDurably(undoFile(files), encodeLogFile([header, ...stacks.persisted()]).bytes);
};

/** The undo stacks after the live log's entries: the checkpoint's stacks, followed by the entries after it. */
export const undoStacksAfter = async (files: WorkshopFiles, entries: readonly LogEntry[]): Promise<UndoStacks> => {
  const checkpoint = await readUndoCheckpoint(files);
  // Without a checkpoint (a log from before checkpoints, or a new workshop) the live log holds everything.
  if (!checkpoint) return UndoStacks.fromLog(entries);
  for (const entry of entries) if (entry.revision > checkpoint.revision) checkpoint.stacks.record(entry);
  return checkpoint.stacks;
};

// ——— rolling ———

/**
 * Rolls the live log at `revision` (the snapshot on disk holds it): archives what is not archived
 * yet, saves the undo stacks at that revision, and rewrites the live log with the entries after it.
 * Returns the number of entries left in the live log, or null when there was nothing to roll.
 */
export const rollLog = async (files: WorkshopFiles, log: CommandLog, revision: number): Promise<number | null> => {
  // Read what is on disk now; appends made meanwhile are taken over at the end, with none running.
  const sizeAtStart = log.bytes;
  const bytes = (await readIfExists(files.log))?.subarray(0, sizeAtStart) ?? Buffer.alloc(0);
  const parsed = parseLog(bytes);
  if (parsed.problem || parsed.newer || parsed.goodBytes !== sizeAtStart) return null;
  const upTo = parsed.entries.filter((e) => e.revision <= revision);
  if (upTo.length === 0) return null;

  const segments = await listSegments(files);
  const archivedUpTo = segments.reduce((max, s) => Math.max(max, s.last), 0);
  const toArchive = upTo.filter((e) => e.revision > archivedUpTo);
  if (toArchive.length > 0) {
    const first = toArchive[0]!.revision;
    const last = toArchive.at(-1)!.revision;
    await ensureDirectory(segmentsDir(files));
    await writeFileDurably(path.join(segmentsDir(files), `${first}-${last}.log`), encodeLogFile(toArchive).bytes);
  }

  const checkpoint = await readUndoCheckpoint(files);
  const stacks = checkpoint?.stacks ?? new UndoStacks();
  const from = checkpoint?.revision ?? 0;
  if (!checkpoint || checkpoint.revision < revision) {
    for (const entry of upTo) if (entry.revision > from) stacks.record(entry);
    await writeUndoCheckpoint(files, revision, stacks);
  }

  const kept = parsed.entries.filter((e) => e.revision > revision);
  return log.exclusive(async () => {
    const more = log.bytes > sizeAtStart ? parseLog((await fs.readFile(files.log)).subarray(sizeAtStart, log.bytes), parsed.decoder, sizeAtStart) : null;
    if (more && (more.problem || more.newer)) return null;
    const tail = [...kept, ...(more?.entries ?? [])];
    const encoded = encodeLogFile(tail, new EntryEncoder());
    await log.replaceFile(encoded.bytes, encoded.encoder);
    return tail.length;
  });
};

/**
 * The snapshot brought up to just before the live log's first entry with archived entries, when the
 * snapshot is older than that (the `.bak` restored after a checkpoint). Otherwise the snapshot itself.
 */
export const bridgeFromArchive = async <W extends { revision: number }>(
  files: WorkshopFiles,
  snapshot: W,
  entries: readonly LogEntry[],
  replay: (workshop: W, entries: LogEntry[]) => W,
): Promise<W> => {
  const first = entries[0]?.revision ?? Number.POSITIVE_INFINITY;
  if (first <= snapshot.revision + 1) return snapshot;
  const gap = await readArchived(files, snapshot.revision, first);
  return gap.length > 0 ? replay(snapshot, gap) : snapshot;
};

/** The newest `limit` entries before revision `before`, from the live log on disk and then the archived segments. */
export const olderEntries = async (files: WorkshopFiles, before: number, limit: number): Promise<LogEntry[]> => {
  const live = parseLog((await readIfExists(files.log)) ?? Buffer.alloc(0)).entries.filter((e) => e.revision < before);
  const fromLive = live.slice(Math.max(0, live.length - limit));
  const oldest = fromLive[0]?.revision ?? before;
  const archived = fromLive.length < limit ? await readArchived(files, 0, oldest, limit - fromLive.length) : [];
  return [...archived, ...fromLive];
};
