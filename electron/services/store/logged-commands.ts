import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError, applyCommand } from '../../../shared/commands';
import type { LogEntry, LoggedCommand } from '../../../shared/contract';
import type { Workshop } from '../../../shared/model';
import { parseLog } from './command-log';
import { isMissingFile, readIfExists } from './durable-fs';
import type { WorkshopHistory } from './history';
import type { WorkshopFiles } from './layout';
import { readSnapshotBytes } from './snapshot-reading';

/*
 * What a log entry can carry besides the public commands: `restoreSnapshot`, the whole workshop
 * replaced by a history snapshot (a restore, and its undo and redo). The entry names the snapshot;
 * its contents are read from the history folder when the entry is applied, undone or replayed.
 */

/** The contents of the history snapshots that restore entries name, by snapshot id. */
export type RestoreContents = ReadonlyMap<string, Workshop>;

/** Reads a history snapshot as a workshop to restore; refuses one that is gone, damaged or from a newer version. */
export const readRestorable = async (history: WorkshopHistory, snapshotId: string, workshopId: string): Promise<Workshop> => {
  const reading = readSnapshotBytes(await history.read(snapshotId), workshopId);
  if (reading.kind === 'damaged') throw new AppError('damaged', { reason: 'snapshot.damaged', params: { detail: reading.reason }, field: 'snapshotId' });
  if (reading.kind === 'newer') throw new AppError('read_only', { reason: 'snapshot.newer', field: 'snapshotId' });
  return reading.workshop;
};

/** A snapshot's contents as the workshop's next revision. */
export const restoredAs = (contents: Workshop, before: Workshop, at: string): Workshop => ({ ...contents, id: before.id, revision: before.revision + 1, updatedAt: at });

/** Applies one logged command; a restore takes its contents from `restores` (throws when they are not there). */
export const applyLogged = (workshop: Workshop, command: LoggedCommand, at: string, restores: RestoreContents): Workshop => {
  if (command.type !== 'restoreSnapshot') return applyCommand(workshop, command, at);
  const contents = restores.get(command.snapshotId);
  if (!contents) throw new AppError('not_found', { reason: 'snapshot.goneFromHistory', field: 'snapshotId' });
  return restoredAs(contents, workshop, at);
};

/** Reads the snapshots the restore entries among `entries` name; one that cannot be read is left out (its entry then does not replay). */
export const readRestoreContents = async (history: WorkshopHistory, entries: readonly LogEntry[], workshopId: string): Promise<Map<string, Workshop>> => {
  const contents = new Map<string, Workshop>();
  for (const entry of entries) {
    const command = entry.command;
    if (command.type !== 'restoreSnapshot' || contents.has(command.snapshotId)) continue;
    try {
      contents.set(command.snapshotId, await readRestorable(history, command.snapshotId, workshopId));
    } catch {
      // Replay stops at this entry, and the tail from it is set aside as for any entry that does not apply.
    }
  }
  return contents;
};

/** Every readable entry of every log of a workshop, one list per file: archived logs in its history folder (by name), then the live log. */
const allLogs = async (files: WorkshopFiles): Promise<LogEntry[][]> => {
  let names: string[] = [];
  try {
    names = (await fs.readdir(files.historyDir)).filter((name) => name.endsWith('.log')).sort();
  } catch (error) {
    if (!isMissingFile(error)) throw error;
  }
  const logs: LogEntry[][] = [];
  for (const file of [...names.map((name) => path.join(files.historyDir, name)), files.log]) {
    try {
      const bytes = await readIfExists(file);
      if (bytes) logs.push(parseLog(bytes).entries);
    } catch {
      // A log that cannot be read adds no later changes.
    }
  }
  return logs;
};

export interface LaterChanges {
  /** The snapshot with the later changes applied. */
  workshop: Workshop;
  /** How many were applied. */
  count: number;
}

/**
 * The logged changes made after a history snapshot, replayed on it: from the snapshot's revision,
 * each next revision is taken from whichever log holds one that applies (the newest log first, so
 * the line of edits that continued after an earlier restore wins), until none does or the next is
 * itself a restore.
 */
export const replayLaterChanges = async (files: WorkshopFiles, history: WorkshopHistory, snapshot: Workshop): Promise<LaterChanges> => {
  const byRevision = new Map<number, LogEntry[]>();
  for (const entries of (await allLogs(files)).reverse()) {
    for (const entry of entries) {
      if (entry.revision <= snapshot.revision) continue;
      byRevision.set(entry.revision, [...(byRevision.get(entry.revision) ?? []), entry]);
    }
  }
  const restores = await readRestoreContents(history, [...byRevision.values()].flat(), snapshot.id);
  let workshop = snapshot;
  let count = 0;
  for (;;) {
    let next: Workshop | null = null;
    for (const entry of byRevision.get(workshop.revision + 1) ?? []) {
      // A later restore is not an edit to bring back: it would replace everything replayed so far.
      if (entry.command.type === 'restoreSnapshot') continue;
      try {
        next = applyLogged(workshop, entry.command, entry.at, restores);
        break;
      } catch {
        // Not from this line of edits: try another log's entry for the same revision.
      }
    }
    if (!next) return { workshop, count };
    workshop = next;
    count += 1;
  }
};
