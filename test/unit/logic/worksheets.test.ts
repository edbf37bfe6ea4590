import { describe, expect, it } from 'vitest';
import { STAGES, WORKSHEETS, isWorksheetId, worksheetById, worksheetsByStage } from '../../../shared/logic';

describe('the worksheets of the Bimtek', () => {
  it('are grouped by the four stages in the order the room works', () => {
    expect(worksheetsByStage().map(({ stage, worksheets }) => [stage.numeral, worksheets.map((w) => w.id)])).toEqual([
      ['I', ['profil', 'data-rujukan', 'pelaksanaan', 'kesiapan', 'isu', 'swot', 'kesenjangan', 'jajak-pendapat']],
      ['II', ['visi', 'program', 'usulan', 'pemetaan-rpjmd']],
      ['III', ['inovasi', 'roadmap', 'quick-win']],
      ['IV', ['komitmen', 'bagian']],
    ]);
  });

  it('each have a unique id, an i18n key and an Indonesian label', () => {
    expect(new Set(WORKSHEETS.map((w) => w.id)).size).toBe(WORKSHEETS.length);
    for (const w of WORKSHEETS) {
      expect(w.i18nKey).toBe(`worksheets.${w.id}`);
      expect(w.label).not.toBe('');
    }
    expect(STAGES.map((s) => s.i18nKey)).toEqual(['stages.tahap-1', 'stages.tahap-2', 'stages.tahap-3', 'stages.tahap-4']);
  });

  it('can be found from a route segment', () => {
    expect(isWorksheetId('quick-win')).toBe(true);
    expect(isWorksheetId('data-rujukan')).toBe(true);
    expect(isWorksheetId('dasbor')).toBe(false);
    expect(worksheetById('roadmap').stage).toBe('tahap-3');
  });
});
