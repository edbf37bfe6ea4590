import { AppError } from '../commands/command-error';
import { CURRENT_SCHEMA_VERSION, WorkshopSchema, type Workshop } from './workshop';
import { defaultGroups } from './group';
import { splitPartnerList } from './program';
import { indicatorFromText, parseIndicatorNumber } from './indicator';
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
const regionFacts: MigrationStep = (doc) => {
  const targetYear = planEnd(doc.horizon);
  return {
    ...doc,
    programs: Array.isArray(doc.programs) ? doc.programs.map((p) => (isRecord(p) ? programToV3(p) : p)) : doc.programs,
    goals: Array.isArray(doc.goals) ? doc.goals.map((g) => (isRecord(g) ? goalToV3(g, targetYear) : g)) : doc.goals,
    quickWins: isRecord(doc.quickWins) && Array.isArray(doc.quickWins.candidates) ? { ...doc.quickWins, candidates: doc.quickWins.candidates.map((c) => (isRecord(c) ? candidateToV3(c) : c)) } : doc.quickWins,
  };
};

/**
 * A version 2 quick-win sheet: its January–December timeline becomes the quarterly plan, each
 * activity once per quarter it ran in (months 1–3 are Triwulan I …), in the order first planned.
 */
const candidateToV3 = (c: Record<string, unknown>): Record<string, unknown> => {
  if (!isRecord(c.sheet) || !Array.isArray(c.sheet.timeline)) return c;
  const { timeline, ...sheet } = c.sheet;
  const plan: Record<string, unknown>[] = [];
  for (const entry of timeline.filter(isRecord)) {
    const month = typeof entry.month === 'number' ? entry.month : 1;
    const quarter = Math.min(4, Math.max(1, Math.ceil(month / 3)));
    const activity = text(entry.activity);
    if (plan.some((s) => s.quarter === quarter && text(s.activity).trim().toLowerCase() === activity.trim().toLowerCase())) continue;
    plan.push({ id: entry.id, quarter, activity, opdId: null, deliverable: '' });
  }
  return { ...c, sheet: { ...sheet, plan } };
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The plan's last year: where a version 2 goal's single target belongs. */
const planEnd = (horizon: unknown): number => {
  const h = isRecord(horizon) ? horizon : {};
  const start = typeof h.startYear === 'number' ? h.startYear : new Date().getFullYear();
  const years = typeof h.years === 'number' ? h.years : 5;
  return start + years - 1;
};

/** The indicator's name with what could not be read as numbers kept beside it: "Jumlah desa (baseline: belum ada data)". */
const nameWith = (name: string, leftover: readonly string[]): string => (leftover.length === 0 ? name : `${name} (${leftover.join('; ')})`.trim());

/**
 * A version 2 goal: its indicator, unit, baseline and target texts become one structured indicator;
 * the target counts for the plan's last year; a text that is not a number stays in the name.
 */
const goalToV3 = (g: Record<string, unknown>, targetYear: number): Record<string, unknown> => {
  if (isRecord(g.indicator)) return g;
  const { indicator, unit, baseline, target, ...rest } = g;
  const read = indicatorFromText({ unit: text(unit), baseline: text(baseline), target: text(target) }, targetYear);
  return { ...rest, indicator: { name: nameWith(text(indicator), read.leftover), unit: read.unit, baseline: read.baseline, baselineYear: read.baselineYear, targets: read.targets } };
};

/** A version 2 program indicator: its baseline and per-year target texts become numbers where they are numbers. */
const programIndicatorToV3 = (i: Record<string, unknown>): Record<string, unknown> => {
  const targets = Array.isArray(i.targets) ? i.targets.filter(isRecord) : [];
  if (typeof i.baseline !== 'string' && targets.every((t) => typeof t.value !== 'string')) return i;
  const read = indicatorFromText({ unit: text(i.unit), baseline: text(i.baseline), target: '' }, 0);
  const leftover = [...read.leftover];
  const numeric = targets.flatMap((t) => {
    const year = typeof t.year === 'number' ? t.year : null;
    const raw = typeof t.value === 'number' ? String(t.value) : text(t.value).trim();
    if (year === null || raw === '') return [];
    const value = typeof t.value === 'number' ? t.value : parseIndicatorNumber(raw.replace(new RegExp(`\\s*${escapeRegExp(read.unit)}$`), ''));
    if (value === null) {
      leftover.push(`target ${year}: ${raw}`);
      return [];
    }
    return [{ year, value }];
  });
  return { ...i, name: nameWith(text(i.name), leftover), unit: read.unit, baseline: read.baseline, baselineYear: read.baselineYear, targets: numeric };
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  const indicators = Array.isArray(p.indicators) ? p.indicators.map((i) => (isRecord(i) ? programIndicatorToV3(i) : i)) : p.indicators;
  return { ...rest, funding, ...(partners === undefined ? {} : { partners }), ...(indicators === undefined ? {} : { indicators }) };
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
