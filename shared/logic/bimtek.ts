import { BIMTEK_STAGES, cleanLine, richDocToText, type BimtekAttendee, type BimtekStageId, type Opd, type Workshop } from '../model';
import { MONTHS_ID } from './rupiah';
import { readinessStats } from './readiness-stats';

/**
 * Pelaksanaan Bimtek (shared/model/bimtek.ts): what each Tahap decided, read from the workshop (the worksheets hold
 * the decisions; the record only holds what they do not), who attended, dates in Indonesian words, and the reading of
 * a pasted attendance list.
 */

export const BIMTEK_NUMERALS: Record<BimtekStageId, 'I' | 'II' | 'III' | 'IV'> = { 'tahap-1': 'I', 'tahap-2': 'II', 'tahap-3': 'III', 'tahap-4': 'IV' };

/** What each Tahap is about (domain reference §1), for the berita acara's opening sentence. */
export const BIMTEK_THEMES: Record<BimtekStageId, string> = {
  'tahap-1': 'Analisis Strategis dan Kesiapan Daerah',
  'tahap-2': 'Perumusan Visi, Misi dan Pemetaan Program',
  'tahap-3': 'Inovasi, Peta Jalan dan Pemilihan Quick Win',
  'tahap-4': 'Finalisasi Masterplan dan Komitmen Bersama',
};

/** One decision of a Tahap: a sentence, and the items it lists (missions, quick wins …), if any. */
export interface BimtekDecision {
  text: string;
  items: string[];
}

const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

const parts = (iso: string): { y: number; m: number; d: number } | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
};

/** "2025-03-10" → "Senin" (the day of the week, in the calendar, not the machine's time zone). */
export const dayName = (iso: string): string => {
  const p = parts(iso);
  return p ? (DAYS_ID[new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay()] ?? '') : '';
};

/** "2025-03-10" → "10 Maret 2025". */
export const longDate = (iso: string): string => {
  const p = parts(iso);
  return p ? `${p.d} ${MONTHS_ID[p.m - 1] ?? p.m} ${p.y}` : iso;
};

/**
 * The days of a Tahap in words: "Senin, 10 Maret 2025", "Senin–Selasa, 10–11 Maret 2025",
 * "Jumat–Senin, 28 Februari – 3 Maret 2025"; '' when no date is set. Without `withDays`, the dates alone ("10–11 Maret 2025").
 */
export const stageDates = (start: string | null, end: string | null, withDays = true): string => {
  const full = stageDatesWithDays(start, end);
  return withDays ? full : full.slice(full.indexOf(', ') + 2);
};

