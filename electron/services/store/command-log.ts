import { createHash } from 'node:crypto';
import { close, fdatasync, ftruncate, open, write } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { LogEntrySchema, type LogEntry } from '../../../shared/contract';
import { exists, fsyncDirectory, writeFileDurably } from './durable-fs';

/*
 * The command log: one line per applied command, appended and fsynced before the edit is
 * acknowledged. Each line is `{"sum":"<sha1 of the entry JSON>","entry":<entry JSON>}`, so a
 * line cut short by a crash, or damaged on disk, is recognised and never replayed.
 */

const openAsync = promisify(open);
const writeAsync = async (fd: number, buffer: Buffer, offset: number, length: number): Promise<number> =>
  (await promisify(write)(fd, buffer, offset, length, null)).bytesWritten;
const fdatasyncAsync = promisify(fdatasync);
const ftruncateAsync = promisify(ftruncate);
const closeAsync = promisify(close);

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');
const LINE = /^\{"sum":"([0-9a-f]{40})","entry":(.*)\}$/;
const NEWLINE = 0x0a;

export const encodeLogLine = (entry: LogEntry): string => {
  const json = JSON.stringify(entry);
  return `{"sum":"${sha1(json)}","entry":${json}}\n`;
};

const decodeLine = (line: string): LogEntry | null => {
  const match = LINE.exec(line);
  if (!match?.[1] || match[2] === undefined || sha1(match[2]) !== match[1]) return null;
  try {
    const parsed = LogEntrySchema.safeParse(JSON.parse(match[2]));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

export interface ParsedLog {
  /** The entries of the good part, in order. */
  entries: LogEntry[];
  /** For each entry, the byte offset just after its line (where the log can be cut after it). */
  ends: number[];
  /** Length in bytes of the good part; anything after it must not be replayed or appended to. */
  goodBytes: number;
  totalBytes: number;
  /** Why the rest was not read (a cut-short last line, a bad checksum), or null when all is good. */
  problem: string | null;
}

/** Reads a log's bytes up to the first line that is cut short or fails its checksum. */
export const parseLog = (bytes: Uint8Array): ParsedLog => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: LogEntry[] = [];
  const ends: number[] = [];
  let start = 0;
  while (start < buffer.length) {
    const end = buffer.indexOf(NEWLINE, start);
    if (end === -1) {
      return { entries, ends, goodBytes: start, totalBytes: buffer.length, problem: 'Baris terakhir jejak perubahan terpotong (aplikasi berhenti saat menyimpan).' };
    }
    const entry = decodeLine(buffer.toString('utf8', start, end));
    if (!entry) {
      return { entries, ends, goodBytes: start, totalBytes: buffer.length, problem: `Baris ke-${entries.length + 1} jejak perubahan rusak atau tidak dikenali (checksum atau isinya tidak cocok).` };
    }
    entries.push(entry);
    start = end + 1;
    ends.push(start);
  }
  return { entries, ends, goodBytes: buffer.length, totalBytes: buffer.length, problem: null };
};

/**
 * Cuts the log back to its first `keepBytes`, first saving what is cut off (original bytes)
 * beside it as `<log>.<label>-<stamp>`. Returns the name of the saved file.
 */
export const setAsideLogTail = async (file: string, keepBytes: number, label: string, stamp: string): Promise<string> => {
  const bytes = await fs.readFile(file);
  const aside = `${file}.${label}-${stamp}`;
  await writeFileDurably(aside, bytes.subarray(keepBytes));
  const handle = await fs.open(file, 'r+');
  try {
    await handle.truncate(keepBytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return path.basename(aside);
};

/**
 * Appends entries to one workshop's log; each append is on disk before it resolves.
 * Holds a plain descriptor (not a FileHandle), so a process that stops without closing it
 * behaves like a crash and nothing is closed behind its back.
 */
export class CommandLog {
  private fd: number | null = null;

  /** `size` is the length of the log's good part, which is where the next line goes. */
  constructor(
    readonly file: string,
    private size: number,
  ) {}

  async append(entry: LogEntry): Promise<void> {
    const line = Buffer.from(encodeLogLine(entry), 'utf8');
    const fd = this.fd ?? (await this.openForAppend());
    try {
      let written = 0;
      while (written < line.length) written += await writeAsync(fd, line, written, line.length - written);
      await fdatasyncAsync(fd);
      this.size += line.length;
    } catch (error) {
      // Never leave half a line for the next append to join: cut back to the last whole line.
      await ftruncateAsync(fd, this.size).catch(() => undefined);
      throw error;
    }
  }

  async close(): Promise<void> {
    const fd = this.fd;
    this.fd = null;
    if (fd !== null) await closeAsync(fd);
  }

  private async openForAppend(): Promise<number> {
    const isNew = !(await exists(this.file));
    this.fd = await openAsync(this.file, 'a');
    if (isNew) await fsyncDirectory(path.dirname(this.file));
    return this.fd;
  }
}
