import { describe, expect, it } from 'vitest';
import { formatYearList, parseYearList } from '../../../shared/logic/year-list';

const plan = { startYear: 2026, years: 5 as const };

describe('the years a program runs', () => {
  it('are written as ranges where they follow each other', () => {
    expect(formatYearList([2028, 2026, 2027, 2030])).toBe('2026–2028, 2030');
    expect(formatYearList([2026])).toBe('2026');
    expect(formatYearList([])).toBe('');
  });

  it('are read from what a facilitator types', () => {
    expect(parseYearList('2026–2028, 2030', plan)).toEqual({ ok: true, years: [2026, 2027, 2028, 2030] });
    expect(parseYearList('2026-2027', plan)).toEqual({ ok: true, years: [2026, 2027] });
    expect(parseYearList('2027 2026 2027', plan)).toEqual({ ok: true, years: [2026, 2027] });
    expect(parseYearList('2026 s.d. 2028', plan)).toEqual({ ok: true, years: [2026, 2027, 2028] });
    expect(parseYearList('2026 sampai 2027', plan)).toEqual({ ok: true, years: [2026, 2027] });
    expect(parseYearList('  ', plan)).toEqual({ ok: true, years: [] });
  });

  it('outside the plan horizon are refused with the horizon named', () => {
    expect(parseYearList('2026, 2035', plan)).toEqual({ ok: false, message: 'Tahun 2035 di luar horizon rencana 2026–2030' });
    expect(parseYearList('2024–2027', plan)).toEqual({ ok: false, message: 'Tahun 2024 di luar horizon rencana 2026–2030' });
  });

  it('that are not years, or a reversed range, are refused in Indonesian', () => {
    expect(parseYearList('tahun depan', plan)).toMatchObject({ ok: false, message: expect.stringContaining('bukan tahun') });
    expect(parseYearList('26', plan)).toMatchObject({ ok: false, message: expect.stringContaining('"26" bukan tahun') });
    expect(parseYearList('2028–2026', plan)).toMatchObject({ ok: false, message: expect.stringContaining('terbalik') });
  });
});
