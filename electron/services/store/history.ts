import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/commands';
import { fileStamp, parseFileStamp } from '../ids';
import { ensureDirectory, fsyncDirectory, isMissingFile, moveDurably, writeFileDurably } from './durable-fs';

/** Why a history snapshot was taken. */
export const HISTORY_REASONS = {
  interval: 'Simpanan berkala otomatis',
  'before-restore-snapshot': 'Sebelum memulihkan snapshot',
  'before-migration': 'Sebelum pembaruan format berkas',
  'before-merge': 'Sebelum menggabungkan paket OPD',
  'before-import': 'Sebelum impor program',
  'restore-result': 'Hasil pemulihan snapshot beserta perubahan sesudahnya',
} as const;
export type HistoryReason = keyof typeof HISTORY_REASONS;

export interface HistorySnapshotInfo {
  id: string;
  revision: number;
  at: string;
  reason: string;
}

export interface HistoryPolicy {
  /** Take an interval snapshot after this long of editing since the last one. */
  intervalMs: number;
  /** …or after this many revisions, whichever comes first. */
  everyRevisions: number;
  /** How many interval snapshots to keep; snapshots taken before a risky step are kept this many again. */
  keep: number;
}

export const DEFAULT_HISTORY: HistoryPolicy = { intervalMs: 10 * 60_000, everyRevisions: 200, keep: 30 };

const NAME = /^(\d{8}T\d{9}Z)_r(\d+)_([a-z-]+)$/;

const parseName = (id: string): { at: Date; revision: number; reason: HistoryReason } | null => {
  const m = NAME.exec(id);
  const at = m?.[1] ? parseFileStamp(m[1]) : null;
  if (!m?.[2] || !m[3] || !at || !Object.hasOwn(HISTORY_REASONS, m[3])) return null;
  return { at, revision: Number(m[2]), reason: m[3] as HistoryReason };
};

/**
 * A durable copy of a file by the kernel (no bytes through JavaScript). A copy, not a hard link:
 * a history snapshot must survive whatever later happens to the file in place.
 */
const copyDurably = async (file: string, target: string): Promise<void> => {
  const temp = `${target}.tmp`;
  await fs.copyFile(file, temp);
  const handle = await fs.open(temp, 'r+');
  await handle.sync().finally(() => handle.close());
  await fs.rename(temp, target);
  await fsyncDirectory(path.dirname(target));
};

/** One workshop's history folder: full snapshots at intervals and before risky steps, and archived logs. */
export class WorkshopHistory {
  /** Saves run one at a time, so pruning always sees every snapshot. */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly policy: HistoryPolicy,
  ) {}

  /** Saves a snapshot (the exact bytes given) and prunes old ones. */
  save(bytes: string | Uint8Array, revision: number, reason: HistoryReason, at: Date): Promise<HistorySnapshotInfo> {
    const saved = this.saving.then(() => this.saveNow(bytes, revision, reason, at));
    this.saving = saved.catch(() => undefined);
    return saved;
  }

  /**
   * Saves the bytes a durable file holds now (the snapshot just written) without serialising the
   * workshop again: the file is copied by the kernel.
   */
  saveCopyOf(file: string, revision: number, reason: HistoryReason, at: Date): Promise<HistorySnapshotInfo> {
    const saved = this.saving.then(() => this.saveNow(file, revision, reason, at, true));
    this.saving = saved.catch(() => undefined);
    return saved;
  }

  private async saveNow(bytes: string | Uint8Array, revision: number, reason: HistoryReason, at: Date, isFile = false): Promise<HistorySnapshotInfo> {
    await ensureDirectory(this.dir);
    const taken = new Set(await this.names());
    const idAt = (time: number): string => `${fileStamp(new Date(time))}_r${revision}_${reason}`;
    let time = at.getTime();
    // Two snapshots in the same millisecond get distinct names.
    while (taken.has(`${idAt(time)}.json`)) time += 1;
    const id = idAt(time);
    const target = path.join(this.dir, `${id}.json`);
    if (typeof bytes === 'string' && isFile) await copyDurably(bytes, target);
    else await writeFileDurably(target, bytes);
    await this.prune();
    return { id, revision, at: new Date(time).toISOString(), reason: HISTORY_REASONS[reason] };
  }

  /** Newest first. */
  async list(): Promise<HistorySnapshotInfo[]> {
    const infos: HistorySnapshotInfo[] = [];
    for (const name of await this.names()) {
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -'.json'.length);
      const parsed = parseName(id);
      if (parsed) infos.push({ id, revision: parsed.revision, at: parsed.at.toISOString(), reason: HISTORY_REASONS[parsed.reason] });
    }
    return infos.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  /** The stored bytes of one snapshot; not_found for an unknown or malformed id. */
  async read(snapshotId: string): Promise<Uint8Array> {
    if (!parseName(snapshotId)) throw new AppError('not_found', { reason: 'snapshot.notFound', field: 'snapshotId' });
    try {
      return await fs.readFile(path.join(this.dir, `${snapshotId}.json`));
    } catch (error) {
      if (isMissingFile(error)) throw new AppError('not_found', { reason: 'snapshot.notFound', field: 'snapshotId' });
      throw error;
    }
  }

  /** Moves a command log into the history folder (it stays as the audit trail of that period). */
  async archiveLog(logFile: string, at: Date): Promise<void> {
    try {
      await moveDurably(logFile, path.join(this.dir, `${fileStamp(at)}_log.log`));
    } catch (error) {
      if (!isMissingFile(error)) throw error;
    }
  }

  private async names(): Promise<string[]> {
    try {
      return await fs.readdir(this.dir);
    } catch (error) {
      if (isMissingFile(error)) return [];
      throw error;
    }
  }

  /** Keeps the newest `keep` interval snapshots and the newest `keep` taken before risky steps. */
  private async prune(): Promise<void> {
    const all = await this.list();
    const interval = all.filter((s) => s.reason === HISTORY_REASONS.interval);
    const risky = all.filter((s) => s.reason !== HISTORY_REASONS.interval);
    const doomed = [...interval.slice(this.policy.keep), ...risky.slice(this.policy.keep)];
    for (const snapshot of doomed) await fs.rm(path.join(this.dir, `${snapshot.id}.json`), { force: true });
  }
}