const stageDatesWithDays = (start: string | null, end: string | null): string => {
  const first = start ?? end;
  if (!first) return '';
  const last = end ?? start ?? first;
  const a = parts(first);
  const b = parts(last);
  if (!a || !b || first === last) return `${dayName(first)}, ${longDate(first)}`;
  const days = `${dayName(first)}–${dayName(last)}`;
  if (a.y === b.y && a.m === b.m) return `${days}, ${a.d}–${b.d} ${MONTHS_ID[a.m - 1] ?? a.m} ${a.y}`;
  if (a.y === b.y) return `${days}, ${a.d} ${MONTHS_ID[a.m - 1] ?? a.m} – ${longDate(last)}`;
  return `${days}, ${longDate(first)} – ${longDate(last)}`;
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

const decimal = (value: number): string => value.toFixed(2).replace('.', ',');
const listWords = (words: string[]): string => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} dan ${words[words.length - 1]}`);
const decision = (text: string, items: string[] = []): BimtekDecision => ({ text, items });

const tahap1 = (w: Workshop): BimtekDecision[] => {
  const out: BimtekDecision[] = [];
  const scored = w.readinessItems.filter((i) => i.score !== null);
  if (scored.length > 0) {
    const pillars = readinessStats(w.readinessItems)
      .filter((p) => p.mean !== null)
      .map((p) => `${p.pillar.charAt(0).toUpperCase()}${p.pillar.slice(1)} ${decimal(p.mean ?? 0)}`);
    out.push(decision(`Analisis kesiapan daerah disepakati: ${scored.length} item dinilai (skala 1–5), dengan indeks rata-rata per pilar ${listWords(pillars)}.`));
  }
  const dims = w.dimensionSet.dimensions;
  const issueDims = dims.filter((d) => w.issues.some((i) => i.dimensionId === d.id));
  if (w.issues.length > 0) out.push(decision(`Isu strategis daerah dirumuskan: ${w.issues.length} isu pada ${issueDims.length} dimensi.`));
  if (w.swotItems.length > 0 || w.towsStrategies.length > 0) {
    out.push(decision(`Analisis SWOT dan TOWS disepakati: ${w.swotItems.length} faktor SWOT dan ${w.towsStrategies.length} strategi TOWS.`));
  }
  const gaps = w.gapAnalyses.filter((g) => g.currentCondition.trim() !== '' && g.targetCondition.trim() !== '');
  if (gaps.length > 0) out.push(decision(`Analisis kesenjangan disusun untuk ${gaps.length} dimensi.`));
  const keywords = w.vision.keywords.map(cleanLine).filter(Boolean);
  if (keywords.length > 0) out.push(decision(`Kata kunci visi yang dihimpun: ${keywords.join(', ')}.`));
  return out;
};

const tahap2 = (w: Workshop): BimtekDecision[] => {
  const out: BimtekDecision[] = [];
  const vision = richDocToText(w.vision.statement).replace(/\s+/g, ' ').trim();
  if (vision) out.push(decision(`Visi smart city yang disepakati: “${vision}”.`));
  if (w.missions.length > 0) out.push(decision(`Misi yang disepakati (${w.missions.length}):`, w.missions.map((m) => m.text.replace(/\s+/g, ' ').trim())));
  if (w.goals.length > 0) out.push(decision(`Tujuan dan sasaran dirumuskan: ${w.goals.length} tujuan.`));
  if (w.programs.length > 0) {
    const perDim = w.dimensionSet.dimensions
      .map((d) => ({ name: d.nameId, count: w.programs.filter((p) => p.dimensionId === d.id).length }))
      .filter((d) => d.count > 0)
      .map((d) => `${d.name} ${d.count}`);
    out.push(decision(`Program dipetakan ke dimensi smart city: ${w.programs.length} program (${perDim.join('; ')}).`));
  }
  if (w.rpjmdMappings.length > 0) out.push(decision(`Pemetaan terhadap RPJMD/Renstra: ${w.rpjmdMappings.length} baris pemetaan.`));
  return out;
};

const tahap3 = (w: Workshop): BimtekDecision[] => {
  const out: BimtekDecision[] = [];
  const innovative = w.programs.filter((p) => p.innovationType !== null || p.innovationDescription.trim() !== '');
  if (innovative.length > 0) out.push(decision(`Inovasi dilekatkan pada ${innovative.length} dari ${w.programs.length} program.`));
  const scheduled = w.programs.filter((p) => p.years.length > 0);
  if (scheduled.length > 0) out.push(decision(`Peta jalan disusun: ${scheduled.length} program dijadwalkan pada tahun ${w.horizon.startYear}–${w.horizon.startYear + w.horizon.years - 1}.`));
  const chosen = w.quickWins.candidates.filter((c) => c.decision === 'chosen');
  const items = chosen.flatMap((c) => {
    const program = w.programs.find((p) => p.id === c.programId);
    if (!program) return [];
    const dimension = w.dimensionSet.dimensions.find((d) => d.id === program.dimensionId);
    return [`${program.code} ${program.name}${dimension ? ` (${dimension.nameId})` : ''}`];
  });
  if (items.length > 0) out.push(decision(`Quick win yang dipilih (${items.length}):`, items));
  return out;
};

const tahap4 = (w: Workshop): BimtekDecision[] => {
  const out: BimtekDecision[] = [];
  const c = w.commitment;
  const reviewed = c.reviewChecklist.filter((r) => r.reviewed).length;
  if (reviewed > 0) out.push(decision(`Naskah masterplan direviu bab per bab: ${reviewed} dari ${c.reviewChecklist.length} bab.`));
  const planned = w.quickWins.candidates.filter((q) => q.decision === 'chosen' && q.sheet.plan.length > 0).length;
  if (planned > 0) out.push(decision(`Rencana pelaksanaan quick win difinalkan untuk ${planned} quick win.`));
  if (c.entries.length > 0 || c.date !== null) {
    const where = [c.place.trim() ? `di ${c.place.trim()}` : '', c.date ? `pada ${longDate(c.date)}` : ''].filter(Boolean).join(' ');
    out.push(decision(`Lembar Komitmen Bersama ditandatangani${where ? ` ${where}` : ''} oleh ${c.entries.length} pihak.`));
  }
  const final = w.sections.filter((s) => s.status === 'final').length;
  if (w.sections.length > 0) out.push(decision(`Bagian naskah berstatus final: ${final} dari ${w.sections.length}.`));
  return out;
};

const DERIVED: Record<BimtekStageId, (w: Workshop) => BimtekDecision[]> = { 'tahap-1': tahap1, 'tahap-2': tahap2, 'tahap-3': tahap3, 'tahap-4': tahap4 };

/**
 * The decisions of a Tahap: what its worksheets hold (reference §1: readiness, issues, SWOT/TOWS and vision keywords in
 * Tahap I; vision, missions and the program mapping in Tahap II; innovations, roadmap and chosen quick wins in Tahap III;
 * review, quick-win plans and the signed commitment in Tahap IV), then the Tahap's own notes, one per line.
 */
export const bimtekDecisions = (w: Workshop, stage: BimtekStageId): BimtekDecision[] => {
  const notes = w.bimtek.stages[stage].notes
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean)
    .map((line) => decision(line));
  return [...DERIVED[stage](w), ...notes];
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
