import { AppError } from '../../../shared/commands';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema, summarizeWorkshop, type Workshop, type WorkshopSummary } from '../../../shared/model';
import { migrateWorkshop } from '../../../shared/model/migrations';
import { readIfExists } from './durable-fs';
import { UnreadableJsonError, parseJsonBytes } from './durable-json-adapter';

/** What a stored workshop file turned out to be. */
export type SnapshotReading =
  | { kind: 'missing' }
  | { kind: 'damaged'; reason: string }
  /** Written by a newer app: shown read-only if this version can still make sense of it. */
  | { kind: 'newer'; version: number; viewable: Workshop | null; summary: WorkshopSummary }
  | { kind: 'ok'; workshop: Workshop; migrated: boolean; bytes: Uint8Array };

const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** A best-effort line for the home screen from a file in a format we do not know. */
const lenientSummary = (raw: Record<string, unknown>, fallbackId: string): WorkshopSummary => {
  const region = typeof raw.region === 'object' && raw.region !== null ? (raw.region as Record<string, unknown>) : {};
  const revision = raw.revision;
  return {
    id: fallbackId,
    title: text(raw.title, fallbackId),
    regionName: text(region.name, ''),
    regionKind: region.kind === 'kota' ? 'kota' : 'kabupaten',
    revision: typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? revision : 0,
    updatedAt: text(raw.updatedAt, ''),
    programCount: Array.isArray(raw.programs) ? raw.programs.length : 0,
    status: 'read-only',
  };
};

/** Classifies the bytes of a workshop file: parse → migrate → validate. */
export const readSnapshotBytes = (bytes: Uint8Array, id: string): Exclude<SnapshotReading, { kind: 'missing' }> => {
  let raw: unknown;
  try {
    raw = parseJsonBytes(bytes);
  } catch (error) {
    if (error instanceof UnreadableJsonError) return { kind: 'damaged', reason: error.reason };
    return { kind: 'damaged', reason: unreadableReason(error) };
  }
  try {
    const result = migrateWorkshop(raw);
    if ('newerVersion' in result) {
      const record = raw as Record<string, unknown>;
      const projected = WorkshopSchema.safeParse({ ...record, schemaVersion: CURRENT_SCHEMA_VERSION });
      const viewable = projected.success ? { ...projected.data, id } : null;
      const summary = viewable ? summarizeWorkshop(viewable, 'read-only') : lenientSummary(record, id);
      return { kind: 'newer', version: result.newerVersion, viewable, summary };
    }
    // A file copied in under another name (a copy from another laptop) is that workshop under the name it has here.
    const workshop = result.workshop.id === id ? result.workshop : { ...result.workshop, id };
    return { kind: 'ok', workshop, migrated: result.migrated, bytes };
  } catch (error) {
    if (error instanceof AppError && error.code === 'damaged') return { kind: 'damaged', reason: error.message };
    // Anything else a pathological file makes validation or a migration throw (a RangeError from nesting
    // too deep, a TypeError in a migration) is damage of this one file too, never a failure of the app.
    return { kind: 'damaged', reason: unreadableReason(error) };
  }
};

/** Plain words for an unexpected failure while reading one workshop file. */
export const unreadableReason = (error: unknown): string => {
  if (error instanceof RangeError) return 'Isi berkas terlalu dalam bersarang atau terlalu besar untuk dibaca aplikasi ini.';
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : null;
  if (code === 'EISDIR') return 'Di tempat berkas lokakarya terdapat folder, bukan berkas.';
  if (code) return `Berkas tidak dapat dibaca (${code}).`;
  return 'Isi berkas tidak dapat dibaca oleh versi aplikasi ini.';
};

/** Errors of the moment (too many open files, a busy disk): reported and retried, never taken for damage. */
export const isTransientFsError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && ['EMFILE', 'ENFILE', 'EAGAIN', 'EBUSY', 'ENOMEM', 'EINTR'].includes(String((error as { code: unknown }).code));

export const readSnapshotFile = async (file: string, id: string): Promise<SnapshotReading> => {
  let bytes: Buffer | null;
  try {
    bytes = await readIfExists(file);
  } catch (error) {
    if (isTransientFsError(error)) throw error;
    return { kind: 'damaged', reason: unreadableReason(error) };
  }
  return bytes === null ? { kind: 'missing' } : readSnapshotBytes(bytes, id);
};
