import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, AppErrorSchema, appErrorFromZod } from '../../shared/commands/command-error';
import { ERROR_REASONS, ERRORS_EN, ERRORS_ID, NOUNS_EN, NOUNS_ID, PLACES_EN, PLACES_ID, QUADRANTS_EN, QUADRANTS_ID, placeholdersOf, usesParam, wordError } from '../../shared/i18n/errors';
import { FIELDS_EN, FIELDS_ID, wordField } from '../../shared/i18n/fields';
import { wordCodedError } from '../../renderer/src/i18n/error-wording';
import { code } from '../../shared/i18n/validation';

const sorted = (names: string[]): string[] => [...names].sort();

describe('the error catalogue', () => {
  it('words every reason in Indonesian and English with the same params', () => {
    expect(ERROR_REASONS.length).toBeGreaterThan(50);
    for (const reason of ERROR_REASONS) {
      const id = ERRORS_ID[reason];
      const en = ERRORS_EN[reason];
      expect(en, reason).toBeTypeOf('string');
      expect(en.trim(), reason).not.toBe('');
      expect(sorted(placeholdersOf(en)), reason).toEqual(sorted(placeholdersOf(id)));
    }
    expect(sorted(Object.keys(ERRORS_EN))).toEqual(sorted(Object.keys(ERRORS_ID)));
  });

  it('words every place of an imported file in both languages with the same params', () => {
    expect(sorted(Object.keys(PLACES_EN))).toEqual(sorted(Object.keys(PLACES_ID)));
    for (const place of Object.keys(PLACES_ID) as (keyof typeof PLACES_ID)[]) {
      expect(placeholdersOf(PLACES_EN[place])).toEqual(placeholdersOf(PLACES_ID[place]));
    }
  });

  it('fills numbers the way each language writes them, and words a place inside a sentence', () => {
    const params = { place: 'sheet', name: 'Matriks Program', limit: 200000 };
    expect(wordError('import.sheetTooLarge', params, 'id')).toMatch(/^Lembar 'Matriks Program' berisi lebih dari 200\.000 baris/);
    expect(wordError('import.sheetTooLarge', params, 'en')).toMatch(/^Sheet 'Matriks Program' has more than 200,000 rows/);
  });

  it('words a place inside a sentence in lower case, and an import refusal by row and column in both languages', () => {
    const part = { size: '440 MB', limit: '50 MB', place: 'sheet', name: 'Program' };
    expect(wordError('import.partTooLargeUnpacked', part, 'id')).toMatch(/^Berkas terlalu besar setelah dibuka \(lembar 'Program' berisi 440 MB; batas 50 MB\)\./);
    expect(wordError('import.partTooLargeUnpacked', part, 'en')).toMatch(/^The file is too large once unpacked \(sheet 'Program' holds 440 MB; limit 50 MB\)\./);
    const row = { row: 3, column: 'Anggaran 2024 (Rp)', detail: 'bukan angka Rupiah', more: 2 };
    expect(wordError('import.rowRefusedMore', row, 'id')).toBe('Baris 3, kolom Anggaran 2024 (Rp): bukan angka Rupiah Ada 2 kesalahan lain. Tidak ada program yang diimpor.');
    expect(wordError('import.rowRefusedMore', row, 'en')).toBe('Row 3, column Anggaran 2024 (Rp): bukan angka Rupiah There are 2 more errors. No programs were imported.');
  });

  it('falls back to the message for a reason this build does not know', () => {
    expect(wordError('future.reason', {}, 'en', 'Pesan dari server')).toBe('Pesan dari server');
  });
});

describe('AppError', () => {
  it('carries code, reason, params and field as data, with the Indonesian wording as its message', () => {
    const error = new AppError('invalid_input', { reason: 'program.codeTaken', params: { code: 'P-01' }, field: 'item.code' });
    const data = AppErrorSchema.parse(error.toJSON());
    expect(data).toEqual({
      code: 'invalid_input',
      reason: 'program.codeTaken',
      params: { code: 'P-01' },
      field: 'item.code',
      message: 'Kode P-01 sudah dipakai program lain. Pilih kode lain.',
    });
    expect(wordError(data.reason ?? '', data.params, 'en')).toBe('Code P-01 is already used by another program. Choose another code.');
  });

  it('still accepts a plain message from a call site not yet converted', () => {
    const error = new AppError('conflict', 'Pesan lama', 'item.id');
    expect(error.toJSON()).toEqual({ code: 'conflict', reason: 'legacy.text', params: { text: 'Pesan lama' }, field: 'item.id', message: 'Pesan lama' });
  });

  it('turns a zod failure into its code and params, the field as data, never a sentence from the schema', () => {
    const schema = z.object({ item: z.object({ budget: z.number().min(0, code('invalid.negative')), name: z.string().max(5, code('invalid.textTooLong')) }) });
    const negative = schema.safeParse({ item: { budget: -1, name: 'ok' } });
    if (negative.success) throw new Error('expected a refusal');
    expect(appErrorFromZod(negative.error).toJSON()).toEqual({ code: 'invalid_input', reason: 'invalid.negative', params: { min: 0 }, field: 'item.budget', message: 'Anggaran: Tidak boleh negatif' });
    const long = schema.safeParse({ item: { budget: 1, name: 'panjang sekali' } });
    if (long.success) throw new Error('expected a refusal');
    const error = appErrorFromZod(long.error);
    expect(error.toJSON()).toMatchObject({ reason: 'invalid.textTooLong', params: { max: 5 }, field: 'item.name', message: 'Nama: Paling banyak 5 karakter' });
    expect(wordCodedError(error, 'en')).toBe('Name: At most 5 characters');
    expect(wordCodedError(error, 'id')).toBe('Nama: Paling banyak 5 karakter');
  });
});

