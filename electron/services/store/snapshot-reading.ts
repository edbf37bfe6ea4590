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
    throw error;
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
    throw error;
  }
};

export const readSnapshotFile = async (file: string, id: string): Promise<SnapshotReading> => {
  const bytes = await readIfExists(file);
  return bytes === null ? { kind: 'missing' } : readSnapshotBytes(bytes, id);
};
