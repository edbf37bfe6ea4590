import { describe, expect, it } from 'vitest';
import { programBudgetTotal } from '../../../shared/logic/budget-totals';
import { migrateWorkshop } from '../../../shared/model/migrations';
import { formatIndicatorNumber, indicatorFromText, splitPartnerList, type Workshop } from '../../../shared/model';
import { demoWorkshop } from '../logic/workshop-fixtures';

/**
 * The demo workshop as version 2 of the app wrote it: one list of funding sources per program with no
 * split, partners as one text.
 */
const asVersion2 = (w: Workshop): Record<string, unknown> => {
  const doc = JSON.parse(JSON.stringify(w)) as Record<string, unknown> & Workshop;
  return {
    ...doc,
    schemaVersion: 2,
    quickWins: {
      ...doc.quickWins,
      candidates: doc.quickWins.candidates.map(({ sheet: { plan, problem: _p, ...sheet }, ...c }) => ({
        ...c,
        // Version 2 planned by month: each step in the first and last month of its quarter.
        sheet: { ...sheet, timeline: plan.flatMap((s) => [s.quarter * 3 - 2, s.quarter * 3].map((month, k) => ({ id: `${s.id}-${k}`, month, activity: s.activity }))) },
      })),
    },
    programs: doc.programs.map(({ funding, partners, missionIds: _m, swotItemIds: _s, towsStrategyIds: _t, indicators, ...p }) => ({
      ...p,
      fundingSourceIds: funding.map((f) => f.sourceId),
      partners: partners.join(', '),
      indicators: indicators.map(({ baselineYear: _y, ...i }) => ({ ...i, baseline: i.baseline === null ? '' : formatIndicatorNumber(i.baseline), targets: i.targets.map((t) => ({ year: t.year, value: `${formatIndicatorNumber(t.value)}` })) })),
    })),
    goals: doc.goals.map(({ indicator, ...g }) => ({
      ...g,
      indicator: indicator.name,
      unit: indicator.unit,
      baseline: indicator.baseline === null ? '' : formatIndicatorNumber(indicator.baseline),
      target: indicator.targets.length === 0 ? '' : formatIndicatorNumber(indicator.targets.at(-1)!.value),
    })),
  };
};

const migrated = (doc: Record<string, unknown>): Workshop => {
  const result = migrateWorkshop(doc);
  if (!('workshop' in result)) throw new Error('expected a workshop');
  expect(result.migrated).toBe(true);
  return result.workshop;
};

