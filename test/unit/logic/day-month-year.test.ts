import { describe, expect, it } from 'vitest';
import { formatDayMonthYear, readDayMonthYear } from '../../../shared/logic/day-month-year';

describe('dates typed as day/month/year', () => {
  it('reads day first whatever the separator, and still takes an ISO date', () => {
    expect(readDayMonthYear('17/11/2021')).toEqual({ ok: true, iso: '2021-11-17' });
    expect(readDayMonthYear(' 1-2-2026 ')).toEqual({ ok: true, iso: '2026-02-01' });
    expect(readDayMonthYear('01.02.2026')).toEqual({ ok: true, iso: '2026-02-01' });
    expect(readDayMonthYear('2026-11-20')).toEqual({ ok: true, iso: '2026-11-20' });
  });

  it('an empty field is no date; a US-style or impossible date is refused with a reason', () => {
    expect(readDayMonthYear('')).toEqual({ ok: true, iso: null });
    expect(readDayMonthYear('11/17/2021')).toEqual({ ok: false, reason: 'not-a-date' });
    expect(readDayMonthYear('31/02/2026')).toEqual({ ok: false, reason: 'not-a-date' });
    expect(readDayMonthYear('17 November')).toEqual({ ok: false, reason: 'format' });
  });

  it('writes a stored date back day first', () => {
    expect(formatDayMonthYear('2021-11-17')).toBe('17/11/2021');
    expect(readDayMonthYear(formatDayMonthYear('2026-02-01'))).toEqual({ ok: true, iso: '2026-02-01' });
  });
});
