import { describe, expect, it } from 'vitest';
import { bucketOfYear, bucketRanges, derivedHorizon, programHorizon, roadmapBuckets, rpjmdHorizonWarning } from '../../../shared/logic';
import type { PlanHorizon } from '../../../shared/model';
import { aProgram, demoWorkshop } from './workshop-fixtures';

const fiveYears: PlanHorizon = { startYear: 2026, years: 5 };
const tenYears: PlanHorizon = { startYear: 2026, years: 10 };

describe('the roadmap buckets', () => {
  it('put the first plan year in the short term, up to year 5 in the medium term, and beyond in the long term', () => {
    expect([2026, 2027, 2030, 2031, 2035].map((y) => bucketOfYear(y, tenYears))).toEqual(['pendek', 'menengah', 'menengah', 'panjang', 'panjang']);
  });

  it('cover a 5-year plan with short and medium terms only', () => {
    expect(bucketRanges(fiveYears)).toEqual([
      { bucket: 'pendek', startYear: 2026, endYear: 2026 },
      { bucket: 'menengah', startYear: 2027, endYear: 2030 },
    ]);
  });

  it('cover a 10-year plan like Bontang’s 2020 · 2021–2024 · 2025–2029', () => {
    expect(bucketRanges({ startYear: 2020, years: 10 })).toEqual([
      { bucket: 'pendek', startYear: 2020, endYear: 2020 },
      { bucket: 'menengah', startYear: 2021, endYear: 2024 },
      { bucket: 'panjang', startYear: 2025, endYear: 2029 },
    ]);
  });
});

describe('a program’s horizon', () => {
  it('follows its last year', () => {
    expect(derivedHorizon({ years: [2026] }, tenYears)).toBe('pendek');
    expect(derivedHorizon({ years: [2026, 2027, 2028] }, tenYears)).toBe('menengah');
    expect(derivedHorizon({ years: [2027, 2033] }, tenYears)).toBe('panjang');
  });

  it('falls back to the facilitator’s choice while the program has no years', () => {
    expect(derivedHorizon({ years: [] }, tenYears)).toBeNull();
    expect(programHorizon(aProgram({ years: [], horizon: 'panjang' }), tenYears)).toBe('panjang');
    expect(programHorizon(aProgram({ years: [2026], horizon: 'panjang' }), tenYears)).toBe('pendek');
  });

  it('sorts the demo’s programs into all three buckets, keeping their order', () => {
    const demo = demoWorkshop();
    const buckets = roadmapBuckets(demo.programs, demo.horizon);
    expect(buckets.pendek.map((p) => p.code)).toEqual(['SG-PL-02']);
    expect(buckets.panjang.map((p) => p.code)).toEqual(['SG-BR-02', 'SB-TR-02', 'SB-CA-01', 'SE-WF-02', 'SS-LR-01', 'SN-PR-01', 'SN-EN-01']);
    expect(buckets.pendek.length + buckets.menengah.length + buckets.panjang.length).toBe(demo.programs.length);
  });
});

describe('the RPJMD reminder', () => {
  it('is silent when the plan ends with the RPJMD or there is no RPJMD yet', () => {
    expect(rpjmdHorizonWarning({ rpjmdPeriod: { startYear: 2025, endYear: 2030 } }, fiveYears)).toBeNull();
    expect(rpjmdHorizonWarning({ rpjmdPeriod: null }, fiveYears)).toBeNull();
  });

  it('speaks when the plan ends in another year', () => {
    expect(rpjmdHorizonWarning({ rpjmdPeriod: { startYear: 2021, endYear: 2026 } }, { startYear: 2022, years: 10 })).toBe(
      'Akhir rencana (2031) tidak sama dengan akhir periode RPJMD (2026); pastikan program diselaraskan dengan RPJMD berikutnya.',
    );
  });
});
