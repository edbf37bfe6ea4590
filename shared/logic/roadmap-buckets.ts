import { planEndYear, type Horizon, type PlanHorizon, type Program, type RegionProfile } from '../model';

/** Years after the start year that still count as medium term: year 1 is short, years 2–5 medium, beyond long. */
const MEDIUM_TERM_LAST_OFFSET = 4;

/** Short = the first plan year (the quick-win year), medium = up to year 5, long = beyond (reference §7). */
export const bucketOfYear = (year: number, horizon: PlanHorizon): Horizon => {
  if (year <= horizon.startYear) return 'pendek';
  if (year <= horizon.startYear + MEDIUM_TERM_LAST_OFFSET) return 'menengah';
  return 'panjang';
};

export interface BucketRange {
  bucket: Horizon;
  startYear: number;
  endYear: number;
}

/** The year range of each bucket inside the plan, e.g. 2022 · 2023–2026 · 2027–2031; a 5-year plan has no long term. */
export const bucketRanges = (horizon: PlanHorizon): BucketRange[] => {
  const end = planEndYear(horizon);
  const mediumEnd = Math.min(end, horizon.startYear + MEDIUM_TERM_LAST_OFFSET);
  const ranges: BucketRange[] = [{ bucket: 'pendek', startYear: horizon.startYear, endYear: horizon.startYear }];
  if (mediumEnd > horizon.startYear) ranges.push({ bucket: 'menengah', startYear: horizon.startYear + 1, endYear: mediumEnd });
  if (end > mediumEnd) ranges.push({ bucket: 'panjang', startYear: mediumEnd + 1, endYear: end });
  return ranges;
};

/**
 * A program's horizon derived from its years: the bucket of its last year, so a program
 * running 2022–2026 is medium term. Null when it has no years yet.
 */
export const derivedHorizon = (program: Pick<Program, 'years'>, horizon: PlanHorizon): Horizon | null => {
  if (program.years.length === 0) return null;
  return bucketOfYear(Math.max(...program.years), horizon);
};

/** The horizon to show: derived from the years when there are any, else what the facilitator picked. */
export const programHorizon = (program: Pick<Program, 'years' | 'horizon'>, horizon: PlanHorizon): Horizon =>
  derivedHorizon(program, horizon) ?? program.horizon;

export type RoadmapBuckets<T> = Record<Horizon, T[]>;

/** Programs sorted into the three buckets, keeping their order. */
export const roadmapBuckets = <T extends Pick<Program, 'years' | 'horizon'>>(programs: readonly T[], horizon: PlanHorizon): RoadmapBuckets<T> => {
  const buckets: RoadmapBuckets<T> = { pendek: [], menengah: [], panjang: [] };
  for (const p of programs) buckets[programHorizon(p, horizon)].push(p);
  return buckets;
};

/** A reminder (not a rule) when the plan does not end with the RPJMD period (reference §7). */
export const rpjmdHorizonWarning = (region: Pick<RegionProfile, 'rpjmdPeriod'>, horizon: PlanHorizon): string | null => {
  const period = region.rpjmdPeriod;
  if (!period) return null;
  const end = planEndYear(horizon);
  if (end === period.endYear) return null;
  return `Akhir rencana (${end}) tidak sama dengan akhir periode RPJMD (${period.endYear}); pastikan program diselaraskan dengan RPJMD berikutnya.`;
};
