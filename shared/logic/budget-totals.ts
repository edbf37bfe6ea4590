import type { DimensionSet, FundingSource, Program } from '../model';

/** A program's indicative budget over all its years, in whole Rupiah. */
export const programBudgetTotal = (program: Pick<Program, 'budget'>): number => program.budget.reduce((sum, line) => sum + line.amount, 0);

export interface DimensionTotal {
  dimensionId: string;
  amount: number;
  programCount: number;
}

export interface YearTotal {
  year: number;
  amount: number;
}

export interface FundingSourceTotal {
  /** Null: programs that name no funding source yet. */
  fundingSourceId: string | null;
  amount: number;
  programCount: number;
}

export interface BudgetTotals {
  /** Every program's budget counted once. */
  total: number;
  programCount: number;
  /** In the order of the workshop's dimension set; a dimension without programs shows 0. */
  perDimension: DimensionTotal[];
  /** Every year that has a budget line, ascending. */
  perYear: YearTotal[];
  /**
   * In the order of the workshop's funding sources, then "no source": each program's budget split
   * between its sources (see fundingSplit), so these amounts add up to `total`. A program counts
   * under every source that carries part of it.
   */
  perFundingSource: FundingSourceTotal[];
}

type ProgramBudget = Pick<Program, 'dimensionId' | 'budget' | 'funding'>;

/** Whole-Rupiah parts of `amount` in proportion to `weights` (largest remainder), adding up to `amount` exactly. */
const apportion = (amount: number, weights: readonly number[]): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? amount : 0));
  const exact = weights.map((w) => (amount * w) / sum);
  const parts = exact.map(Math.floor);
  let left = amount - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
};

export interface FundingPart {
  /** Null: the program names no source yet. */
  sourceId: string | null;
  amount: number;
}

/**
 * How a program's budget (or `part` of it, e.g. one year's line) is split between its sources.
 * The amounts entered are the split; whatever they leave of the budget is carried by the main
 * (first) source; amounts that add up to more than the budget are scaled down to it. The parts
 * always add up to the budget (or to `part`), in whole Rupiah.
 */
export const fundingSplit = (program: Pick<Program, 'budget' | 'funding'>, part?: number): FundingPart[] => {
  const total = programBudgetTotal(program);
  const amount = part ?? total;
  if (program.funding.length === 0) return [{ sourceId: null, amount }];
  const entered = program.funding.map((f) => f.amount);
  const sum = entered.reduce((a, b) => a + b, 0);
  const weights = sum <= total ? entered.map((a, i) => (i === 0 ? a + total - sum : a)) : entered;
  return apportion(amount, weights).map((share, i) => ({ sourceId: program.funding[i]?.sourceId ?? null, amount: share }));
};

/** The split of a program with several sources differs from its budget: the amounts entered add up to more, or to less while some are entered. */
export const fundingMismatch = (program: Pick<Program, 'budget' | 'funding'>): { entered: number; budget: number } | null => {
  if (program.funding.length < 2) return null;
  const entered = program.funding.reduce((a, f) => a + f.amount, 0);
  const budget = programBudgetTotal(program);
  return entered === 0 || entered === budget ? null : { entered, budget };
};

/**
 * Indicative budget totals of the matriks program per dimension, per year and per funding
 * source (reference §5 fields 18–19), for whatever programs are passed (all, or a filtered view).
 */
export const budgetTotals = (
  programs: readonly ProgramBudget[],
  reference: { dimensionSet: Pick<DimensionSet, 'dimensions'>; fundingSources: readonly Pick<FundingSource, 'id'>[] },
): BudgetTotals => {
  const perDimension = new Map<string, DimensionTotal>(reference.dimensionSet.dimensions.map((d) => [d.id, { dimensionId: d.id, amount: 0, programCount: 0 }]));
  const perYear = new Map<number, number>();
  const perSource = new Map<string | null, FundingSourceTotal>(reference.fundingSources.map((s) => [s.id, { fundingSourceId: s.id, amount: 0, programCount: 0 }]));
  let total = 0;

  for (const program of programs) {
    const amount = programBudgetTotal(program);
    total += amount;
    const dimension = perDimension.get(program.dimensionId) ?? { dimensionId: program.dimensionId, amount: 0, programCount: 0 };
    dimension.amount += amount;
    dimension.programCount += 1;
    perDimension.set(program.dimensionId, dimension);
    for (const line of program.budget) perYear.set(line.year, (perYear.get(line.year) ?? 0) + line.amount);

    for (const { sourceId, amount: share } of fundingSplit(program, amount)) {
      const source = perSource.get(sourceId) ?? { fundingSourceId: sourceId, amount: 0, programCount: 0 };
      source.amount += share;
      source.programCount += 1;
      perSource.set(sourceId, source);
    }
  }

  const unassigned = perSource.get(null);
  perSource.delete(null);
  return {
    total,
    programCount: programs.length,
    perDimension: [...perDimension.values()],
    perYear: [...perYear.entries()].sort(([a], [b]) => a - b).map(([year, amount]) => ({ year, amount })),
    perFundingSource: unassigned ? [...perSource.values(), unassigned] : [...perSource.values()],
  };
};
