import { BIMTEK_STAGES, cleanLine, type BimtekAttendee, type BimtekStageId, type Opd, type Workshop } from '../model';
import { DAYS_ID, MONTHS_ID } from './rupiah';

/**
 * Pelaksanaan Bimtek (shared/model/bimtek.ts): who attended, dates in words (Indonesian for the papers, the UI's
 * language on screen), and the reading of a pasted attendance list. What each Tahap decided: ./bimtek-decisions.ts.
 */

export const BIMTEK_NUMERALS: Record<BimtekStageId, 'I' | 'II' | 'III' | 'IV'> = { 'tahap-1': 'I', 'tahap-2': 'II', 'tahap-3': 'III', 'tahap-4': 'IV' };

/** What each Tahap is about (domain reference §1), for the berita acara's opening sentence. */
export const BIMTEK_THEMES: Record<BimtekStageId, string> = {
  'tahap-1': 'Analisis Strategis dan Kesiapan Daerah',
  'tahap-2': 'Perumusan Visi, Misi dan Pemetaan Program',
  'tahap-3': 'Inovasi, Peta Jalan dan Pemilihan Quick Win',
  'tahap-4': 'Finalisasi Masterplan dan Komitmen Bersama',
};

/** The words dates are written with: day names from Sunday, month names from January. */
export interface DateWords {
  days: readonly string[];
  months: readonly string[];
}

export const DATE_WORDS_ID: DateWords = { days: DAYS_ID, months: MONTHS_ID };

const parts = (iso: string): { y: number; m: number; d: number } | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
};

/** "2025-03-10" → "Senin" (the day of the week, in the calendar, not the machine's time zone). */
export const dayName = (iso: string, words: DateWords = DATE_WORDS_ID): string => {
  const p = parts(iso);
  return p ? (words.days[new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay()] ?? '') : '';
};

const monthName = (m: number, words: DateWords): string => words.months[m - 1] ?? String(m);

/** "2025-03-10" → "10 Maret 2025". */
export const longDate = (iso: string, words: DateWords = DATE_WORDS_ID): string => {
  const p = parts(iso);
  return p ? `${p.d} ${monthName(p.m, words)} ${p.y}` : iso;
};

/**
 * The days of a Tahap in words: "Senin, 10 Maret 2025", "Senin–Selasa, 10–11 Maret 2025",
 * "Jumat–Senin, 28 Februari – 3 Maret 2025"; '' when no date is set. Without `withDays`, the dates alone ("10–11 Maret 2025").
 * `words` gives other languages' names ("Monday–Tuesday, 10–11 March 2025").
 */
export const stageDates = (start: string | null, end: string | null, withDays = true, words: DateWords = DATE_WORDS_ID): string => {
  const full = stageDatesWithDays(start, end, words);
  return withDays ? full : full.slice(full.indexOf(', ') + 2);
};

const stageDatesWithDays = (start: string | null, end: string | null, words: DateWords): string => {
  const first = start ?? end;
  if (!first) return '';
  const last = end ?? start ?? first;
  const a = parts(first);
  const b = parts(last);
  if (!a || !b || first === last) return `${dayName(first, words)}, ${longDate(first, words)}`;
  const days = `${dayName(first, words)}–${dayName(last, words)}`;
  if (a.y === b.y && a.m === b.m) return `${days}, ${a.d}–${b.d} ${monthName(a.m, words)} ${a.y}`;
  if (a.y === b.y) return `${days}, ${a.d} ${monthName(a.m, words)} – ${longDate(last, words)}`;
  return `${days}, ${longDate(first, words)} – ${longDate(last, words)}`;
};

/** The attendance rows present at a Tahap, in list order. */
export const attendeesAt = (w: Workshop, stage: BimtekStageId): BimtekAttendee[] => w.bimtek.attendees.filter((a) => a.present[stage]);

/** How many attended each Tahap. */
export const attendanceCounts = (w: Workshop): Record<BimtekStageId, number> =>
  Object.fromEntries(BIMTEK_STAGES.map((s) => [s, attendeesAt(w, s).length])) as Record<BimtekStageId, number>;

/** An attendee's OPD as the list shows it: its name (abbreviation as a fallback); '' without one. */
export const attendeeOpdName = (w: Workshop, a: BimtekAttendee): string => {
  const opd = a.opdId === null ? undefined : w.opds.find((o) => o.id === a.opdId);
  return opd ? opd.name || opd.abbreviation : '';
};

// ——— a pasted list ———

/** One line of a pasted attendance list, read. */
export interface PastedAttendee {
  name: string;
  title: string;
  opdId: string | null;
  /** The OPD text when it matched no OPD of the workshop (kept in the group column so nothing is lost). */
  unknownOpd: string;
}

const norm = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The OPD a pasted text names: by abbreviation or by name, ignoring case and punctuation; null when none. */
export const matchOpd = (opds: readonly Opd[], text: string): Opd | null => {
  const key = norm(text);
  if (!key) return null;
  return opds.find((o) => norm(o.abbreviation) === key) ?? opds.find((o) => norm(o.name) === key) ?? opds.find((o) => norm(o.name).includes(key) && key.length >= 6) ?? null;
};

/**
 * Lines of "name; title; OPD" (semicolons, tabs from a spreadsheet, or " | "), as typed or pasted. A line with one
 * part is a name; two parts are name and title. A leading number ("1." or "1") is dropped, and so is a header line
 * ("Nama; Jabatan; OPD"). Empty lines are skipped.
 */
export const readPastedAttendees = (text: string, opds: readonly Opd[]): PastedAttendee[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^no\.?\s*[;\t|]|^nama\s*[;\t|]/i.test(line))
    .map((line) => {
      const cells = line.split(/\t|;|\s\|\s/).map((c) => cleanLine(c));
      if (cells.length > 1 && /^\d{1,4}\.?$/.test(cells[0] ?? '')) cells.shift();
      const [first = '', title = '', opdText = ''] = cells;
      const name = first.replace(/^\d{1,4}[.)]\s+/, '');
      const opd = matchOpd(opds, opdText);
      return { name, title, opdId: opd?.id ?? null, unknownOpd: opd || !opdText ? '' : opdText };
    })
    .filter((row) => row.name !== '' || row.title !== '' || row.opdId !== null || row.unknownOpd !== '');
