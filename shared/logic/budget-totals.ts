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
   * In the order of the workshop's funding sources, then "no source". A program that names
   * several sources has no known split, so its whole budget is counted under each of them:
   * these amounts can add up to more than `total` (by `sharedAmount` per extra source).
   */
  perFundingSource: FundingSourceTotal[];
  /** Budget of programs that name more than one funding source. */
  sharedAmount: number;
}

type ProgramBudget = Pick<Program, 'dimensionId' | 'budget' | 'fundingSourceIds'>;

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
  let sharedAmount = 0;

  for (const program of programs) {
    const amount = programBudgetTotal(program);
    total += amount;
    const dimension = perDimension.get(program.dimensionId) ?? { dimensionId: program.dimensionId, amount: 0, programCount: 0 };
    dimension.amount += amount;
    dimension.programCount += 1;
    perDimension.set(program.dimensionId, dimension);
    for (const line of program.budget) perYear.set(line.year, (perYear.get(line.year) ?? 0) + line.amount);

    const sources = [...new Set(program.fundingSourceIds)];
    if (sources.length > 1) sharedAmount += amount;
    for (const sourceId of sources.length > 0 ? sources : [null]) {
      const source = perSource.get(sourceId) ?? { fundingSourceId: sourceId, amount: 0, programCount: 0 };
      source.amount += amount;
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
    sharedAmount,
  };
};
