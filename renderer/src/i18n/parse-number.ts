import type { Language } from './i18n-context';

export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/**
 * Reads a number as people type it: "2.654.448" or "2,654,448", "3.530,65" or "3530.65".
 * When both separators appear, the last one is the decimal mark. A lone separator followed by
 * exactly three digits is a thousands separator in the user's language ("1.500" is 1500 in Bahasa Indonesia).
 */
export const parseLocalNumber = (raw: string, language: Language): ParsedNumber => {
  const text = raw.trim().replace(/[\s\u00a0]/g, '');
  if (text === '') return { kind: 'empty' };
  if (!/^-?[\d.,]+$/.test(text) || !/\d/.test(text)) return { kind: 'invalid' };
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let decimalMark: '.' | ',' | null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ',';
  else if (lastDot < 0 && lastComma < 0) decimalMark = null;
  else decimalMark = decimalMarkForSingle(text, lastDot >= 0 ? '.' : ',', language);
  const thousands = decimalMark === '.' ? ',' : decimalMark === ',' ? '.' : text.includes('.') ? '.' : ',';
  const [whole = '', fraction, extra] = text.split(decimalMark ?? '\u0000');
  if (extra !== undefined) return { kind: 'invalid' };
  const groups = whole.replace(/^-/, '').split(thousands);
  if (groups.length > 1 && groups.slice(1).some((g) => g.length !== 3)) return { kind: 'invalid' };
  const normalised = `${whole.split(thousands).join('')}${fraction === undefined ? '' : `.${fraction}`}`;
  const value = Number(normalised);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
};

const decimalMarkForSingle = (text: string, mark: '.' | ',', language: Language): '.' | ',' | null => {
  const parts = text.replace(/^-/, '').split(mark);
  const looksLikeThousands = parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && (parts[0] ?? '').length > 0;
  if (parts.length > 2) return looksLikeThousands ? null : mark;
  if (!looksLikeThousands) return mark;
  const languageDecimal = language === 'id' ? ',' : '.';
  return mark === languageDecimal ? mark : null;
};
