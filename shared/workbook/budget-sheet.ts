import { budgetTotals, fundingSplit } from '../logic/budget-totals';
import { planYears, type Program, type Workshop } from '../model';
import { column, type CellValue, type SheetTable, type WorkbookSheet } from './model';

const NO_SOURCE = 'Belum ditentukan';

/** The programs as if they had only their budget lines of one year, so the shared totals give that year's split per dimension. */
const onlyYear = (programs: readonly Program[], year: number): Program[] => programs.map((p) => ({ ...p, budget: p.budget.filter((line) => line.year === year) }));

/** One year's budget of the programs per funding source, each program's year split as its whole budget is. */
const yearPerSource = (programs: readonly Program[], year: number): Map<string | null, number> => {
  const out = new Map<string | null, number>();
  for (const p of programs) {
    const inYear = p.budget.filter((line) => line.year === year).reduce((a, line) => a + line.amount, 0);
    for (const part of fundingSplit(p, inYear)) out.set(part.sourceId, (out.get(part.sourceId) ?? 0) + part.amount);
  }
  return out;
};

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const SPLIT_NOTE = ['Anggaran program dengan beberapa sumber dibagi menurut jumlah yang diisi per sumber; sisanya dihitung pada sumber utama.'];

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

  const perYearSource = years.map((year) => yearPerSource(w.programs, year));
  const bySourceAndYear: SheetTable = {
    title: 'Anggaran per tahun dan sumber pendanaan (Rp)',
    columns: [column('Tahun', 10, 'year'), ...sourceIds.map((id) => column(sourceName(id), 18, 'rupiah')), column('Total', 19, 'rupiah')],
    rows: years.map((year, i): CellValue[] => [year, ...sourceIds.map((id) => perYearSource[i]?.get(id) ?? 0), sum([...(perYearSource[i]?.values() ?? [])])]),
    totals: ['Total', ...sourceIds.map((id) => sum(perYearSource.map((m) => m.get(id) ?? 0))), all.total],
    notes: SPLIT_NOTE,
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
    totals: ['Total', all.programCount, all.total],
    notes: SPLIT_NOTE,
  };

  return { name: 'Anggaran', filter: false, tables: [byDimensionAndYear, bySourceAndYear, byDimension, bySource] };
};
