import { planEndYear, type PlanHorizon } from '../model';

/** [2026, 2027, 2028, 2030] → "2026–2028, 2030": runs of consecutive years are written as a range. */
export const formatYearList = (years: readonly number[]): string => {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const year of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || previous === undefined) break;
    if (year === previous + 1) {
      previous = year;
      continue;
    }
    parts.push(start === previous ? String(start) : `${start}–${previous}`);
    start = year;
    previous = year;
  }
  return parts.join(', ');
};

export type YearListRead = { ok: true; years: number[] } | { ok: false; message: string };

const RANGE = /^(\d{4})–(\d{4})$/;

/**
 * Reads the years a facilitator types for a program: "2026–2028, 2030", "2026-2030",
 * "2026 2027" or "2026 s.d. 2028". Every year must lie inside the plan horizon. Empty means no years yet.
 */
export const parseYearList = (text: string, horizon: PlanHorizon): YearListRead => {
  const end = planEndYear(horizon);
  const years = new Set<number>();
  const normalised = text
    .trim()
    .replace(/\s*(?:s\.?\s?d\.?|s\/d|sampai)\s*/gi, '–')
    .replace(/\s*[-–—]\s*/g, '–');
  const parts = normalised.split(/[,;\s]+/).filter((part) => part !== '');
  for (const part of parts) {
    const range = RANGE.exec(part);
    const single = /^\d{4}$/.test(part) ? Number(part) : null;
    if (!range && single === null) return { ok: false, message: `"${part}" bukan tahun. Tulis misalnya 2026–2028, 2030` };
    const from = range ? Number(range[1]) : (single ?? 0);
    const to = range ? Number(range[2]) : (single ?? 0);
    if (to < from) return { ok: false, message: `Rentang ${from}–${to} terbalik: tahun akhir harus setelah tahun awal` };
    for (const year of [from, to]) {
      if (year < horizon.startYear || year > end) return { ok: false, message: `Tahun ${year} di luar horizon rencana ${horizon.startYear}–${end}` };
    }
    for (let year = from; year <= to; year += 1) years.add(year);
  }
  return { ok: true, years: [...years].sort((a, b) => a - b) };
};