describe('a version 2 workshop opened as version 3', () => {
  const demo = demoWorkshop();
  const v2 = asVersion2(demo);
  const w = migrated(v2);

  it('keeps every program and its funding sources in order, the first as the main source', () => {
    expect(w.programs.map((p) => p.code)).toEqual(demo.programs.map((p) => p.code));
    for (const [i, p] of w.programs.entries()) expect(p.funding.map((f) => f.sourceId)).toEqual(demo.programs[i]?.funding.map((f) => f.sourceId));
    expect(w.programs.some((p) => 'fundingSourceIds' in p)).toBe(false);
  });

  it('gives a single source the whole budget and leaves a split of several to be entered', () => {
    for (const p of w.programs) {
      if (p.funding.length === 1) expect(p.funding[0]?.amount).toBe(programBudgetTotal(p));
      else expect(p.funding.every((f) => f.amount === 0)).toBe(true);
    }
    expect(w.programs.filter((p) => p.funding.length > 1).length).toBeGreaterThan(5);
  });

  it('splits the partners text into a list, keeping commas inside brackets', () => {
    for (const [i, p] of w.programs.entries()) expect(p.partners).toEqual(demo.programs[i]?.partners);
    expect(splitPartnerList('Universitas Brawijaya (FILKOM, FT); Telkom\nKomunitas, , media lokal')).toEqual(['Universitas Brawijaya (FILKOM, FT)', 'Telkom', 'Komunitas', 'media lokal']);
  });

  it('starts every program without links to missions, SWOT factors or TOWS strategies', () => {
    expect(w.programs.every((p) => p.missionIds.length === 0 && p.swotItemIds.length === 0 && p.towsStrategyIds.length === 0)).toBe(true);
  });

  it('turns every goal\'s indicator texts into numbers with its unit, the target at the plan\'s last year', () => {
    for (const [i, g] of w.goals.entries()) {
      const before = demo.goals[i]!.indicator;
      expect(g.indicator).toEqual({ name: before.name, unit: before.unit, baseline: before.baseline, baselineYear: null, targets: [{ year: 2031, value: before.targets.at(-1)!.value }] });
    }
  });

  it('turns program indicators\' baselines and targets into numbers, 1.500 read as one thousand five hundred', () => {
    for (const [i, p] of w.programs.entries()) {
      expect(p.indicators.map((x) => [x.name, x.unit, x.baseline, x.targets])).toEqual(demo.programs[i]!.indicators.map((x) => [x.name, x.unit, x.baseline, x.targets]));
    }
    expect(w.programs.flatMap((p) => p.indicators).some((x) => x.baseline === 1500)).toBe(true);
  });

  it('keeps a text that is not a number beside the indicator\'s name, losing no figure', () => {
    const doc = asVersion2(demo);
    const goals = doc.goals as Record<string, unknown>[];
    goals[0] = { ...goals[0], baseline: 'belum ada data', target: '4,5 (2030)', unit: '' };
    (doc.programs as { indicators: Record<string, unknown>[] }[])[0]!.indicators[0] = { id: 'x', name: 'Izin daring', unit: '%', baseline: '40%', targets: [{ year: 2024, value: 'naik dua kali' }, { year: 2025, value: '92,5' }] };
    const migratedDoc = migrated(doc);
    expect(migratedDoc.goals[0]?.indicator).toMatchObject({ name: `${demo.goals[0]!.indicator.name} (baseline: belum ada data)`, baseline: null, targets: [{ year: 2030, value: 4.5 }] });
    expect(migratedDoc.programs[0]?.indicators[0]).toMatchObject({ name: 'Izin daring (target 2024: naik dua kali)', unit: '%', baseline: 40, targets: [{ year: 2025, value: 92.5 }] });
    expect(indicatorFromText({ unit: '', baseline: '35% (2025)', target: '1.500 UMKM' }, 2031)).toEqual({ unit: '%', baseline: 35, baselineYear: 2025, targets: [{ year: 2031, value: 1500 }], leftover: [] });
  });

  it('turns a quick win\'s January–December timeline into its quarterly plan, each activity once per quarter', () => {
    for (const [i, c] of w.quickWins.candidates.entries()) {
      const before = demo.quickWins.candidates[i]!;
      expect(c.sheet.plan.map((s) => [s.quarter, s.activity, s.opdId, s.deliverable])).toEqual(before.sheet.plan.map((s) => [s.quarter, s.activity, null, '']));
      expect(c.sheet.problem).toBe('');
      expect('timeline' in c.sheet).toBe(false);
    }
    const doc = asVersion2(demo);
    const candidates = (doc.quickWins as { candidates: { sheet: Record<string, unknown> }[] }).candidates;
    candidates[0]!.sheet = { ...candidates[0]!.sheet, timeline: [1, 2, 3, 4, 12].map((month) => ({ id: `m${month}`, month, activity: 'Sosialisasi' })) };
    expect(migrated(doc).quickWins.candidates[0]?.sheet.plan.map((s) => [s.id, s.quarter])).toEqual([['m1', 1], ['m4', 2], ['m12', 4]]);
  });

  it('does not change its input', () => {
    expect((v2.programs as { fundingSourceIds?: unknown }[])[0]?.fundingSourceIds).toBeDefined();
  });
});
