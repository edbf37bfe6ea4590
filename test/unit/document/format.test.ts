import { describe, expect, it } from 'vitest';
import { cleanText, formatDate, formatDecimal, formatRupiah, formatYearRanges, toRoman } from '../../../shared/document';

describe('Indonesian formats in the document', () => {
  it('writes Rupiah with dots between thousands', () => {
    expect(formatRupiah(1_250_000_000)).toBe('Rp 1.250.000.000');
    expect(formatRupiah(0)).toBe('Rp 0');
  });

  it('writes decimals with a comma and dates with Indonesian month names', () => {
    expect(formatDecimal(3.25, 2)).toBe('3,25');
    expect(formatDecimal(1034.82, 2)).toBe('1.034,82');
    expect(formatDate('2025-11-20')).toBe('20 November 2025');
  });

  it('writes plan years as ranges and chapters in roman numerals', () => {
    expect(formatYearRanges([2029, 2026, 2027, 2028, 2031])).toBe('2026–2029, 2031');
    expect([1, 4, 9, 10, 14].map(toRoman)).toEqual(['I', 'IV', 'IX', 'X', 'XIV']);
  });

  it('removes characters XML cannot carry but keeps emoji, right-to-left text and line breaks', () => {
    expect(cleanText('a\u0000b\u001Fc\r\nd\uD800e\uFFFF')).toBe('abc\nde');
    expect(cleanText('Kota 🏙️ مدينة')).toBe('Kota 🏙️ مدينة');
  });
});
