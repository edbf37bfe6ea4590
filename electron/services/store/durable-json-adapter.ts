import type { Adapter } from 'lowdb';
import { readIfExists, writeFileDurably } from './durable-fs';

/** The file exists but is not whole JSON (empty, cut short, overwritten with something else). */
export class UnreadableJsonError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableJsonError';
  }
}

/** Parses a file's bytes as JSON, naming plainly (in Indonesian) what is wrong when it cannot. */
export const parseJsonBytes = (bytes: Uint8Array): unknown => {
  if (bytes.length === 0) throw new UnreadableJsonError('Berkas kosong (0 bita), kemungkinan terputus saat disimpan.');
  const text = Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new UnreadableJsonError('Berkas hanya berisi spasi kosong, kemungkinan terputus saat disimpan.');
  try {
    return JSON.parse(text);
  } catch {
    throw new UnreadableJsonError('Berkas terpotong atau bukan JSON yang utuh.');
  }
};

export interface DurableJsonAdapterOptions {
  /** Keep the replaced file as `<file>.bak` on every write (default true). */
  keepBackup?: boolean;
  /** Indentation for people who open the file by hand; none keeps big workshops fast. */
  indent?: number;
}

/**
 * A lowdb adapter that survives crashes and power cuts, unlike lowdb's stock JSONFile
 * (which renames without fsync): every write goes to `<file>.tmp`, is fsynced, the old file
 * is kept as `<file>.bak`, the temp file is renamed over the file and the directory is fsynced.
 * `read` returns null for a missing file, throws UnreadableJsonError for bytes that are not
 * JSON, and otherwise returns whatever `decode` makes of the parsed value (decode may throw).
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  readonly backupFile: string;

  constructor(
    readonly file: string,
    private readonly decode: (raw: unknown) => T,
    private readonly options: DurableJsonAdapterOptions = {},
  ) {
    this.backupFile = `${file}.bak`;
  }

  async read(): Promise<T | null> {
    const bytes = await readIfExists(this.file);
    return bytes === null ? null : this.decode(parseJsonBytes(bytes));
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, this.options.indent);
    await writeFileDurably(this.file, text, this.options.keepBackup === false ? {} : { backup: this.backupFile });
  }
}
