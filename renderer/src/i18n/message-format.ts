/*
 * The message format of the UI catalogues (pure: the facilitator's app and the phone app share it).
 *
 *   "{name}"                                        the value, as given
 *   "{count, plural, one {# issue} other {# issues}}"  the text for the number's plural category
 *                                                   (Intl.PluralRules of the language); "#" is the number
 *   "{count, plural, =0 {no issues} one {…} other {…}}" an exact number goes before the categories
 *
 * English needs the plural form ("1 issue", "2 issues"); Indonesian has none ("1 isu", "2 isu") and
 * its messages keep the plain "{count}". A missing value leaves its placeholder visible rather than
 * hiding text, and a text that is not this format (a lone "{") is shown as written.
 */

export type MessageValues = Readonly<Record<string, string | number>>;

const rulesByLocale = new Map<string, Intl.PluralRules>();
const pluralRules = (locale: string): Intl.PluralRules => {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
};

/** The index of the "}" closing the "{" at `open`, or -1 when it is never closed. */
const closingBrace = (text: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
};

/** "one {# issue} other {# issues}" as [selector, text] pairs; null when it is not that shape. */
const pluralOptions = (body: string): [string, string][] | null => {
  const options: [string, string][] = [];
  let at = 0;
  while (at < body.length) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(at));
    if (!selector?.[1]) return /^\s*$/.test(body.slice(at)) ? options : null;
    const open = at + selector[0].length - 1;
    const close = closingBrace(body, open);
    if (close < 0) return null;
    options.push([selector[1], body.slice(open + 1, close)]);
    at = close + 1;
  }
  return options;
};

const PLURAL = /^\s*(\w+)\s*,\s*plural\s*,/;

/** The text chosen for `value`: an exact "=n" first, then its plural category, then "other". */
const choosePlural = (options: readonly [string, string][], value: string | number, locale: string): string | undefined => {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return options.find(([s]) => s === 'other')?.[1];
  const exact = options.find(([s]) => s === `=${n}`);
  if (exact) return exact[1];
  const category = pluralRules(locale).select(n);
  return (options.find(([s]) => s === category) ?? options.find(([s]) => s === 'other'))?.[1];
};

/** `template` with its placeholders and plural choices filled for `locale` ("id", "en"). */
export const formatMessage = (template: string, values: MessageValues | undefined, locale: string): string => {
  if (!values || !template.includes('{')) return template;
  let out = '';
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{', at);
    const close = open < 0 ? -1 : closingBrace(template, open);
    if (close < 0) break;
    out += template.slice(at, open);
    const inner = template.slice(open + 1, close);
    out += fillPlaceholder(template.slice(open, close + 1), inner, values, locale);
    at = close + 1;
  }
  return out + template.slice(at);
};

const fillPlaceholder = (whole: string, inner: string, values: MessageValues, locale: string): string => {
  if (/^\w+$/.test(inner)) return inner in values ? String(values[inner]) : whole;
  const plural = PLURAL.exec(inner);
  const name = plural?.[1];
  if (!plural || name === undefined || !(name in values)) return whole;
  const options = pluralOptions(inner.slice(plural[0].length));
  const value = values[name];
  const chosen = options && value !== undefined ? choosePlural(options, value, locale) : undefined;
  if (chosen === undefined || value === undefined) return whole;
  return formatMessage(chosen.replaceAll('#', String(value)), values, locale);
};
