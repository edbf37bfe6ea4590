import { ERRORS_EN, NOUNS_EN, PLACES_EN, QUADRANTS_EN } from './errors.en';
import { ERRORS_ID, NOUNS_ID, PLACES_ID, QUADRANTS_ID } from './errors.id';

export { ERRORS_ID, NOUNS_ID, PLACES_ID, QUADRANTS_ID } from './errors.id';
export { ERRORS_EN, NOUNS_EN, PLACES_EN, QUADRANTS_EN } from './errors.en';

/** Every reason an error can carry: the keys of the Indonesian catalogue. */
export type ErrorReason = keyof typeof ERRORS_ID;
export type ErrorLanguage = 'id' | 'en';
export type ErrorParamValue = string | number;
export type ErrorParams = Readonly<Record<string, ErrorParamValue>>;

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type NounKey = keyof typeof NOUNS_ID;
export type Quadrant = keyof typeof QUADRANTS_ID;
/** Placeholders whose value is a key worded from a small catalogue rather than shown as it is. */
type TermOf<K extends string> = K extends 'place' ? keyof typeof PLACES_ID : K extends 'item' ? NounKey : K extends 'quadrant' | 'quadrantA' | 'quadrantB' ? Quadrant : ErrorParamValue;
/** The params a reason's wording needs, read from its Indonesian template. */
export type ParamsOf<R extends ErrorReason> = [Placeholders<(typeof ERRORS_ID)[R]>] extends [never]
  ? Record<string, never>
  : { readonly [K in Placeholders<(typeof ERRORS_ID)[R]>]: TermOf<K> } & (
      'place' extends Placeholders<(typeof ERRORS_ID)[R]> ? { readonly name: string } : unknown
    );

export const ERROR_REASONS = Object.keys(ERRORS_ID) as ErrorReason[];
export const isErrorReason = (value: unknown): value is ErrorReason => typeof value === 'string' && Object.hasOwn(ERRORS_ID, value);

const CATALOGUES: Record<ErrorLanguage, Record<ErrorReason, string>> = { id: ERRORS_ID, en: ERRORS_EN };
const PLACES: Record<ErrorLanguage, Record<string, string>> = { id: PLACES_ID, en: PLACES_EN };
const LOCALES: Record<ErrorLanguage, string> = { id: 'id-ID', en: 'en-US' };

/**
 * An error as data, before it is thrown: a reason, its params and maybe the field at fault.
 * `new AppError(code, detail)` takes one; rules in shared/logic return one (see Problem).
 */
export type ErrorDetail = {
  [R in ErrorReason]: { reason: R; field?: string | undefined } & (ParamsOf<R> extends Record<string, never> ? { params?: ParamsOf<R> } : { params: ParamsOf<R> });
}[ErrorReason];
/** What a rule over the workshop finds wrong, naming the field at fault (relative to the item checked). */
export type Problem = ErrorDetail & { field: string };

const LISTED = 3;

/** One kind of thing that still uses (or points at) an item: its noun, how many, and maybe some names. */
export interface CountedUse {
  kind: NounKey;
  count: number;
  names?: readonly string[];
}
/**
 * The `{uses}` param: a list of counted uses as JSON text (params stay flat strings and numbers on the
 * wire), worded by the catalogue as "2 program (A; B) dan 1 isu" / "2 programs (A; B) and 1 issue".
 */
export const usesParam = (uses: readonly CountedUse[]): string => JSON.stringify(uses.map((u) => ({ kind: u.kind, count: u.count, ...(u.names && u.names.length > 0 ? { names: u.names.slice(0, LISTED) } : {}) })));

const isNounKey = (value: unknown): value is NounKey => typeof value === 'string' && Object.hasOwn(NOUNS_ID, value);
const readUses = (text: string): CountedUse[] => {
  try {
    const data: unknown = JSON.parse(text);
    if (!Array.isArray(data)) return [];
    return data.flatMap((u: unknown) => {
      if (typeof u !== 'object' || u === null) return [];
      const { kind, count, names } = u as Record<string, unknown>;
      if (!isNounKey(kind) || typeof count !== 'number') return [];
      return [{ kind, count, names: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [] }];
    });
  } catch {
    return [];
  }
};
const AND: Record<ErrorLanguage, string> = { id: 'dan', en: 'and' };
const OTHERS: Record<ErrorLanguage, (n: string) => string> = { id: (n) => `dan ${n} lainnya`, en: (n) => `and ${n} more` };
const nounOf = (kind: NounKey, count: number, language: ErrorLanguage): string => (language === 'id' ? NOUNS_ID[kind] : NOUNS_EN[kind][count === 1 ? 0 : 1]);
const numberOf = (n: number, language: ErrorLanguage): string => n.toLocaleString(LOCALES[language], { maximumFractionDigits: 6 });
const wordUses = (text: string, language: ErrorLanguage): string => {
  const parts = readUses(text).map(({ kind, count, names = [] }) => {
    const listed = names.slice(0, LISTED);
    const shown = listed.join('; ');
    const more = listed.length > 0 && count > listed.length ? `; ${OTHERS[language](numberOf(count - listed.length, language))}` : '';
    return `${numberOf(count, language)} ${nounOf(kind, count, language)}${shown ? ` (${shown}${more})` : ''}`;
  });
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${AND[language]} ${parts.at(-1) ?? ''}`;
};
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The `{name}` placeholders of a template, in order of first use. */
export const placeholdersOf = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))];

const QUADRANTS: Record<ErrorLanguage, Record<string, string>> = { id: QUADRANTS_ID, en: QUADRANTS_EN };

const fill = (template: string, params: ErrorParams, language: ErrorLanguage): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string, offset: number) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return numberOf(value, language);
    if (name === 'place') {
      const place = PLACES[language][value];
      if (place === undefined) return value;
      // "Lembar 'Program' berisi …" opens a sentence; "(lembar 'Program' berisi …)" sits inside one.
      const worded = fill(place, params, language);
      return offset === 0 ? worded : worded.charAt(0).toLowerCase() + worded.slice(1);
    }
    if (name === 'item') return isNounKey(value) ? (offset === 0 ? capitalized : (t: string) => t)(nounOf(value, 1, language)) : value;
    if (name === 'uses') return wordUses(value, language);
    if (name === 'quadrant' || name === 'quadrantA' || name === 'quadrantB') return QUADRANTS[language][value] ?? value;
    return value;
  });

/**
 * An error worded in one language from its reason and params: the only place error sentences are built.
 * An unknown reason (from a newer server) gives `fallback`, or the reason itself.
 */
export const wordError = (reason: string, params: ErrorParams = {}, language: ErrorLanguage = 'id', fallback?: string): string => {
  if (!isErrorReason(reason)) return fallback ?? reason;
  return fill(CATALOGUES[language][reason], params, language);
};

/** A detail (a rule's Problem, a TOWS pick problem) worded in one language. */
export const wordDetail = (detail: ErrorDetail, language: ErrorLanguage = 'id'): string => wordError(detail.reason, detail.params ?? {}, language);
