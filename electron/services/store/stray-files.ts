import fs from 'node:fs/promises';
import path from 'node:path';
import { isMissingFile } from './durable-fs';
import type { DataLayout } from './layout';

/*
 * A process killed during a durable write leaves its `<file>.tmp` behind (durable-fs.ts writes the
 * temp file, then renames it over the file). Nothing ever reads them; they are removed on start.
 * Only the temp names our own writes make are touched, and only for a workshop this process is
 * loading or listing for the first time (the first list after a start covers them all), so another
 * process working on its own workshops in the same folder is never disturbed.
 */

const ID = '[A-Za-z0-9_-]{1,64}';
const STAMP = '\\d{8}T\\d{9}Z';
/**
 * Snapshot, its backup staging, its summary for the list, a log tail set aside, a rewritten log, the
 * undo stacks kept at a checkpoint: `<id>.json.tmp`, `<id>.json.bak.tmp`, `<id>.json.summary.tmp`,
 * `<id>.log.torn-<stamp>.tmp`, `<id>.log.tmp`, `<id>.log.undo.tmp`.
 */
const WORKSHOP_TEMP = new RegExp(`^(${ID})\\.(json|json\\.bak|json\\.summary|log|log\\.undo|log\\.[a-z]+-${STAMP})\\.tmp$`);
/** An archived log segment being written: `<id>.log.d/<first>-<last>.log.tmp`. */
const SEGMENT_TEMP = /^\d+-\d+\.log\.tmp$/;
/** A history snapshot or archived log: `<stamp>_r<rev>_<reason>.json.tmp`, `<stamp>_log.log.tmp`. */
const HISTORY_TEMP = new RegExp(`^${STAMP}_(r\\d+_[a-z-]+\\.json|log\\.log)\\.tmp$`);

const namesIn = async (dir: string): Promise<string[]> => {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (isMissingFile(error)) return [];
    throw error;
  }
};

/** Removes the temp files interrupted writes left for one workshop (workshops folder and its history folder); returns their paths. */
export const removeStrayTempFiles = async (layout: DataLayout, id: string): Promise<string[]> => {
  const removed: string[] = [];
  const remove = async (dir: string, isOurs: (name: string) => boolean): Promise<void> => {
    for (const name of await namesIn(dir)) {
      if (!isOurs(name)) continue;
      const file = path.join(dir, name);
      const stat = await fs.lstat(file).catch(() => null);
      if (!stat?.isFile()) continue;
      await fs.rm(file, { force: true });
      removed.push(file);
    }
  };
  await remove(layout.workshopsDir, (name) => WORKSHOP_TEMP.exec(name)?.[1] === id);
  await remove(path.join(layout.workshopsDir, `${id}.log.d`), (name) => SEGMENT_TEMP.test(name));
  await remove(path.join(layout.historyDir, id), (name) => HISTORY_TEMP.test(name));
  return removed;
};
