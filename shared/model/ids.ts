import { z } from 'zod';

/** Identifiers are short, URL- and file-name-safe strings. */
export const IdSchema = z
  .string()
  .min(1, 'ID wajib diisi')
  .max(64, 'ID terlalu panjang')
  .regex(/^[A-Za-z0-9_-]+$/, 'ID hanya boleh berisi huruf, angka, - dan _');
export type Id = z.infer<typeof IdSchema>;

export const YearSchema = z.number().int('Tahun harus bilangan bulat').min(2000, 'Tahun terlalu kecil').max(2100, 'Tahun terlalu besar');

/** Trimmed, non-empty text with a length cap and a readable Indonesian message. */
export const requiredText = (label: string, max = 500) =>
  z.string().trim().min(1, `${label} wajib diisi`).max(max, `${label} paling banyak ${max} karakter`);

export const optionalText = (max = 20_000) => z.string().max(max, `Teks paling banyak ${max} karakter`).default('');

/** Rupiah amounts are whole, non-negative numbers. */
export const RupiahSchema = z
  .number({ error: 'Anggaran harus berupa angka' })
  .int('Anggaran harus bilangan bulat (Rupiah)')
  .nonnegative('Anggaran tidak boleh negatif')
  .max(Number.MAX_SAFE_INTEGER, 'Anggaran terlalu besar');

export const IsoDateTimeSchema = z.string().datetime({ offset: true });
