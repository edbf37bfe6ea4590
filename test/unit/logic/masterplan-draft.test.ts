import { describe, expect, it } from 'vitest';
import { buildDemoWorkshop } from '../../../electron/services/reference';
import { draftByDefault, draftGaps, draftMissing, masterplanComplete } from '../../../shared/logic/masterplan-draft';
import { progressPercent, workshopProgress } from '../../../shared/logic';
import { sectionOutline } from '../../../shared/logic/section-outline';
import { richDocFromText, type Workshop } from '../../../shared/model';

/**
 * The demo finished: every commitment line signed by a named official, every chapter reviewed,
 * every outline slot written (by Bappeda) and final.
 */
const finished = (w: Workshop): Workshop => {
  const slots = sectionOutline(w).flatMap((g) => g.slots);
  const written = slots.map((slot, i) =>
    slot.section
      ? { ...slot.section, content: richDocFromText(`Isi ${slot.title}.`), ownerOpdId: slot.section.ownerOpdId ?? 'bappeda', status: 'final' as const }
      : { id: `bagian-${i}`, outlineKey: slot.outlineKey, title: slot.title, content: richDocFromText(`Isi ${slot.title}.`), ownerOpdId: 'bappeda', status: 'final' as const },
  );
  return {
    ...w,
    commitment: {
      ...w.commitment,
      entries: w.commitment.entries.map((e) => ({ ...e, headName: e.headName || 'Nama Pejabat' })),
      reviewChecklist: w.commitment.reviewChecklist.map((r) => ({ ...r, reviewed: true })),
    },
    sections: written,
  };
};

describe('the DRAF marking of the exported masterplan', () => {
  const demo = buildDemoWorkshop('demo-draf', '2025-11-20T09:00:00.000Z');

  it('stays while any stage lacks something, and lists the same gaps as the progress', () => {
    expect(masterplanComplete(demo)).toBe(false);
    expect(draftByDefault(demo)).toBe(true);
    const fromProgress = workshopProgress(demo).stages.flatMap((s) => s.worksheets.flatMap((sheet) => sheet.missing));
    expect(draftMissing(demo)).toEqual(fromProgress);
    expect(draftMissing(demo)).toContain('22 bagian naskah belum final');
    // Tahap I's chapters (BAB II and III) are not written yet: the DRAF box says so under Tahap I.
    const tahap1 = draftGaps(demo).filter((g) => g.stage === 'tahap-1');
    expect(tahap1).toEqual([{ stage: 'tahap-1', worksheetId: 'bagian', part: 'sections', missing: ['10 bagian naskah belum dibuat: Visi, Misi dan Isu Strategis RPJMD; Inovasi dan Aplikasi yang Sudah Ada; Analisis Isu Daerah per Dimensi; dan 7 lainnya'] }]);
  });

  it('goes exactly when progress reaches 100%', () => {
    const done = finished(demo);
    expect(draftGaps(done)).toEqual([]);
    expect(progressPercent(workshopProgress(done))).toBe(100);
    expect(draftByDefault(done)).toBe(false);
  });

  it('comes back when one section of Tahap II is emptied, and names it', () => {
    const done = finished(demo);
    const emptied = { ...done, sections: done.sections.map((s) => (s.outlineKey === 'bab4-visi' ? { ...s, content: richDocFromText('') } : s)) };
    expect(draftByDefault(emptied)).toBe(true);
    expect(draftGaps(emptied)).toEqual([{ stage: 'tahap-2', worksheetId: 'bagian', part: 'sections', missing: ['1 bagian naskah masih kosong: Visi Smart City'] }]);
  });

  it('stays on a workshop whose Tahap IV has not begun', () => {
    const empty = { ...demo, sections: [], commitment: { ...demo.commitment, entries: [], reviewChecklist: [] } };
    expect(draftByDefault(empty)).toBe(true);
  });
});
