import type { DimensionSet, Horizon, Opd, PlanHorizon, Program } from '../model';
import { programBudgetTotal } from './budget-totals';
import { programHorizon } from './roadmap-buckets';

/** What the facilitator narrows the matriks program to; null means "all". */
export interface ProgramFilter {
  dimensionId: string | null;
  elementId: string | null;
  /** Matches the lead OPD or any supporting OPD. */
  opdId: string | null;
  horizon: Horizon | null;
  /** `{ sourceId: null }` finds programs that name no funding source yet. */
  funding: { sourceId: string | null } | null;
  quickWin: boolean | null;
  /** Words that must all appear in the code, name, acronym or description. */
  text: string;
}

export const NO_PROGRAM_FILTER: ProgramFilter = { dimensionId: null, elementId: null, opdId: null, horizon: null, funding: null, quickWin: null, text: '' };

export const isProgramFilterActive = (f: ProgramFilter): boolean =>
  f.dimensionId !== null || f.elementId !== null || f.opdId !== null || f.horizon !== null || f.funding !== null || f.quickWin !== null || f.text.trim() !== '';

/** Lower case without accents, so "kesehatan" finds "Kesehatan" and "e" finds "é". */
export const searchable = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

// Programs are immutable values: an edit makes a new object, so a cache by identity never goes stale.
const searchTextCache = new WeakMap<Program, string>();
const searchTextOf = (p: Program): string => {
  let text = searchTextCache.get(p);
  if (text === undefined) {
    text = searchable([p.code, p.name, p.acronym, p.description].join('\n'));
    searchTextCache.set(p, text);
  }
  return text;
};

const matchesFunding = (p: Program, funding: NonNullable<ProgramFilter['funding']>): boolean =>
  funding.sourceId === null ? p.funding.length === 0 : p.funding.some((f) => f.sourceId === funding.sourceId);

/** The programs that pass every part of the filter, in their original order. */
export const filterPrograms = (programs: readonly Program[], filter: ProgramFilter, plan: PlanHorizon): Program[] => {
  const words = searchable(filter.text).split(/\s+/).filter(Boolean);
  return programs.filter(
    (p) =>
      (filter.dimensionId === null || p.dimensionId === filter.dimensionId) &&
      (filter.elementId === null || p.elementId === filter.elementId) &&
      (filter.opdId === null || p.leadOpdId === filter.opdId || p.supportingOpdIds.includes(filter.opdId)) &&
      (filter.horizon === null || programHorizon(p, plan) === filter.horizon) &&
      (filter.funding === null || matchesFunding(p, filter.funding)) &&
      (filter.quickWin === null || p.quickWin === filter.quickWin) &&
      (words.length === 0 || words.every((word) => searchTextOf(p).includes(word))),
  );
};

export const PROGRAM_SORT_KEYS = ['dimension', 'code', 'name', 'leadOpd', 'horizon', 'budget', 'quickWin', 'progress'] as const;
export type ProgramSortKey = (typeof PROGRAM_SORT_KEYS)[number];
export interface ProgramSort {
  key: ProgramSortKey;
  direction: 'asc' | 'desc';
}

/** The matrix order: dimension, then element, as in the dimension set, then code. */
export const MATRIX_ORDER: ProgramSort = { key: 'dimension', direction: 'asc' };

export interface SortContext {
  dimensionSet: Pick<DimensionSet, 'dimensions'>;
  opds: readonly Pick<Opd, 'id' | 'abbreviation'>[];
  horizon: PlanHorizon;
}

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
const HORIZON_RANK: Record<Horizon, number> = { pendek: 0, menengah: 1, panjang: 2 };

type Compare = (a: Program, b: Program) => number;

const comparators = (context: SortContext): Record<ProgramSortKey, Compare> => {
  const elementRank = new Map<string, number>();
  context.dimensionSet.dimensions.forEach((d, di) => d.elements.forEach((e, ei) => elementRank.set(e.id, di * 1000 + ei)));
  const dimensionRank = new Map(context.dimensionSet.dimensions.map((d, i) => [d.id, i * 1000 + 999]));
  const rankOf = (p: Program) => elementRank.get(p.elementId) ?? dimensionRank.get(p.dimensionId) ?? Number.MAX_SAFE_INTEGER;
  const opdName = new Map(context.opds.map((o) => [o.id, o.abbreviation]));
  // Programs without a lead OPD sort after every OPD (ascending).
  const leadOf = (p: Program) => (p.leadOpdId === null ? '\uffff' : (opdName.get(p.leadOpdId) ?? p.leadOpdId));
  const firstYear = (p: Program) => (p.years.length === 0 ? Number.MAX_SAFE_INTEGER : Math.min(...p.years));
  const byCode: Compare = (a, b) => collator.compare(a.code, b.code);
  return {
    dimension: (a, b) => rankOf(a) - rankOf(b) || byCode(a, b),
    code: byCode,
    name: (a, b) => collator.compare(a.name, b.name),
    leadOpd: (a, b) => collator.compare(leadOf(a), leadOf(b)),
    horizon: (a, b) => HORIZON_RANK[programHorizon(a, context.horizon)] - HORIZON_RANK[programHorizon(b, context.horizon)] || firstYear(a) - firstYear(b),
    budget: (a, b) => programBudgetTotal(a) - programBudgetTotal(b),
    quickWin: (a, b) => Number(b.quickWin) - Number(a.quickWin),
    progress: (a, b) => a.progress - b.progress,
  };
};

/** A sorted copy; ties keep the matrix order so the table does not jump around. */
export const sortPrograms = (programs: readonly Program[], sort: ProgramSort, context: SortContext): Program[] => {
  const compare = comparators(context);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...programs].sort((a, b) => sign * compare[sort.key](a, b) || compare.dimension(a, b));
};
