import { budgetTotals, type BudgetTotals } from '../logic/budget-totals';
import { planYears, type Program, type Workshop } from '../model';
import { column, type CellValue, type SheetTable, type WorkbookSheet } from './model';

const NO_SOURCE = 'Belum ditentukan';

/** The programs as if they had only their budget lines of one year, so the shared totals give that year's split. */
const onlyYear = (programs: readonly Program[], year: number): Program[] => programs.map((p) => ({ ...p, budget: p.budget.filter((line) => line.year === year) }));

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const sharedNote = (totals: BudgetTotals): string[] =>
  totals.sharedAmount > 0
    ? [
        'Program dengan lebih dari satu sumber pendanaan belum memiliki pembagian, sehingga seluruh anggarannya dihitung pada setiap sumbernya; jumlah per sumber dapat melebihi total anggaran.',
      ]
    : [];

/** "Anggaran": indicative budgets per year by dimension and by funding source, and the totals per dimension and per source (reference §5 fields 18–19). */
export const budgetSheet = (w: Workshop): WorkbookSheet => {
  const reference = { dimensionSet: w.dimensionSet, fundingSources: w.fundingSources };
  const all = budgetTotals(w.programs, reference);
  const years = [...new Set([...planYears(w.horizon), ...all.perYear.map((y) => y.year)])].sort((a, b) => a - b);
  const perYear = years.map((year) => ({ year, totals: budgetTotals(onlyYear(w.programs, year), reference) }));
  const dimensionName = (id: string) => w.dimensionSet.dimensions.find((d) => d.id === id)?.nameId ?? id;
  const sourceName = (id: string | null) => (id === null ? NO_SOURCE : (w.fundingSources.find((s) => s.id === id)?.name ?? id));
  const sourceIds = all.perFundingSource.map((s) => s.fundingSourceId);

  const byDimensionAndYear: SheetTable = {
    title: 'Anggaran per tahun dan dimensi (Rp)',
    columns: [column('Tahun', 10, 'year'), ...all.perDimension.map((d) => column(dimensionName(d.dimensionId), 18, 'rupiah')), column('Total', 19, 'rupiah')],
    rows: perYear.map(({ year, totals }) => [year, ...totals.perDimension.map((d) => d.amount), totals.total]),
    totals: ['Total', ...all.perDimension.map((d) => d.amount), all.total],
  };

  const sourceAmount = (totals: BudgetTotals, id: string | null): number => totals.perFundingSource.find((s) => s.fundingSourceId === id)?.amount ?? 0;
  const bySourceAndYear: SheetTable = {
    title: 'Anggaran per tahun dan sumber pendanaan (Rp)',
    columns: [column('Tahun', 10, 'year'), ...sourceIds.map((id) => column(sourceName(id), 18, 'rupiah'))],
    rows: perYear.map(({ year, totals }): CellValue[] => [year, ...sourceIds.map((id) => sourceAmount(totals, id))]),
    totals: ['Total', ...sourceIds.map((id) => sum(perYear.map(({ totals }) => sourceAmount(totals, id))))],
    notes: sharedNote(all),
  };

  const byDimension: SheetTable = {
    title: 'Ringkasan per dimensi',
    columns: [column('Dimensi', 20), column('Jumlah program', 18, 'integer'), column('Total anggaran (Rp)', 18, 'rupiah')],
    rows: all.perDimension.map((d) => [dimensionName(d.dimensionId), d.programCount, d.amount]),
    totals: ['Total', all.programCount, all.total],
  };

  const bySource: SheetTable = {
    title: 'Ringkasan per sumber pendanaan',
    columns: [column('Sumber pendanaan', 34, 'wrap'), column('Jumlah program', 18, 'integer'), column('Total anggaran (Rp)', 18, 'rupiah')],
    rows: all.perFundingSource.map((s) => [sourceName(s.fundingSourceId), s.programCount, s.amount]),
    notes: sharedNote(all),
  };

  return { name: 'Anggaran', filter: false, tables: [byDimensionAndYear, bySourceAndYear, byDimension, bySource] };
};
