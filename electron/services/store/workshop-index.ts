import { WorkshopSummarySchema, type WorkshopSummary } from '../../../shared/model';
import { readIfExists, writeFileDurably } from './durable-fs';
import type { WorkshopFiles } from './layout';

/*
 * The home screen's line of a workshop, kept beside it as `workshops/<id>.json.summary` with the
 * identity (inode, mtime, size) of the snapshot and the live log it was made from. `workshops.list`
 * uses it while both files are unchanged, so listing reads a small file instead of the workshop;
 * when they changed (the summary is stale), is missing or does not read, the workshop is loaded.
 */

export const summaryFile = (files: WorkshopFiles): string => `${files.snapshot}.summary`;

/** The stored line when it was made from exactly these files (`key`), else null. Never throws. */
export const readIndexedSummary = async (files: WorkshopFiles, key: string): Promise<WorkshopSummary | null> => {
  try {
    const bytes = await readIfExists(summaryFile(files));
    if (!bytes) return null;
    const raw = JSON.parse(bytes.toString('utf8')) as { key?: unknown; summary?: unknown };
    if (raw.key !== key) return null;
    const summary = WorkshopSummarySchema.safeParse(raw.summary);
    return summary.success && summary.data.id === files.id ? summary.data : null;
  } catch {
    return null;
  }
};

export const writeIndexedSummary = async (files: WorkshopFiles, key: string, summary: WorkshopSummary): Promise<void> => {
  await writeFileDurably(summaryFile(files), JSON.stringify({ key, summary }));
};
