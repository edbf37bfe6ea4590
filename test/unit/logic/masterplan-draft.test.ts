import { describe, expect, it } from 'vitest';
import { buildDemoWorkshop } from '../../../electron/services/reference';
import { draftByDefault, finalisationComplete, finalisationMissing } from '../../../shared/logic/masterplan-draft';
import type { Workshop } from '../../../shared/model';

/** The demo with Tahap IV finished: every commitment line signed by a named official, every chapter reviewed, every section final. */
const signedOff = (w: Workshop): Workshop => ({
  ...w,
  commitment: {
    ...w.commitment,
    entries: w.commitment.entries.map((e) => ({ ...e, headName: e.headName || 'Nama Pejabat' })),
    reviewChecklist: w.commitment.reviewChecklist.map((r) => ({ ...r, reviewed: true })),
  },
  sections: w.sections.map((s) => ({ ...s, status: 'final' as const })),
});

describe('the DRAF marking of the exported masterplan', () => {
  const demo = buildDemoWorkshop('demo-draf', '2025-11-20T09:00:00.000Z');

  it('stays while Tahap IV is not complete, and says what is missing', () => {
    expect(finalisationComplete(demo)).toBe(false);
    expect(draftByDefault(demo)).toBe(true);
    expect(finalisationMissing(demo)).toContain('13 bagian naskah belum final');
  });

  it('goes once the commitment sheet is signed off and every section is final', () => {
    const done = signedOff(demo);
    expect(finalisationMissing(done)).toEqual([]);
    expect(draftByDefault(done)).toBe(false);
  });

  it('stays on a workshop whose Tahap IV has not begun', () => {
    const empty = { ...demo, sections: [], commitment: { ...demo.commitment, entries: [], reviewChecklist: [] } };
    expect(draftByDefault(empty)).toBe(true);
  });
});
