import { describe, expect, it } from 'vitest';
import { programBudgetTotal } from '../../../shared/logic/budget-totals';
import { migrateWorkshop } from '../../../shared/model/migrations';
import { splitPartnerList, type Workshop } from '../../../shared/model';
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
    programs: doc.programs.map(({ funding, partners, missionIds: _m, swotItemIds: _s, towsStrategyIds: _t, ...p }) => ({
      ...p,
      fundingSourceIds: funding.map((f) => f.sourceId),
      partners: partners.join(', '),
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

  it('does not change its input', () => {
    expect((v2.programs as { fundingSourceIds?: unknown }[])[0]?.fundingSourceIds).toBeDefined();
  });
});
