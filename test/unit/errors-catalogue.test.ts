import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, AppErrorSchema, appErrorFromZod } from '../../shared/commands/command-error';
import { ERROR_REASONS, ERRORS_EN, ERRORS_ID, PLACES_EN, PLACES_ID, placeholdersOf, wordError } from '../../shared/i18n/errors';

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

  it('turns a zod failure into input.invalid without gluing the field into the sentence', () => {
    const schema = z.object({ item: z.object({ budget: z.number().min(0, 'Anggaran tidak boleh negatif') }) });
    const parsed = schema.safeParse({ item: { budget: -1 } });
    if (parsed.success) throw new Error('expected a refusal');
    const error = appErrorFromZod(parsed.error);
    expect(error.toJSON()).toEqual({
      code: 'invalid_input',
      reason: 'input.invalid',
      params: { detail: 'Anggaran tidak boleh negatif' },
      field: 'item.budget',
      message: 'Anggaran tidak boleh negatif',
    });
  });
});
