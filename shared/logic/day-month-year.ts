/**
 * Dates typed as day/month/year (how both the Indonesian UI and the English one write them here),
 * independent of the operating system's locale. Chromium draws <input type="date"> in the browser's
 * own locale and ignores `lang`, so an English Windows showed 11/17/2021 under the Indonesian UI;
 * the date fields are text fields read by these functions instead.
 */

export type DayMonthYearRead = { ok: true; iso: string | null } | { ok: false; reason: 'format' | 'not-a-date' };

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** "" → null; "17/11/2021", "17-11-2021", "17.11.2021", "1/2/2026" or an ISO "2021-11-17" → "2021-11-17". */
export const readDayMonthYear = (text: string): DayMonthYearRead => {
  const value = text.trim();
  if (value === '') return { ok: true, iso: null };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return { ok: false, reason: 'format' };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { ok: false, reason: 'not-a-date' };
  return { ok: true, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
};

/** "2021-11-17" → "17/11/2021"; anything else is returned as it is. */
export const formatDayMonthYear = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
};
