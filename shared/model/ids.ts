import { z } from 'zod';

/** Identifiers are short, URL- and file-name-safe strings. */
export const IdSchema = z
  .string()
  .min(1, 'ID wajib diisi')
  .max(64, 'ID terlalu panjang')
  .regex(/^[A-Za-z0-9_-]+$/, 'ID hanya boleh berisi huruf, angka, - dan _');
export type Id = z.infer<typeof IdSchema>;

export const YearSchema = z.number().int('Tahun harus bilangan bulat').min(2000, 'Tahun terlalu kecil').max(2100, 'Tahun terlalu besar');

/**
 * Invisible characters that only do harm in stored text: C0 controls (NUL, ESC …), DEL and C1 controls.
 * Multi-line text keeps tab, line feed and carriage return.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/**
 * Bidirectional controls (embeddings, overrides, isolates, LRM/RLM, ALM): in a name they can make
 * "Dinas Kominfo\u202E" display as something else in the participant list, so names lose them.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Multi-line text without control characters (tab and line breaks stay). */
export const cleanMultiline = (text: string): string => text.replace(CONTROLS, '');

/**
 * One line for a name or title: tabs and line breaks become spaces, control and bidi characters are
 * removed, and the ends are trimmed. These characters are invisible, so they are stripped silently
 * rather than refused: what the user sees is exactly what is kept. A name made only of them is empty,
 * and so refused where a name is required.
 */
export const cleanLine = (text: string): string =>
  text.replace(/[\t\n\r\u2028\u2029]/g, ' ').replace(CONTROLS, '').replace(BIDI_CONTROLS, '').trim();

/** A required one-line name or title: cleaned (see cleanLine), non-empty, capped, with readable Indonesian messages. */
export const requiredText = (label: string, max = 500) =>
  z
    .string()
    .transform(cleanLine)
    .pipe(z.string().min(1, `${label} wajib diisi`).max(max, `${label} paling banyak ${max} karakter`));

/** A required text that may run over several lines (an issue, a mission): controls removed, trimmed, capped. */
export const requiredMultilineText = (label: string, max = 2000) =>
  z
    .string()
    .transform((text) => cleanMultiline(text).trim())
    .pipe(z.string().min(1, `${label} wajib diisi`).max(max, `${label} paling banyak ${max} karakter`));

/** An optional one-line name or title (may be empty): cleaned like requiredText. */
export const optionalLine = (max: number, message = `Teks paling banyak ${max} karakter`) =>
  z.string().transform(cleanLine).pipe(z.string().max(max, message));

/** Optional free text over several lines: controls removed, capped. */
export const multilineText = (max: number) =>
  z.string().transform(cleanMultiline).pipe(z.string().max(max, `Teks paling banyak ${max} karakter`));

export const optionalText = (max = 20_000) => multilineText(max).default('');

/** Rupiah amounts are whole, non-negative numbers. */
export const RupiahSchema = z
  .number({ error: 'Anggaran harus berupa angka' })
  .int('Anggaran harus bilangan bulat (Rupiah)')
  .nonnegative('Anggaran tidak boleh negatif')
  .max(Number.MAX_SAFE_INTEGER, 'Anggaran terlalu besar');

export const IsoDateTimeSchema = z.string().datetime({ offset: true });
