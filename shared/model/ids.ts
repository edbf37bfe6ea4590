import { z } from 'zod';
import { code } from '../i18n/validation';

/** Identifiers are short, URL- and file-name-safe strings. */
export const IdSchema = z
  .string()
  .min(1, code('invalid.required'))
  .max(64, code('invalid.textTooLong'))
  .regex(/^[A-Za-z0-9_-]+$/, code('invalid.id'));
export type Id = z.infer<typeof IdSchema>;

export const YearSchema = z.number().int(code('invalid.notInteger')).min(2000, code('invalid.yearRange')).max(2100, code('invalid.yearRange'));

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

/**
 * A required one-line name or title: cleaned (see cleanLine), non-empty, capped. Its messages are codes
 * (`invalid.required`, `invalid.textTooLong` with `max`); the UI names the field from the error's path.
 * `_label` only says what the field is to a reader of the schema.
 */
export const requiredText = (_label: string, max = 500) =>
  z
    .string()
    .transform(cleanLine)
    .pipe(z.string().min(1, code('invalid.required')).max(max, code('invalid.textTooLong')));

/** A required text that may run over several lines (an issue, a mission): controls removed, trimmed, capped. */
export const requiredMultilineText = (_label: string, max = 2000) =>
  z
    .string()
    .transform((text) => cleanMultiline(text).trim())
    .pipe(z.string().min(1, code('invalid.required')).max(max, code('invalid.textTooLong')));

/** An optional one-line name or title (may be empty): cleaned like requiredText. */
export const optionalLine = (max: number) => z.string().transform(cleanLine).pipe(z.string().max(max, code('invalid.textTooLong')));

/** Optional free text over several lines: controls removed, capped. */
export const multilineText = (max: number) =>
  z.string().transform(cleanMultiline).pipe(z.string().max(max, code('invalid.textTooLong')));

export const optionalText = (max = 20_000) => multilineText(max).default('');

/** Rupiah amounts are whole, non-negative numbers. */
export const RupiahSchema = z
  .number({ error: code('invalid.notNumber') })
  .int(code('invalid.notInteger'))
  .nonnegative(code('invalid.negative'))
  .max(Number.MAX_SAFE_INTEGER, code('invalid.tooBig'));

export const IsoDateTimeSchema = z.string().datetime({ offset: true });
