import { describe, expect, it } from 'vitest';
import { worksheetProgress, workshopProgress } from '../../../shared/logic';
import { draftGaps } from '../../../shared/logic/masterplan-draft';
import { PROGRESS_WORDS } from '../../../shared/logic/progress-words';
import { emptyWorkshop } from './workshop-fixtures';

/* What a worksheet still lacks is said in the UI's language: Indonesian by default, English for the English UI. */
describe('progress in both languages', () => {
  it('says the same rules in English, with the dimensions by their English names', () => {
    const empty = emptyWorkshop();
    expect(worksheetProgress(empty, 'profil', 'en').missing[0]).toBe('Province not filled in');
    expect(worksheetProgress(empty, 'profil').missing[0]).toBe('Provinsi belum diisi');
    const swotEn = worksheetProgress(empty, 'swot', 'en').missing;
    expect(swotEn[0]).toBe('SWOT for Smart Governance has no strengths, weaknesses, opportunities and threats yet');
    expect(worksheetProgress(empty, 'swot').missing[0]).toBe('SWOT Smart Governance belum memiliki faktor Kekuatan, Kelemahan, Peluang dan Ancaman');
  });

  it('counts the same gaps in both languages, and no Indonesian is left in the English ones', () => {
    const demo = emptyWorkshop({ regionKind: 'kota' });
    const id = workshopProgress(demo, 'id');
    const en = workshopProgress(demo, 'en');
    expect(en.done).toBe(id.done);
    expect(en.total).toBe(id.total);
    const missingEn = en.stages.flatMap((s) => s.worksheets.flatMap((w) => w.missing));
    expect(missingEn.length).toBe(id.stages.flatMap((s) => s.worksheets.flatMap((w) => w.missing)).length);
    expect(missingEn.length).toBeGreaterThan(0);
    // The document's section titles after the colon stay Indonesian: the masterplan is written in Indonesian.
    for (const text of missingEn) expect(text.split(': ')[0]).not.toMatch(/\b(belum|masih|dan|Belum|bagian naskah)\b/);
    expect(draftGaps(demo, 'en').flatMap((g) => g.missing)).toEqual(missingEn);
  });

  it('has the same rules in both catalogues', () => {
    expect(Object.keys(PROGRESS_WORDS.en).sort()).toEqual(Object.keys(PROGRESS_WORDS.id).sort());
  });
});

describe('the plan-versus-RPJMD warning', () => {
  it('is worded in both languages, the Indonesian as before', () => {
    const w = emptyWorkshop({ startYear: 2022 });
    const mismatched = { ...w, horizon: { ...w.horizon, startYear: 2022, years: 10 as const }, region: { ...w.region, rpjmdPeriod: { startYear: 2021, endYear: 2026 } } };
    expect(worksheetProgress(mismatched, 'profil').warnings).toEqual(['Akhir rencana (2031) tidak sama dengan akhir periode RPJMD (2026); pastikan program diselaraskan dengan RPJMD berikutnya.']);
    expect(worksheetProgress(mismatched, 'profil', 'en').warnings).toEqual(['The plan ends in 2031, the RPJMD period in 2026: make sure the programs are aligned with the next RPJMD.']);
  });
});
