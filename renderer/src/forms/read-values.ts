import type { z } from 'zod';
import type { Language } from '../i18n/i18n-context';
import { parseLocalNumber } from '../i18n/parse-number';
import { firstMessage } from './first-message';
import type { ReadResult } from './use-committed-draft';

/** Messages the schemas cannot give, because they are about typing rather than about the value. */
export interface TypingMessages {
  notANumber: string;
}

/** Text checked by its schema, e.g. the region name's length limit. */
export const readText =
  (schema: z.ZodType<string>) =>
  (text: string): ReadResult<string> => {
    const result = schema.safeParse(text);
    return result.success ? { ok: true, value: result.data } : { ok: false, message: firstMessage(result) ?? '' };
  };

/** A number typed the local way ("2.654.448"), empty meaning "not known", checked by its nullable schema. */
export const readNumber =
  (schema: z.ZodType<number | null>, language: Language, messages: TypingMessages) =>
  (text: string): ReadResult<number | null> => {
    const parsed = parseLocalNumber(text, language);
    if (parsed.kind === 'invalid') return { ok: false, message: messages.notANumber, incomplete: text.trim() === '-' };
    const value = parsed.kind === 'empty' ? null : parsed.value;
    const result = schema.safeParse(value);
    return result.success ? { ok: true, value: result.data } : { ok: false, message: firstMessage(result) ?? messages.notANumber };
  };

/** A four-digit year; fewer digits are still being typed. */
export const readYear =
  (schema: z.ZodType<number>, messages: TypingMessages & { required: string }) =>
  (text: string): ReadResult<number> => {
    const trimmed = text.trim();
    if (trimmed === '') return { ok: false, message: messages.required };
    if (!/^\d+$/.test(trimmed)) return { ok: false, message: messages.notANumber };
    const result = schema.safeParse(Number(trimmed));
    return result.success ? { ok: true, value: result.data } : { ok: false, message: firstMessage(result) ?? messages.notANumber, incomplete: trimmed.length < 4 };
  };
