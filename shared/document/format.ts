import { MONTHS_ID, formatTanggal } from '../logic/rupiah';

/**
 * Indonesian number, money and date formats for the document.
 * Written by hand (no Intl) so the output is the same on every machine and ICU build.
 */

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** 1250000 → "1.250.000" (whole numbers, dot as thousands separator). */
export const formatInteger = (value: number): string => {
  const rounded = Math.round(value);
  const sign = rounded < 0 ? '-' : '';
  return sign + groupThousands(String(Math.abs(rounded)));
};

export { formatRupiah } from '../logic/rupiah';

/** 3.25 → "3,3" (comma as decimal separator). */
export const formatDecimal = (value: number, fractionDigits = 1): string => {
  const fixed = Math.abs(value).toFixed(fractionDigits);
  const [whole = '0', fraction] = fixed.split('.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + groupThousands(whole) + (fraction ? `,${fraction}` : '');
};

/** 0.625 → "63%". */
export const formatPercent = (ratio: number): string => `${Math.round(ratio * 100)}%`;

export const monthName = (month: number): string => MONTHS_ID[month - 1] ?? String(month);

/** "2026-03-12" → "12 Maret 2026"; anything unreadable is returned unchanged. */
export const formatDate = (isoDate: string): string => formatTanggal(isoDate) || isoDate;

/** [2026, 2027, 2028, 2030] → "2026–2028, 2030". */
export const formatYearRanges = (years: readonly number[]): string => {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  const close = () => {
    if (start === undefined || previous === undefined) return;
    ranges.push(start === previous ? String(start) : `${start}–${previous}`);
  };
  for (const year of sorted) {
    if (previous !== undefined && year === previous + 1) {
      previous = year;
      continue;
    }
    close();
    start = year;
    previous = year;
  }
  close();
  return ranges.join(', ');
};

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 9 → "IX". */
export const toRoman = (value: number): string => {
  let rest = Math.max(1, Math.floor(value));
  let out = '';
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
};
