import { z } from 'zod';
import { isErrorReason, wordError, type ErrorLanguage, type ErrorParams, type ErrorReason } from './errors';
import { wordField } from './fields';

/*
 * What a schema finds wrong with a value, as a code and params, never a sentence. Every zod message in
 * the app is one of these codes: the schemas in shared/model name theirs (`.max(2000, code('invalid.textTooLong'))`),
 * and zod's own defaults are turned into codes by the error map installed below. The params come from
 * the issue (a limit's `max` or `min`) or the check's own `params`. The field at fault is the issue's
 * path (data, labelled by shared/i18n/fields.ts); the words are in shared/i18n/errors.{id,en}.ts.
 */

export type ValidationCode = Extract<ErrorReason, `invalid.${string}`>;

export const isValidationCode = (value: unknown): value is ValidationCode => typeof value === 'string' && value.startsWith('invalid.') && isErrorReason(value);

/** A schema message: a validation code, checked against the catalogue when the schema is written. */
export const code = <C extends ValidationCode>(c: C): C => c;

/** The parts of an issue (raw or final) the codes and params are read from. */
interface IssueLike {
  readonly code?: string | undefined;
  readonly message?: string | undefined;
  readonly origin?: string | undefined;
  readonly expected?: string | undefined;
  readonly input?: unknown;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly inclusive?: boolean | undefined;
  readonly params?: unknown;
}

const LISTS = new Set(['array', 'set', 'map']);

/** The code for an issue zod raised with no message of the schema's own. */
export const defaultCode = (issue: IssueLike): ValidationCode => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'invalid.required';
      if (issue.expected === 'int') return 'invalid.notInteger';
      if (issue.expected === 'number') return 'invalid.notNumber';
      return 'invalid.type';
    case 'too_big':
      if (issue.origin === 'string') return 'invalid.textTooLong';
      return LISTS.has(issue.origin ?? '') ? 'invalid.listTooLong' : 'invalid.tooBig';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'invalid.required' : 'invalid.textTooShort';
      if (LISTS.has(issue.origin ?? '')) return 'invalid.listTooShort';
      if (issue.inclusive === false) return 'invalid.mustBeAbove';
      return Number(issue.minimum) === 0 ? 'invalid.negative' : 'invalid.tooSmall';
    case 'invalid_format':
      return 'invalid.format';
    case 'invalid_value':
      return 'invalid.option';
    case 'unrecognized_keys':
      return 'invalid.unknownKeys';
    default:
      return 'invalid.value';
  }
};

const limit = (value: unknown): number | null => (typeof value === 'number' || typeof value === 'bigint' ? Number(value) : null);

/** The params of an issue's code: the limit it broke, and a check's own params. */
export const issueParams = (issue: IssueLike): ErrorParams => {
  const params: Record<string, string | number> = {};
  const max = limit(issue.maximum);
  const min = limit(issue.minimum);
  if (issue.code === 'too_big' && max !== null) params.max = max;
  if (issue.code === 'too_small' && min !== null) params.min = min;
  if (typeof issue.params === 'object' && issue.params !== null) {
    for (const [key, value] of Object.entries(issue.params)) if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  return params;
};

/** An issue's code: the schema's message when it is a code, else the code for zod's default. */
export const issueCode = (issue: IssueLike): ValidationCode => (isValidationCode(issue.message) ? issue.message : defaultCode(issue));

/** An issue in words, in one language (for messages that stay text: a damaged file's reason, an import row). */
export const wordIssue = (issue: IssueLike, language: ErrorLanguage = 'id'): string => wordError(issueCode(issue), issueParams(issue), language);

/** Reasons whose words name no field (a schema's codes, and the older `input.invalid`): the field's label goes in front. */
export const namesNoField = (reason: string): boolean => reason === 'input.invalid' || reason === 'input.invalidEmpty' || isValidationCode(reason);

/**
 * An error in words with its field: "Uraian: Paling banyak 2.000 karakter" / "Description: At most 2,000 characters".
 * The field's label is put in front of a validation code's words (the field stays data on the error).
 */
export const wordErrorWithField = (reason: string, params: ErrorParams, field: string | undefined, language: ErrorLanguage, fallback?: string): string => {
  const words = wordError(reason, params, language, fallback);
  const label = namesNoField(reason) ? wordField(field, language) : undefined;
  return label === undefined || words.startsWith(label) ? words : `${label}: ${words}`;
};

/** The language an HTTP client asks for (`Accept-Language`), of the two the app speaks: Indonesian unless English comes first. */
export const languageOfAccept = (header: string | undefined): ErrorLanguage => {
  const ranked = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.map((r) => /^\s*q=([0-9.]+)\s*$/.exec(r)?.[1]).find((v) => v !== undefined);
      return { primary: tag.split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => (r.primary === 'id' || r.primary === 'en') && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked[0]?.primary === 'en' ? 'en' : 'id';
};

/** zod's own messages become codes too: no sentence of zod's locale reaches a user. A schema's own message still wins. */
z.config({ customError: (issue) => defaultCode(issue as IssueLike) });
