import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/commands';
import { TrashEntrySchema } from '../../../shared/contract';
import { fileStamp } from '../ids';
import { ensureDirectory, exists, fsyncDirectory, isMissingFile, moveDurably, writeFileDurably } from './durable-fs';
import type { DataLayout, WorkshopFiles } from './layout';

export type TrashEntry = z.infer<typeof TrashEntrySchema>;

const META = 'trash-entry.json';
const HISTORY = 'history';
const TRASH_ID = /^\d{8}T\d{9}Z-[A-Za-z0-9_-]{1,64}$/;

const notInTrash = (): AppError => new AppError('not_found', { reason: 'workshop.notInTrash', field: 'trashId' });

const listDir = async (dir: string): Promise<string[]> => {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (isMissingFile(error)) return [];
    throw error;
  }
};

/** Every file in the workshops folder that belongs to the workshop (snapshot, backup, log, damaged copies). */
const filesOf = async (layout: DataLayout, id: string): Promise<string[]> =>
  (await listDir(layout.workshopsDir)).filter((name) => name === `${id}.json` || name === `${id}.log` || name.startsWith(`${id}.json.`) || name.startsWith(`${id}.log.`));

/** Moves everything of one workshop into `trash/<trashId>/`, the snapshot first so it leaves the list at once. */
export const moveToTrash = async (layout: DataLayout, files: WorkshopFiles, title: string, now: Date): Promise<TrashEntry> => {
  const names = await filesOf(layout, files.id);
  if (names.length === 0) throw new AppError('not_found', { reason: 'workshop.notFound' });
  const entry: TrashEntry = { trashId: `${fileStamp(now)}-${files.id}`, id: files.id, title, deletedAt: now.toISOString() };
  const dir = path.join(layout.trashDir, entry.trashId);
  await ensureDirectory(dir);
  await writeFileDurably(path.join(dir, META), JSON.stringify(entry));
  const snapshotName = path.basename(files.snapshot);
  const ordered = [...names.filter((n) => n === snapshotName), ...names.filter((n) => n !== snapshotName)];
  for (const name of ordered) await moveDurably(path.join(layout.workshopsDir, name), path.join(dir, name));
  if (await exists(files.historyDir)) await moveDurably(files.historyDir, path.join(dir, HISTORY));
  return entry;
};

const readEntry = async (dir: string): Promise<TrashEntry | null> => {
  try {
    const parsed = TrashEntrySchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, META), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** Newest first. */
export const listTrash = async (layout: DataLayout): Promise<TrashEntry[]> => {
  const entries: TrashEntry[] = [];
  for (const name of await listDir(layout.trashDir)) {
    if (!TRASH_ID.test(name)) continue;
    const entry = await readEntry(path.join(layout.trashDir, name));
    if (entry && entry.trashId === name) entries.push(entry);
  }
  return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
};

/** Reads a trash entry by id; not_found for unknown or malformed ids (never a path outside the trash). */
export const findInTrash = async (layout: DataLayout, trashId: string): Promise<TrashEntry> => {
  if (!TRASH_ID.test(trashId)) throw notInTrash();
  const entry = await readEntry(path.join(layout.trashDir, trashId));
  if (!entry || entry.trashId !== trashId) throw notInTrash();
  return entry;
};

/** Moves a workshop's files back from the trash (snapshot last, so a half-done restore can be redone). */
export const restoreFromTrash = async (layout: DataLayout, entry: TrashEntry, files: WorkshopFiles): Promise<void> => {
  const dir = path.join(layout.trashDir, entry.trashId);
  const snapshotName = path.basename(files.snapshot);
  const names = (await listDir(dir)).filter((n) => n !== META && n !== HISTORY);
  await ensureDirectory(layout.workshopsDir);
  if (await exists(path.join(dir, HISTORY))) {
    await ensureDirectory(layout.historyDir);
    if (await exists(files.historyDir)) {
      for (const name of await listDir(path.join(dir, HISTORY))) await moveDurably(path.join(dir, HISTORY, name), path.join(files.historyDir, name));
    } else {
      await moveDurably(path.join(dir, HISTORY), files.historyDir);
    }
  }
  const ordered = [...names.filter((n) => n !== snapshotName), ...names.filter((n) => n === snapshotName)];
  for (const name of ordered) await moveDurably(path.join(dir, name), path.join(layout.workshopsDir, name));
  await fs.rm(dir, { recursive: true, force: true });
  await fsyncDirectory(layout.trashDir);
};
