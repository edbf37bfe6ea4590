import { ERRORS_EN, PLACES_EN } from './errors.en';
import { ERRORS_ID, PLACES_ID } from './errors.id';

export { ERRORS_ID, PLACES_ID } from './errors.id';
export { ERRORS_EN, PLACES_EN } from './errors.en';

/** Every reason an error can carry: the keys of the Indonesian catalogue. */
export type ErrorReason = keyof typeof ERRORS_ID;
export type ErrorLanguage = 'id' | 'en';
export type ErrorParamValue = string | number;
export type ErrorParams = Readonly<Record<string, ErrorParamValue>>;

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
/** The params a reason's wording needs, read from its Indonesian template. */
export type ParamsOf<R extends ErrorReason> = [Placeholders<(typeof ERRORS_ID)[R]>] extends [never]
  ? Record<string, never>
  : { readonly [K in Placeholders<(typeof ERRORS_ID)[R]>]: K extends 'place' ? keyof typeof PLACES_ID : ErrorParamValue } & (
      'place' extends Placeholders<(typeof ERRORS_ID)[R]> ? { readonly name: string } : unknown
    );

export const ERROR_REASONS = Object.keys(ERRORS_ID) as ErrorReason[];
export const isErrorReason = (value: unknown): value is ErrorReason => typeof value === 'string' && Object.hasOwn(ERRORS_ID, value);

const CATALOGUES: Record<ErrorLanguage, Record<ErrorReason, string>> = { id: ERRORS_ID, en: ERRORS_EN };
const PLACES: Record<ErrorLanguage, Record<string, string>> = { id: PLACES_ID, en: PLACES_EN };
const LOCALES: Record<ErrorLanguage, string> = { id: 'id-ID', en: 'en-US' };

/** The `{name}` placeholders of a template, in order of first use. */
export const placeholdersOf = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))];

const fill = (template: string, params: ErrorParams, language: ErrorLanguage): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return value.toLocaleString(LOCALES[language], { maximumFractionDigits: 6 });
    if (name === 'place') {
      const place = PLACES[language][value];
      return place === undefined ? value : fill(place, params, language);
    }
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