describe('nouns, counted uses and SWOT quadrants inside a sentence', () => {
  it('words a refused removal with its counted uses in each language', () => {
    const params = { item: 'program', uses: usesParam([{ kind: 'quickWinCandidate', count: 3 }, { kind: 'rpjmdMapping', count: 1 }]) } as const;
    expect(wordError('item.stillReferenced', params, 'id')).toBe('Program ini masih dirujuk oleh 3 kandidat quick win dan 1 pemetaan RPJMD; hapus rujukannya dahulu atau hapus bersama rujukannya.');
    expect(wordError('item.stillReferenced', params, 'en')).toBe('This program is still referred to by 3 quick-win candidates and 1 RPJMD mapping; remove those references first or delete it together with them.');
  });

  it('names the first three users and counts the rest', () => {
    const uses = usesParam([{ kind: 'program', count: 5, names: ['A', 'B', 'C', 'D', 'E'] }]);
    expect(wordError('item.inUse', { item: 'fundingSource', name: 'APBD', uses }, 'id')).toBe('Sumber dana APBD tidak dapat dihapus karena masih dipakai oleh 5 program (A; B; C; dan 2 lainnya).');
    expect(wordError('item.inUse', { item: 'fundingSource', name: 'APBD', uses }, 'en')).toBe('Funding source APBD cannot be deleted because it is still used by 5 programs (A; B; C; and 2 more).');
  });

  it('words SWOT quadrants in the TOWS rule', () => {
    const params = { kind: 'ST', quadrantA: 'S', quadrantB: 'T', quadrant: 'W' } as const;
    expect(wordError('tows.factorWrongQuadrant', params, 'id')).toBe('Strategi ST hanya memakai faktor Kekuatan (S) dan Ancaman (T), bukan Kelemahan (W).');
    expect(wordError('tows.factorWrongQuadrant', params, 'en')).toBe('Strategy ST uses only Strength (S) and Threat (T) factors, not Weakness (W).');
  });

  it('has every noun and quadrant in both languages', () => {
    expect(sorted(Object.keys(NOUNS_EN))).toEqual(sorted(Object.keys(NOUNS_ID)));
    expect(sorted(Object.keys(QUADRANTS_EN))).toEqual(sorted(Object.keys(QUADRANTS_ID)));
  });
});

describe('field labels', () => {
  it('labels the same fields in both languages', () => {
    expect(sorted(Object.keys(FIELDS_EN))).toEqual(sorted(Object.keys(FIELDS_ID)));
  });

  it('puts the field label before a schema message in the UI language, never the path', () => {
    const error = { reason: 'input.invalid', params: { detail: 'Kode wajib diisi' }, field: 'item.code', message: 'Kode wajib diisi' };
    expect(wordCodedError({ ...error, params: { detail: 'Harus berupa angka' }, field: 'item.budget.2.amount' }, 'id')).toBe('Anggaran: Harus berupa angka');
    expect(wordCodedError({ ...error, params: { detail: 'wajib diisi' } }, 'id')).toBe('Kode: wajib diisi');
    expect(wordCodedError(error, 'id')).toBe('Kode wajib diisi');
    expect(wordCodedError({ ...error, field: 'patch.kecamatanCount', params: { detail: 'Minimal 1' } }, 'en')).toBe('Number of districts: Minimal 1');
    expect(wordField('item.unknownField')).toBeUndefined();
  });

  it('leaves a sentence that names its subject alone', () => {
    expect(wordCodedError({ reason: 'program.codeUsedBy', params: { code: 'SG-01', name: 'Mal Pelayanan' }, field: 'item.code', message: '' }, 'id')).toBe('Kode SG-01 sudah dipakai oleh "Mal Pelayanan"');
  });
});
