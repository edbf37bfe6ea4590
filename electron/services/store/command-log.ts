import { createHash } from 'node:crypto';
import { close, ftruncate, open, write } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { LOG_FORMAT_VERSION, LogEntrySchema, type LogEntry } from '../../../shared/contract';
import { exists, fsyncDirectory, logSyncing, writeFileDurably } from './durable-fs';
import { EntryDecoder, EntryEncoder } from './entry-codec';
import { unknownCommandType } from './known-commands';

/*
 * The command log: one line per applied command, appended and fsynced before the edit is
 * acknowledged. Each line is `{"sum":"<sha1 of the entry JSON>","v":<format>,"entry":<entry JSON>}`,
 * so a line cut short by a crash, or damaged on disk, is recognised and never replayed. Lines of
 * format 1 (no `v`) hold whole entries; format 2 stores entries compactly (entry-codec.ts), each
 * file decoding on its own from its first line. A line of a newer format stops the reading and is
 * reported (`newerVersion`), never cut away.
 *
 * The live log `workshops/<id>.log` holds only the entries after the last checkpoint; older
 * entries are archived in `workshops/<id>.log.d/` (log-segments.ts).
 */

const openAsync = promisify(open);
const writeAsync = async (fd: number, buffer: Buffer, offset: number, length: number): Promise<number> =>
  (await promisify(write)(fd, buffer, offset, length, null)).bytesWritten;
const ftruncateAsync = promisify(ftruncate);
const closeAsync = promisify(close);

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');
const LINE = /^\{"sum":"([0-9a-f]{40})",(?:"v":(\d{1,6}),)?"entry":(.*)\}$/;
const NEWLINE = 0x0a;

/** A whole entry as a format-1 line (what older versions wrote; kept for tests of old logs). */
export const encodeLogLine = (entry: LogEntry): string => {
  const json = JSON.stringify(entry);
  return `{"sum":"${sha1(json)}","entry":${json}}\n`;
};

/** A line of the current format around an entry's compact JSON text. */
const compactLine = (json: string): string => `{"sum":"${sha1(json)}","v":${LOG_FORMAT_VERSION},"entry":${json}}\n`;

/** One entry as a line of the current format, compacted against the file's earlier lines. */
export const encodeCompactLine = (encoder: EntryEncoder, entry: LogEntry): string => compactLine(encoder.encode(entry));

/** An entry that cannot be written whole, or that this version could not read back: nothing was written. */
export class EntryNotStorable extends Error {
  constructor() {
    super('log entry not storable');
    this.name = 'EntryNotStorable';
  }
}

type LineReading = { kind: 'ok'; entry: LogEntry } | { kind: 'bad' } | { kind: 'newer'; version: number };

const decodeLine = (line: string, decoder: EntryDecoder): LineReading => {
  const match = LINE.exec(line);
  if (!match?.[1] || match[3] === undefined || sha1(match[3]) !== match[1]) return { kind: 'bad' };
  const version = match[2] === undefined ? 1 : Number(match[2]);
  if (version > LOG_FORMAT_VERSION) return { kind: 'newer', version };
  try {
    const raw: unknown = JSON.parse(match[3]);
    // A command type this version does not know was written by a newer app: not damage.
    if (unknownCommandType(raw) !== null) return { kind: 'newer', version };
    if (version === 1) {
      const parsed = LogEntrySchema.safeParse(raw);
      if (!parsed.success) return { kind: 'bad' };
      decoder.follow(parsed.data.command);
      return { kind: 'ok', entry: parsed.data };
    }
    const entry = decoder.decode(raw);
    return entry ? { kind: 'ok', entry } : { kind: 'bad' };
  } catch {
    return { kind: 'bad' };
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
  /** A whole line from a newer app version, where reading stopped (the workshop then opens read-only), or null. */
  newer: NewerLine | null;
  /** The decoder after the good part: `decoder.continuation()` encodes lines appended to this file. */
  decoder: EntryDecoder;
}

/** A line of a log format newer than this app's, where reading stopped. */
export interface NewerLine {
  version: number;
  /** Byte offset where the line starts. */
  at: number;
}

/** Reads a log's bytes up to the first line that is cut short, fails its checksum or is of a newer format. */
export const parseLog = (bytes: Uint8Array, decoder = new EntryDecoder(), offset = 0): ParsedLog => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: LogEntry[] = [];
  const ends: number[] = [];
  const result = (goodBytes: number, problem: string | null, newer: NewerLine | null = null): ParsedLog => ({
    entries,
    ends,
    goodBytes: offset + goodBytes,
    totalBytes: offset + buffer.length,
    problem,
    newer,
    decoder,
  });
  let start = 0;
  while (start < buffer.length) {
    const end = buffer.indexOf(NEWLINE, start);
    if (end === -1) return result(start, 'Baris terakhir jejak perubahan terpotong (aplikasi berhenti saat menyimpan).');
    const reading = decodeLine(buffer.toString('utf8', start, end), decoder);
    if (reading.kind === 'newer') {
      return result(start, `Jejak perubahan berisi perubahan dari versi aplikasi yang lebih baru (format versi ${reading.version}).`, { version: reading.version, at: offset + start });
    }
    if (reading.kind === 'bad') {
      return result(start, `Baris ke-${entries.length + 1} jejak perubahan rusak atau tidak dikenali (checksum atau isinya tidak cocok).`);
    }
    entries.push(reading.entry);
    start = end + 1;
    ends.push(offset + start);
  }
  return result(buffer.length, null);
};

