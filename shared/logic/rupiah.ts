/** Rupiah and dates written the Indonesian way, independent of the machine's locale. */

/** The language an amount is written in: Indonesian "Rp 1.250.000" (the default, and every document), English "Rp 1,250,000". */
export type AmountLanguage = 'id' | 'en';

const THOUSANDS: Record<AmountLanguage, string> = { id: '.', en: ',' };
const DECIMAL: Record<AmountLanguage, string> = { id: ',', en: '.' };

const groupThousands = (digits: string, language: AmountLanguage = 'id'): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS[language]);

/** 1250000000 → "Rp 1.250.000.000" ("Rp 1,250,000,000" in English; whole Rupiah, fractions are rounded). */
export const formatRupiah = (amount: number, language: AmountLanguage = 'id'): string => {
  const rounded = Math.round(amount);
  const sign = rounded < 0 ? '-' : '';
  return `${sign}Rp ${groupThousands(String(Math.abs(rounded)), language)}`;
};

const SCALES: readonly { words: readonly string[]; factor: number }[] = [
  { words: ['triliun', 't'], factor: 1_000_000_000_000 },
  { words: ['miliar', 'milyar', 'm', 'b'], factor: 1_000_000_000 },
  { words: ['juta', 'jt'], factor: 1_000_000 },
  { words: ['ribu', 'rb', 'k'], factor: 1_000 },
];

/** "1,25 miliar" etc.: a comma is the decimal separator, a dot groups thousands. */
const parseIndonesianNumber = (text: string): number | null => {
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(text)) return null;
  return Number(text.replace(/\./g, '').replace(',', '.'));
};

/**
 * Reads what a facilitator types back into whole Rupiah: "Rp 1.250.000.000", "1250000000",
 * "Rp1.250.000,00", "1,25 miliar", "250 jt". Null when it is not an amount.
 */
export const parseRupiah = (input: string): number | null => {
  const text = input.trim().toLowerCase().replace(/^rp\.?\s*/, '').replace(/\s+/g, ' ');
  if (text === '') return null;
  const scaled = /^([\d.,]+)\s*([a-z]+)$/.exec(text);
  if (scaled) {
    const scale = SCALES.find((s) => s.words.includes(scaled[2] ?? ''));
    const value = parseIndonesianNumber(scaled[1] ?? '');
    return scale && value !== null ? Math.round(value * scale.factor) : null;
  }
  const value = parseIndonesianNumber(text.replace(/ /g, ''));
  return value === null ? null : Math.round(value);
};

const SCALE_WORDS_EN: Readonly<Record<number, string>> = { 1_000_000_000_000: 'trillion', 1_000_000_000: 'billion', 1_000_000: 'million' };

/** 1250000000 → "Rp 1,25 miliar" ("Rp 1.25 billion" in English), for charts and summaries. */
export const formatRupiahShort = (amount: number, language: AmountLanguage = 'id'): string => {
  const abs = Math.abs(amount);
  const scale = SCALES.find((s) => abs >= s.factor && s.factor >= 1_000_000);
  if (!scale) return formatRupiah(amount, language);
  const value = Math.round((amount / scale.factor) * 100) / 100;
  const word = language === 'en' ? SCALE_WORDS_EN[scale.factor] : scale.words[0];
  return `Rp ${String(value).replace('.', DECIMAL[language])} ${word ?? ''}`;
};

export const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;
export const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** Western Indonesian Time (WIB, UTC+7): where the date of a timestamp is read unless told otherwise. */
export const WIB_OFFSET_MINUTES = 7 * 60;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

/** A date-only string is taken as written; a timestamp is read in the given time zone offset. */
const calendarDate = (value: string | Date, offsetMinutes: number): CalendarDate | null => {
  if (typeof value === 'string') {
    const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (dateOnly) {
      const d = new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])));
      if (d.getUTCDate() !== Number(dateOnly[3])) return null;
      return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay() };
    }
  }
  const time = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(time)) return null;
  const shifted = new Date(time + offsetMinutes * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth(), day: shifted.getUTCDate(), weekday: shifted.getUTCDay() };
};

/** "2021-11-16" → "16 November 2021"; an empty string when the date cannot be read. */
export const formatTanggal = (value: string | Date, offsetMinutes = WIB_OFFSET_MINUTES): string => {
  const d = calendarDate(value, offsetMinutes);
  return d ? `${d.day} ${MONTHS_ID[d.month]} ${d.year}` : '';
};

/** "2021-11-16" → "Selasa, 16 November 2021". */
export const formatHariTanggal = (value: string | Date, offsetMinutes = WIB_OFFSET_MINUTES): string => {
  const d = calendarDate(value, offsetMinutes);
  return d ? `${DAYS_ID[d.weekday]}, ${d.day} ${MONTHS_ID[d.month]} ${d.year}` : '';
};

/** "16 November 2021" (or "Selasa, 16 november 2021") → "2021-11-16"; null when it is not a real date. */
export const parseTanggal = (text: string): string | null => {
  const match = /^(?:[a-z]+,\s*)?(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i.exec(text.trim());
  if (!match) return null;
  const month = MONTHS_ID.findIndex((m) => m.toLowerCase() === (match[2] ?? '').toLowerCase());
  if (month < 0) return null;
  const iso = `${match[3]}-${String(month + 1).padStart(2, '0')}-${String(Number(match[1])).padStart(2, '0')}`;
  return calendarDate(iso, 0) ? iso : null;
};
