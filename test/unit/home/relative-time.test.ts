import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from '../../../renderer/src/features/home/relative-time';

const NOW = new Date('2026-11-23T10:00:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();

describe('how long ago a workshop was changed, on the home screen', () => {
  it('says "baru saja" for the last minute and for a clock slightly ahead', () => {
    expect(formatRelativeTime(ago(20), 'id', 'baru saja', NOW)).toBe('baru saja');
    expect(formatRelativeTime(ago(-30), 'id', 'baru saja', NOW)).toBe('baru saja');
  });

  it('counts minutes, hours, days and weeks in Bahasa Indonesia', () => {
    expect(formatRelativeTime(ago(5 * 60), 'id', '', NOW)).toBe('5 menit yang lalu');
    expect(formatRelativeTime(ago(2 * 3600), 'id', '', NOW)).toBe('2 jam yang lalu');
    expect(formatRelativeTime(ago(26 * 3600), 'id', '', NOW)).toBe('kemarin');
    expect(formatRelativeTime(ago(15 * 86400), 'id', '', NOW)).toBe('2 minggu yang lalu');
  });

  it('speaks English when the UI does, and gives a dash for an unreadable date', () => {
    expect(formatRelativeTime(ago(3 * 86400), 'en', 'just now', NOW)).toBe('3 days ago');
    expect(formatRelativeTime('not a date', 'en', 'just now', NOW)).toBe('–');
  });
});
