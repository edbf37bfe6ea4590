import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { DamagedFileSchema } from '../../../shared/contract';
import { fileStamp } from '../ids';
import { exists, isMissingFile, moveDurably } from './durable-fs';
import { classifyWorkshopFileName, damagedFileName, type DataLayout, type WorkshopFiles } from './layout';
import { readSnapshotFile, unreadableReason } from './snapshot-reading';

export type DamagedFile = z.infer<typeof DamagedFileSchema>;

/**
 * Moves a damaged snapshot out of the way, byte for byte, as `<id>.json.damaged-<stamp>`:
 * it is never overwritten and never silently reset. Returns the new file name.
 */
export const moveAsideDamaged = async (files: WorkshopFiles, now: Date): Promise<string> => {
  const name = damagedFileName(files.id, fileStamp(now));
  await moveDurably(files.snapshot, path.join(path.dirname(files.snapshot), name));
  return name;
};

/** Whether the workshop's `.bak` holds a usable workshop. */
export const backupUsable = async (files: WorkshopFiles): Promise<boolean> => (await readSnapshotFile(files.backup, files.id)).kind === 'ok';

/** Workshops that have damaged files or a backup but no usable snapshot: what `workshops.list` reports as damaged. */
export const listDamaged = async (
  layout: DataLayout,
  files: (id: string) => WorkshopFiles,
  historyOf: (id: string) => Promise<DamagedFile['historySnapshots']> = async () => [],
): Promise<DamagedFile[]> => {
  let names: string[];
  try {
    names = await fs.readdir(layout.workshopsDir);
  } catch (error) {
    if (isMissingFile(error)) return [];
    throw error;
  }
  const snapshots = new Set<string>();
  const newestDamaged = new Map<string, string>();
  const backups = new Set<string>();
  for (const name of names) {
    const kind = classifyWorkshopFileName(name);
    if (kind?.kind === 'snapshot') snapshots.add(kind.id);
    if (kind?.kind === 'backup') backups.add(kind.id);
    if (kind?.kind === 'damaged' && (newestDamaged.get(kind.id) ?? '') < name) newestDamaged.set(kind.id, name);
  }
  const result: DamagedFile[] = [];
  for (const id of new Set([...newestDamaged.keys(), ...backups])) {
    if (snapshots.has(id)) continue;
    const workshopFiles = files(id);
    const damagedName = newestDamaged.get(id);
    const backupAvailable = await backupUsable(workshopFiles).catch(() => false);
    let reason = backupAvailable ? 'Berkas lokakarya tidak ditemukan; yang tersisa hanya salinan cadangan.' : 'Berkas lokakarya tidak ditemukan, dan salinan cadangannya tidak dapat dipakai.';
    if (damagedName) {
      const reading = await readSnapshotFile(path.join(layout.workshopsDir, damagedName), id).catch((error: unknown) => ({ kind: 'damaged' as const, reason: unreadableReason(error) }));
      reason = reading.kind === 'damaged' ? reading.reason : 'Berkas lokakarya sempat rusak dan dipindahkan.';
    }
    result.push({
      workshopId: id,
      file: damagedName ?? path.basename(workshopFiles.snapshot),
      reason,
      backupAvailable,
      historySnapshots: await historyOf(id).catch(() => []),
    });
  }
  return result.sort((a, b) => a.workshopId.localeCompare(b.workshopId));
};

/** True when the workshop has left traces (damaged file, backup) although its snapshot is gone. */
export const hasTraces = async (layout: DataLayout, files: WorkshopFiles): Promise<boolean> => {
  if (await exists(files.backup)) return true;
  try {
    return (await fs.readdir(layout.workshopsDir)).some((name) => name.startsWith(`${files.id}.json.damaged-`));
  } catch {
    return false;
  }
};
