import { describe, expect, it } from 'vitest';
import { formatHariTanggal, formatRupiah, formatRupiahShort, formatTanggal, parseRupiah, parseTanggal } from '../../../shared/logic';

describe('Rupiah amounts', () => {
  it('are written with dots between thousands', () => {
    expect(formatRupiah(1_250_000_000)).toBe('Rp 1.250.000.000');
    expect(formatRupiah(850_000_000)).toBe('Rp 850.000.000');
    expect(formatRupiah(999)).toBe('Rp 999');
    expect(formatRupiah(0)).toBe('Rp 0');
  });

  it('are read back from what was written', () => {
    for (const amount of [0, 7, 1_000, 150_000_000, 1_250_000_000, 12_345_678_901]) expect(parseRupiah(formatRupiah(amount))).toBe(amount);
  });

  it('are read from the ways facilitators type them', () => {
    expect(parseRupiah('1250000000')).toBe(1_250_000_000);
    expect(parseRupiah('Rp1.250.000,00')).toBe(1_250_000);
    expect(parseRupiah('rp. 500.000')).toBe(500_000);
    expect(parseRupiah('1,25 miliar')).toBe(1_250_000_000);
    expect(parseRupiah('1,5 M')).toBe(1_500_000_000);
    expect(parseRupiah('250 jt')).toBe(250_000_000);
    expect(parseRupiah('750 ribu')).toBe(750_000);
  });

  it('are not guessed from text that is not an amount', () => {
    expect(parseRupiah('')).toBeNull();
    expect(parseRupiah('sekitar satu miliar')).toBeNull();
    expect(parseRupiah('1.5')).toBeNull();
    expect(parseRupiah('12 ekor')).toBeNull();
  });

  it('are shortened for charts', () => {
    expect(formatRupiahShort(1_250_000_000)).toBe('Rp 1,25 miliar');
    expect(formatRupiahShort(850_000_000)).toBe('Rp 850 juta');
    expect(formatRupiahShort(2_000_000_000_000)).toBe('Rp 2 triliun');
    expect(formatRupiahShort(500_000)).toBe('Rp 500.000');
  });

  it('are written the English way under the English UI', () => {
    expect(formatRupiah(1_250_000_000, 'en')).toBe('Rp 1,250,000,000');
    expect(formatRupiah(-7_500, 'en')).toBe('-Rp 7,500');
    expect(formatRupiahShort(1_250_000_000, 'en')).toBe('Rp 1.25 billion');
    expect(formatRupiahShort(850_000_000, 'en')).toBe('Rp 850 million');
    expect(formatRupiahShort(2_000_000_000_000, 'en')).toBe('Rp 2 trillion');
    expect(formatRupiahShort(500_000, 'en')).toBe('Rp 500,000');
    // Indonesian stays the default (the documents are always Indonesian).
    expect(formatRupiah(1_250_000_000, 'id')).toBe(formatRupiah(1_250_000_000));
  });
});

describe('Indonesian dates', () => {
  it('write the day, month name and year', () => {
    expect(formatTanggal('2021-11-16')).toBe('16 November 2021');
    expect(formatTanggal('2022-01-05')).toBe('5 Januari 2022');
  });

  it('name the weekday: the Tahap IV Bimtek opened on a Tuesday', () => {
    expect(formatHariTanggal('2021-11-16')).toBe('Selasa, 16 November 2021');
  });

  it('read a timestamp in Western Indonesian Time unless told otherwise', () => {
    expect(formatTanggal('2021-11-16T20:00:00Z')).toBe('17 November 2021');
    expect(formatTanggal('2021-11-16T20:00:00Z', 0)).toBe('16 November 2021');
    expect(formatTanggal(new Date(Date.UTC(2021, 10, 16, 3)))).toBe('16 November 2021');
  });

  it('give an empty string for something that is not a date', () => {
    expect(formatTanggal('bukan tanggal')).toBe('');
    expect(formatTanggal('2021-02-30')).toBe('');
  });

  it('are read back into ISO dates', () => {
    expect(parseTanggal('16 November 2021')).toBe('2021-11-16');
    expect(parseTanggal('Selasa, 16 november 2021')).toBe('2021-11-16');
    expect(parseTanggal(formatTanggal('2024-02-29'))).toBe('2024-02-29');
    expect(parseTanggal('31 Februari 2021')).toBeNull();
    expect(parseTanggal('16 Nov 2021')).toBeNull();
  });
});
