import { describe, expect, it } from 'vitest';
import { budgetTotals, fundingMismatch, fundingSplit, programBudgetTotal } from '../../../shared/logic/budget-totals';
import { formatRupiah } from '../../../shared/logic';
import { aProgram, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

const workshop = emptyWorkshop();

describe('indicative budget totals of the program matrix', () => {
  it('add up a program over its years', () => {
    const p = aProgram({ years: [2026, 2027], budget: [{ year: 2026, amount: 1_000_000_000 }, { year: 2027, amount: 250_000_000 }] });
    expect(programBudgetTotal(p)).toBe(1_250_000_000);
    expect(formatRupiah(programBudgetTotal(p))).toBe('Rp 1.250.000.000');
  });

  it('are zero for every dimension, in the dimension set order, when there are no programs yet', () => {
    const totals = budgetTotals([], workshop);
    expect(totals.total).toBe(0);
    expect(totals.perDimension.map((d) => d.dimensionId)).toEqual(workshop.dimensionSet.dimensions.map((d) => d.id));
    expect(totals.perDimension.every((d) => d.amount === 0 && d.programCount === 0)).toBe(true);
    expect(totals.perYear).toEqual([]);
  });

  it('are counted per dimension and per year', () => {
    const programs = [
      aProgram({ id: 'a', code: 'SG-SV-01', years: [2026, 2027], budget: [{ year: 2026, amount: 500_000_000 }, { year: 2027, amount: 300_000_000 }] }),
      aProgram({ id: 'b', code: 'SG-SV-02', years: [2027], budget: [{ year: 2027, amount: 200_000_000 }] }),
      aProgram({ id: 'c', code: 'SN-WS-01', dimensionId: 'smart-environment', elementId: 'environment-waste', years: [2028], budget: [{ year: 2028, amount: 750_000_000 }] }),
    ];
    const totals = budgetTotals(programs, workshop);
    expect(totals.total).toBe(1_750_000_000);
    expect(totals.perDimension.find((d) => d.dimensionId === 'smart-governance')).toEqual({ dimensionId: 'smart-governance', amount: 1_000_000_000, programCount: 2 });
    expect(totals.perDimension.find((d) => d.dimensionId === 'smart-environment')).toEqual({ dimensionId: 'smart-environment', amount: 750_000_000, programCount: 1 });
    expect(totals.perYear).toEqual([
      { year: 2026, amount: 500_000_000 },
      { year: 2027, amount: 500_000_000 },
      { year: 2028, amount: 750_000_000 },
    ]);
  });

  it('count a program without a funding source under "no source", after the named sources', () => {
    const totals = budgetTotals([aProgram({ budget: [{ year: 2026, amount: 100 }] })], workshop);
    const last = totals.perFundingSource.at(-1);
    expect(last).toEqual({ fundingSourceId: null, amount: 100, programCount: 1 });
    expect(totals.perFundingSource.slice(0, -1).map((s) => s.fundingSourceId)).toEqual(workshop.fundingSources.map((s) => s.id));
  });

  it('split a program between its sources as entered, the rest under the main source, adding up to the total', () => {
    const split = aProgram({ id: 'a', funding: [{ sourceId: 'apbd-kabkota', amount: 0 }, { sourceId: 'csr', amount: 200 }], budget: [{ year: 2026, amount: 600 }] });
    const single = aProgram({ id: 'b', code: 'SG-SV-02', funding: [{ sourceId: 'csr', amount: 0 }], budget: [{ year: 2026, amount: 400 }] });
    const totals = budgetTotals([split, single], workshop);
    const of = (id: string) => totals.perFundingSource.find((s) => s.fundingSourceId === id);
    expect(of('apbd-kabkota')).toMatchObject({ amount: 400, programCount: 1 });
    expect(of('csr')).toMatchObject({ amount: 600, programCount: 2 });
    expect(totals.total).toBe(1000);
    expect(totals.perFundingSource.reduce((sum, s) => sum + s.amount, 0)).toBe(1000);
    expect(totals.perFundingSource.some((s) => s.fundingSourceId === null)).toBe(false);
  });

  it('scale parts that add up to more than the budget down to it, in whole Rupiah', () => {
    const program = aProgram({ funding: [{ sourceId: 'apbd-kabkota', amount: 200 }, { sourceId: 'csr', amount: 100 }], budget: [{ year: 2026, amount: 100 }] });
    expect(fundingSplit(program)).toEqual([
      { sourceId: 'apbd-kabkota', amount: 67 },
      { sourceId: 'csr', amount: 33 },
    ]);
    expect(fundingMismatch(program)).toEqual({ entered: 300, budget: 100 });
    expect(fundingSplit(program, 10).reduce((sum, p) => sum + p.amount, 0)).toBe(10);
  });

  it('of the demo workshop match the sum of its budget lines', () => {
    const demo = demoWorkshop();
    const totals = budgetTotals(demo.programs, demo);
    const lines = demo.programs.flatMap((p) => p.budget).reduce((sum, b) => sum + b.amount, 0);
    expect(totals.total).toBe(lines);
    expect(totals.perYear.reduce((sum, y) => sum + y.amount, 0)).toBe(lines);
    expect(totals.perDimension.reduce((sum, d) => sum + d.amount, 0)).toBe(lines);
    expect(totals.perDimension.reduce((sum, d) => sum + d.programCount, 0)).toBe(demo.programs.length);
    expect(totals.perFundingSource.reduce((sum, s) => sum + s.amount, 0)).toBe(lines);
  });
});
