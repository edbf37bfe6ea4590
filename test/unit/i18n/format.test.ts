import { describe, expect, it } from 'vitest';
import { formatClock, formatDateTime, formatNumber } from '../../../renderer/src/i18n/format';

/* Numbers, times and dates follow the UI's language, never the operating system's locale. */
describe('UI number and date formats', () => {
  it('writes numbers the Indonesian or the English way', () => {
    expect(formatNumber(1234.5, 'id')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(2654448, 'id')).toBe('2.654.448');
    expect(formatNumber(3.14159, 'en', 1)).toBe('3.1');
  });

  it('writes times with a dot in Indonesian and a colon in English', () => {
    const at = new Date(2021, 10, 17, 15, 30).toISOString();
    expect(formatClock(at, 'id')).toBe('15.30');
    expect(formatClock(at, 'en')).toBe('15:30');
    expect(formatClock('not a date', 'en')).toBe('–');
  });

  it('writes a date with the month in words, so day and month cannot be swapped', () => {
    const at = new Date(2021, 10, 17, 9, 5).toISOString();
    expect(formatDateTime(at, 'id')).toBe('17 Nov 2021 09.05');
    expect(formatDateTime(at, 'en')).toBe('17 Nov 2021 09:05');
  });
});