/** Encodes entries as a fresh log file (the first mention of each item whole, later ones compact). */
export const encodeLogFile = (entries: readonly LogEntry[], encoder = new EntryEncoder()): { bytes: Buffer; encoder: EntryEncoder } => ({
  bytes: Buffer.from(entries.map((entry) => encodeCompactLine(encoder, entry)).join(''), 'utf8'),
  encoder,
});

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
 * Appends entries to one workshop's log. Writing a line and making it durable are two steps, so
 * several writers can share one fsync (group commit): `write` puts the line in the file and returns
 * its ticket; `sync(ticket)` resolves once that line (and every line before it) is on disk. While
 * one fsync runs, lines written meanwhile wait for the next one, which covers them all.
 * `append` does both, for one entry on its own.
 * Holds a plain descriptor (not a FileHandle), so a process that stops without closing it
 * behaves like a crash and nothing is closed behind its back. Writes and a rewrite of the file
 * (the checkpoint roll) run one at a time through `exclusive`.
 */
export class CommandLog {
  private fd: number | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  /** Lines written by this process (a ticket is the count after a line), and how many of them are on disk. */
  private written = 0;
  private synced = 0;
  /** Bytes of the file known to be on disk. */
  private syncedSize: number;
  /** The fsync running now, if any. */
  private syncing: Promise<void> | null = null;
  /** Set when an fsync failed: what is in the file after `syncedSize` is unknown, so nothing more is written. */
  private failure: unknown = null;

  /** `size` is the length of the log's good part, which is where the next line goes; `encoder` continues the file's lines. */
  constructor(
    readonly file: string,
    private size: number,
    private encoder: EntryEncoder = new EntryEncoder(),
  ) {
    this.syncedSize = size;
  }

  /** Bytes of the live log (its good part), including lines written but not yet synced. */
  get bytes(): number {
    return this.size;
  }

  /** Writes the entry's line and waits until it is on disk. */
  async append(entry: LogEntry): Promise<void> {
    await this.sync(await this.write(entry));
  }

  /**
   * Writes the entry's line (not yet durable) and returns its ticket for `sync`. An entry that cannot
   * be encoded, or a failed write, leaves the file as it was (the partial line is cut away).
   */
  write(entry: LogEntry): Promise<number> {
    return this.exclusive(() => this.writeNow(entry));
  }

  /** Resolves once the line with this ticket, and all before it, are durable; rejects if the fsync failed. */
  async sync(ticket: number): Promise<void> {
    while (this.synced < ticket) {
      if (this.failure !== null) throw this.failure;
      if (this.syncing) {
        await this.syncing.catch(() => undefined);
        continue;
      }
      this.syncing = this.syncNow().finally(() => {
        this.syncing = null;
      });
    }
    if (this.failure !== null && this.synced < ticket) throw this.failure;
  }

  /** One fsync covering every line written so far. */
  private async syncNow(): Promise<void> {
    const target = this.written;
    const size = this.size;
    const fd = this.fd;
    if (fd === null) {
      // The file was rewritten whole (durably) or closed since: nothing written is pending.
      this.synced = Math.max(this.synced, target);
      return;
    }
    try {
      await logSyncing.datasync(fd);
      this.synced = Math.max(this.synced, target);
      this.syncedSize = Math.max(this.syncedSize, size);
    } catch (error) {
      // After a failed fsync the kernel may have dropped the pages: cut back to what is known to be on disk.
      this.failure = error;
      await ftruncateAsync(fd, this.syncedSize).catch(() => undefined);
      this.size = this.syncedSize;
    }
  }

  /** True when every line written is on disk. */
  get settled(): boolean {
    return this.synced >= this.written;
  }

  /** Runs `task` with no append or other task running alongside. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /**
   * Replaces the whole file with `bytes` (whose lines `encoder` continues): temp file, fsync,
   * rename, fsync the folder. Call inside `exclusive`. A crash leaves the old file or the new one.
   */
  async replaceFile(bytes: Uint8Array, encoder: EntryEncoder): Promise<void> {
    if (this.failure !== null) throw this.failure;
    await writeFileDurably(this.file, bytes);
    // The running fsync, if any, is on the old descriptor: let it finish before closing it.
    await this.closeFd();
    this.size = bytes.byteLength;
    this.syncedSize = this.size;
    // Every line written so far is in the new file, which is durable.
    this.synced = this.written;
    this.encoder = encoder;
  }

  private async writeNow(entry: LogEntry): Promise<number> {
    if (this.failure !== null) throw this.failure;
    // Encoded once and checked as an open would read it, before the file is opened or touched.
    const json = this.encoder.encodeStorable(entry);
    if (json === null) throw new EntryNotStorable();
    const line = Buffer.from(compactLine(json), 'utf8');
    const fd = this.fd ?? (await this.openForAppend());
    try {
      let written = 0;
      while (written < line.length) written += await writeAsync(fd, line, written, line.length - written);
      this.size += line.length;
      this.written += 1;
      return this.written;
    } catch (error) {
      // Never leave half a line for the next append to join: cut back to the last whole line.
      await ftruncateAsync(fd, this.size).catch(() => undefined);
      throw error;
    }
  }

  /** Makes what was written durable (unless an fsync already failed), then closes the descriptor. */
  async close(): Promise<void> {
    if (this.failure === null && this.synced < this.written) await this.sync(this.written).catch(() => undefined);
    await this.closeFd();
  }

  private async closeFd(): Promise<void> {
    await this.syncing?.catch(() => undefined);
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
