import { constants, fdatasync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const isCode = (error: unknown, ...codes: string[]): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && codes.includes(String((error as { code: unknown }).code));

/**
 * The command log's fsync (fdatasync of its descriptor), as an object so tests can count calls or
 * make it slow (`vi.spyOn(logSyncing, 'datasync')`).
 */
export const logSyncing: { datasync: (fd: number) => Promise<void> } = {
  datasync: promisify(fdatasync),
};

export const isMissingFile = (error: unknown): boolean => isCode(error, 'ENOENT');

/**
 * Makes a directory's entries (a rename, a new file) survive a power cut. Windows cannot open
 * a directory for syncing and commits renames itself, so there it is a no-op.
 */
export const fsyncDirectory = async (dir: string): Promise<void> => {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares) refuse fsync on directories; the rename still happened.
    if (!isCode(error, 'EINVAL', 'ENOTSUP', 'EPERM', 'EISDIR')) throw error;
  } finally {
    await handle.close();
  }
};

export const readIfExists = async (file: string): Promise<Buffer | null> => {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if (isMissingFile(error)) return null;
    throw error;
  }
};

export const exists = async (file: string): Promise<boolean> => {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
};

/**
 * Renames, retrying briefly on Windows, where a virus scanner or the search indexer holding
 * the target open makes a rename fail for a moment (EPERM/EACCES/EBUSY).
 */
const rename = async (from: string, to: string): Promise<void> => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (process.platform !== 'win32' || attempt >= 10 || !isCode(error, 'EPERM', 'EACCES', 'EBUSY')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
};

/** Writes bytes to `file` and fsyncs them (no rename: for files nobody else reads yet). */
const writeAndSync = async (file: string, data: string | Uint8Array): Promise<void> => {
  const handle = await fs.open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

/**
 * Points `backup` at the current contents of `file` without copying them when the disk allows:
 * a hard link to the old file, which the coming rename leaves untouched. Falls back to a copy
 * (FAT-formatted flash drives have no hard links).
 */
const keepAsBackup = async (file: string, backup: string): Promise<void> => {
  const staging = `${backup}.tmp`;
  await fs.rm(staging, { force: true });
  try {
    await fs.link(file, staging);
  } catch (error) {
    if (isMissingFile(error)) return;
    await fs.copyFile(file, staging);
    const handle = await fs.open(staging, 'r+');
    await handle.sync().finally(() => handle.close());
  }
  await rename(staging, backup);
};

export interface DurableWriteOptions {
  /** Keep the file being replaced as this path (the "last good copy"). */
  backup?: string;
}

/**
 * Replaces `file` so that after a crash or power cut it holds either the old or the new
 * contents, never a mix: write `<file>.tmp`, fsync it, (keep the old file as the backup),
 * rename over the file, fsync the directory.
 */
export const writeFileDurably = async (file: string, data: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> => {
  const dir = path.dirname(file);
  const temp = `${file}.tmp`;
  await writeAndSync(temp, data);
  if (options.backup) await keepAsBackup(file, options.backup);
  await rename(temp, file);
  await fsyncDirectory(dir);
};

/** Moves a file or folder and makes the move durable in both directories. */
export const moveDurably = async (from: string, to: string): Promise<void> => {
  await fs.mkdir(path.dirname(to), { recursive: true });
  await rename(from, to);
  await fsyncDirectory(path.dirname(to));
  if (path.dirname(from) !== path.dirname(to)) await fsyncDirectory(path.dirname(from));
};

/** Creates a directory (and its parents) and makes it durable in its parent. */
export const ensureDirectory = async (dir: string): Promise<void> => {
  const created = await fs.mkdir(dir, { recursive: true });
  if (created !== undefined) await fsyncDirectory(path.dirname(created));
};
