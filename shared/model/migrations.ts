import { AppError } from '../commands/command-error';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema, type Workshop } from './workshop';
import { defaultGroups } from './group';
import { splitPartnerList } from './program';
import { wordIssue } from '../i18n/validation';

/** Turns a stored document of version `n` into one of version `n + 1`. Pure; never mutates its input. */
export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;

/** Version 1 → 2 (the room): one FGD group per dimension ("Kelompok <dimension name>"), an empty room and inbox. */
const seedGroups: MigrationStep = (doc) => {
  const set = isRecord(doc.dimensionSet) ? doc.dimensionSet : {};
  const dimensions = Array.isArray(set.dimensions) ? set.dimensions.filter(isRecord) : [];
  const seeded = dimensions
    .filter((d): d is Record<string, unknown> & { id: string; nameId: string } => typeof d.id === 'string' && typeof d.nameId === 'string')
    .map((d) => ({ id: d.id, nameId: d.nameId }));
  return {
    ...doc,
    groups: Array.isArray(doc.groups) ? doc.groups : defaultGroups({ dimensions: seeded }),
    room: isRecord(doc.room) ? doc.room : { locks: [], done: [], shareAcrossGroups: false },
    proposals: Array.isArray(doc.proposals) ? doc.proposals : [],
  };
};

/**
 * Version 2 → 3 (the facts real regions bring): the region's record, the Bimtek record and attendance,
 * structured indicators, program links and funding split. New fields take their schema defaults;
 * fields whose shape changed are carried over here.
 */
const regionFacts: MigrationStep = (doc) => ({
  ...doc,
  programs: Array.isArray(doc.programs) ? doc.programs.map((p) => (isRecord(p) ? programToV3(p) : p)) : doc.programs,
});

const budgetSum = (budget: unknown): number =>
  Array.isArray(budget) ? budget.reduce<number>((sum, line) => sum + (isRecord(line) && typeof line.amount === 'number' ? line.amount : 0), 0) : 0;

/**
 * A version 2 program: its single list of funding sources becomes the funding split (one source
 * carries the whole budget; several keep their order, the first as main source, with the split
 * left to be entered), and the partners' text becomes a list.
 */
const programToV3 = (p: Record<string, unknown>): Record<string, unknown> => {
  const { fundingSourceIds, ...rest } = p;
  const ids = Array.isArray(fundingSourceIds) ? [...new Set(fundingSourceIds.filter((id): id is string => typeof id === 'string'))] : [];
  const funding = Array.isArray(p.funding) ? p.funding : ids.map((sourceId) => ({ sourceId, amount: ids.length === 1 ? budgetSum(p.budget) : 0 }));
  const partners = typeof p.partners === 'string' ? splitPartnerList(p.partners) : p.partners;
  return { ...rest, funding, ...(partners === undefined ? {} : { partners }) };
};

/** The steps from each old version to the next. */
export const WORKSHOP_MIGRATIONS: Readonly<Record<number, MigrationStep>> = { 1: seedGroups, 2: regionFacts };

export type MigratedDocument = { doc: Record<string, unknown>; fromVersion: number } | { newerVersion: number };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings a stored document up to `targetVersion` one step at a time.
 * A document from a newer version is left alone (the caller opens it read-only).
 * Throws AppError('damaged') when the document is not a versioned object or a step is missing.
 */
export const migrateDocument = (
  raw: unknown,
  steps: Readonly<Record<number, MigrationStep>>,
  targetVersion: number,
): MigratedDocument => {
  if (!isRecord(raw)) throw new AppError('damaged', { reason: 'document.notWorkshop' });
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new AppError('damaged', { reason: 'document.unknownVersion' });
  }
  if (version > targetVersion) return { newerVersion: version };
  let doc = raw;
  for (let v = version; v < targetVersion; v += 1) {
    const step = steps[v];
    if (!step) throw new AppError('damaged', { reason: 'document.noMigration', params: { from: String(v), to: String(v + 1) } });
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { doc, fromVersion: version };
};

/** Checks a (migrated) document against the current workshop schema; the reason names the first bad field. */
export const validateWorkshopDocument = (doc: unknown): Workshop => {
  const parsed = WorkshopSchema.safeParse(doc);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // The issue's code worded in Indonesian: the damaged-file reason is a text param of its own.
  const detail = issue ? wordIssue(issue, 'id') : 'isi tidak sesuai format';
  const path = issue ? issue.path.map(String).join('.') : '';
  throw new AppError('damaged', path ? { reason: 'document.invalidAt', params: { detail, path }, field: path } : { reason: 'document.invalid', params: { detail } });
};

/**
 * Reads any stored workshop: migrates it to CURRENT_SCHEMA_VERSION and validates it.
 * Returns `{ newerVersion }` for a file written by a newer version of the app.
 * Throws AppError('damaged', reason) for anything that is not a usable workshop.
 */
export const migrateWorkshop = (raw: unknown): { workshop: Workshop; migrated: boolean } | { newerVersion: number } => {
  const result = migrateDocument(raw, WORKSHOP_MIGRATIONS, CURRENT_SCHEMA_VERSION);
  if ('newerVersion' in result) return result;
  return { workshop: validateWorkshopDocument(result.doc), migrated: result.fromVersion < CURRENT_SCHEMA_VERSION };
};
