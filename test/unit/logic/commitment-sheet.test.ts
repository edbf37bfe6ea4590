import { describe, expect, it } from 'vitest';
import { readSigningDate, repeatedOpdIds } from '../../../shared/logic/commitment-sheet';
import { sectionsPerChapter } from '../../../shared/logic/section-outline';
import { CommitmentSheetSchema } from '../../../shared/model';
import { demoWorkshop } from './workshop-fixtures';

describe('the signing date of the commitment sheet', () => {
  it('accepts a real day and stores it as written', () => {
    expect(readSigningDate('2021-11-16')).toEqual({ ok: true, date: '2021-11-16' });
  });

  it('an empty field clears the date', () => {
    expect(readSigningDate('  ')).toEqual({ ok: true, date: null });
  });

  it('refuses a day that does not exist, a year far off, or another format', () => {
    expect(readSigningDate('2025-02-30')).toEqual({ ok: false, reason: 'not-a-date' });
    expect(readSigningDate('1899-08-17')).toEqual({ ok: false, reason: 'year' });
    expect(readSigningDate('16/11/2021')).toEqual({ ok: false, reason: 'format' });
  });

  it('accepts only what the stored sheet accepts', () => {
    const read = readSigningDate('2026-03-01');
    expect(read.ok && CommitmentSheetSchema.shape.date.safeParse(read.date).success).toBe(true);
  });
});

describe('an OPD on two lines of the commitment sheet', () => {
  it('is pointed out; lines without an OPD are not', () => {
    expect([...repeatedOpdIds([{ opdId: 'bappeda' }, { opdId: 'dinkes' }, { opdId: 'bappeda' }, { opdId: null }, { opdId: null }])]).toEqual(['bappeda']);
  });

  it('the demo sheet has each OPD once', () => {
    expect(repeatedOpdIds(demoWorkshop().commitment.entries).size).toBe(0);
  });
});

describe('narrative per chapter for the review', () => {
  it('counts sections and final ones by chapter, leaving the forewords out', () => {
    const counts = sectionsPerChapter([
      { outlineKey: 'bab1-latar-belakang', status: 'final' },
      { outlineKey: 'bab1-metodologi', status: 'draft' },
      { outlineKey: 'bab5-dimensi-smart-governance', status: 'review' },
      { outlineKey: 'kata-sambutan', status: 'final' },
      { outlineKey: 'penutup', status: 'final' },
    ]);
    expect(counts).toEqual({ bab1: { sections: 2, final: 1 }, bab5: { sections: 1, final: 0 }, penutup: { sections: 1, final: 1 } });
  });
});
