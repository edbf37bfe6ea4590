import { cleanLine, richDocToText, type BimtekStageId, type Dimension, type ReadinessPillar, type Workshop } from '../model';
import { fillLabel } from '../document/labels';
import { DATE_WORDS_ID, longDate } from './bimtek';
import { readinessStats } from './readiness-stats';

/**
 * What each Tahap of the Bimtek decided, read from the workshop (the worksheets hold the decisions; the Bimtek record
 * only holds the notes they do not): first as data (findings), then in words. The berita acara words them in
 * Indonesian (BIMTEK_DECISION_TEXTS_ID); the worksheet words them in the UI's language, with its own templates.
 */

/** One thing a Tahap decided, as data. */
export type BimtekFinding =
  | { kind: 'readiness'; scored: number; pillars: { pillar: ReadinessPillar; mean: number }[] }
  | { kind: 'issues'; issues: number; dimensions: number }
  | { kind: 'swotTows'; swot: number; tows: number }
  | { kind: 'gaps'; dimensions: number }
  | { kind: 'keywords'; keywords: string[] }
  | { kind: 'vision'; statement: string }
  | { kind: 'missions'; missions: string[] }
  | { kind: 'goals'; goals: number }
  | { kind: 'programs'; programs: number; perDimension: { dimension: Dimension; count: number }[] }
  | { kind: 'rpjmd'; rows: number }
  | { kind: 'innovations'; innovative: number; programs: number }
  | { kind: 'roadmap'; scheduled: number; from: number; to: number }
  | { kind: 'quickWins'; chosen: { code: string; name: string; dimension: Dimension | null }[] }
  | { kind: 'review'; reviewed: number; chapters: number }
  | { kind: 'plans'; planned: number }
  | { kind: 'commitment'; place: string; date: string | null; parties: number }
  | { kind: 'sections'; final: number; sections: number }
  | { kind: 'note'; text: string };

export type BimtekFindingKind = BimtekFinding['kind'];

const tahap1 = (w: Workshop): BimtekFinding[] => {
  const out: BimtekFinding[] = [];
  const scored = w.readinessItems.filter((i) => i.score !== null).length;
  if (scored > 0) {
    const pillars = readinessStats(w.readinessItems).flatMap((p) => (p.mean === null ? [] : [{ pillar: p.pillar, mean: p.mean }]));
    out.push({ kind: 'readiness', scored, pillars });
  }
  const issueDims = w.dimensionSet.dimensions.filter((d) => w.issues.some((i) => i.dimensionId === d.id));
  if (w.issues.length > 0) out.push({ kind: 'issues', issues: w.issues.length, dimensions: issueDims.length });
  if (w.swotItems.length > 0 || w.towsStrategies.length > 0) out.push({ kind: 'swotTows', swot: w.swotItems.length, tows: w.towsStrategies.length });
  const gaps = w.gapAnalyses.filter((g) => g.currentCondition.trim() !== '' && g.targetCondition.trim() !== '');
  if (gaps.length > 0) out.push({ kind: 'gaps', dimensions: gaps.length });
  const keywords = w.vision.keywords.map(cleanLine).filter(Boolean);
  if (keywords.length > 0) out.push({ kind: 'keywords', keywords });
  return out;
};

const tahap2 = (w: Workshop): BimtekFinding[] => {
  const out: BimtekFinding[] = [];
  const vision = richDocToText(w.vision.statement).replace(/\s+/g, ' ').trim();
  if (vision) out.push({ kind: 'vision', statement: vision });
  if (w.missions.length > 0) out.push({ kind: 'missions', missions: w.missions.map((m) => m.text.replace(/\s+/g, ' ').trim()) });
  if (w.goals.length > 0) out.push({ kind: 'goals', goals: w.goals.length });
  if (w.programs.length > 0) {
    const perDimension = w.dimensionSet.dimensions.map((dimension) => ({ dimension, count: w.programs.filter((p) => p.dimensionId === dimension.id).length })).filter((d) => d.count > 0);
    out.push({ kind: 'programs', programs: w.programs.length, perDimension });
  }
  if (w.rpjmdMappings.length > 0) out.push({ kind: 'rpjmd', rows: w.rpjmdMappings.length });
  return out;
};

const tahap3 = (w: Workshop): BimtekFinding[] => {
  const out: BimtekFinding[] = [];
  const innovative = w.programs.filter((p) => p.innovationType !== null || p.innovationDescription.trim() !== '').length;
  if (innovative > 0) out.push({ kind: 'innovations', innovative, programs: w.programs.length });
  const scheduled = w.programs.filter((p) => p.years.length > 0).length;
  if (scheduled > 0) out.push({ kind: 'roadmap', scheduled, from: w.horizon.startYear, to: w.horizon.startYear + w.horizon.years - 1 });
  const chosen = w.quickWins.candidates
    .filter((c) => c.decision === 'chosen')
    .flatMap((c) => {
      const program = w.programs.find((p) => p.id === c.programId);
      return program ? [{ code: program.code, name: program.name, dimension: w.dimensionSet.dimensions.find((d) => d.id === program.dimensionId) ?? null }] : [];
    });
  if (chosen.length > 0) out.push({ kind: 'quickWins', chosen });
  return out;
};

const tahap4 = (w: Workshop): BimtekFinding[] => {
  const out: BimtekFinding[] = [];
  const c = w.commitment;
  const reviewed = c.reviewChecklist.filter((r) => r.reviewed).length;
  if (reviewed > 0) out.push({ kind: 'review', reviewed, chapters: c.reviewChecklist.length });
  const planned = w.quickWins.candidates.filter((q) => q.decision === 'chosen' && q.sheet.plan.length > 0).length;
  if (planned > 0) out.push({ kind: 'plans', planned });
  if (c.entries.length > 0 || c.date !== null) out.push({ kind: 'commitment', place: c.place.trim(), date: c.date, parties: c.entries.length });
  if (w.sections.length > 0) out.push({ kind: 'sections', final: w.sections.filter((s) => s.status === 'final').length, sections: w.sections.length });
  return out;
};

const DERIVED: Record<BimtekStageId, (w: Workshop) => BimtekFinding[]> = { 'tahap-1': tahap1, 'tahap-2': tahap2, 'tahap-3': tahap3, 'tahap-4': tahap4 };

/**
 * What a Tahap decided: what its worksheets hold (reference §1: readiness, issues, SWOT/TOWS and vision keywords in
 * Tahap I; vision, missions and the program mapping in Tahap II; innovations, roadmap and chosen quick wins in Tahap III;
 * review, quick-win plans and the signed commitment in Tahap IV), then the Tahap's own notes, one per line.
 */
export const bimtekFindings = (w: Workshop, stage: BimtekStageId): BimtekFinding[] => {
  const notes = w.bimtek.stages[stage].notes
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean)
    .map((text): BimtekFinding => ({ kind: 'note', text }));
  return [...DERIVED[stage](w), ...notes];
};

// ——— in words ———

/** One decision of a Tahap in words: a sentence, and the items it lists (missions, quick wins …), if any. */
export interface BimtekDecision {
  text: string;
  items: string[];
}

/** The sentence of each finding, with {placeholders}; `commitmentPlace` and `commitmentDate` fill `{where}`. */
export type BimtekDecisionTexts = Record<Exclude<BimtekFindingKind, 'note'> | 'commitmentPlace' | 'commitmentDate', string>;

/** Indonesian, for the berita acara (and the worksheet's Indonesian). */
export const BIMTEK_DECISION_TEXTS_ID = {
  readiness: 'Analisis kesiapan daerah disepakati: {scored} item dinilai (skala 1–5), dengan indeks rata-rata per pilar {pillars}.',
  issues: 'Isu strategis daerah dirumuskan: {issues} isu pada {dimensions} dimensi.',
  swotTows: 'Analisis SWOT dan TOWS disepakati: {swot} faktor SWOT dan {tows} strategi TOWS.',
  gaps: 'Analisis kesenjangan disusun untuk {dimensions} dimensi.',
  keywords: 'Kata kunci visi yang dihimpun: {keywords}.',
  vision: 'Visi smart city yang disepakati: “{statement}”.',
  missions: 'Misi yang disepakati ({count}):',
  goals: 'Tujuan dan sasaran dirumuskan: {goals} tujuan.',
  programs: 'Program dipetakan ke dimensi smart city: {programs} program ({perDimension}).',
  rpjmd: 'Pemetaan terhadap RPJMD/Renstra: {rows} baris pemetaan.',
  innovations: 'Inovasi dilekatkan pada {innovative} dari {programs} program.',
  roadmap: 'Peta jalan disusun: {scheduled} program dijadwalkan pada tahun {from}–{to}.',
  quickWins: 'Quick win yang dipilih ({count}):',
  review: 'Naskah masterplan direviu bab per bab: {reviewed} dari {chapters} bab.',
  plans: 'Rencana pelaksanaan quick win difinalkan untuk {planned} quick win.',
  commitment: 'Lembar Komitmen Bersama ditandatangani{where} oleh {parties} pihak.',
  sections: 'Bagian naskah berstatus final: {final} dari {sections}.',
  commitmentPlace: ' di {place}',
  commitmentDate: ' pada {date}',
} as const satisfies BimtekDecisionTexts;

/** How a language writes what the sentences hold. */
export interface BimtekDecisionWords {
  texts: BimtekDecisionTexts;
  /** "Struktur", "Structure". */
  pillar(pillar: ReadinessPillar): string;
  /** The dimension's name in that language. */
  dimension(dimension: Dimension): string;
  /** A mean with two decimals: "3,50", "3.50". */
  decimal(value: number): string;
  /** "a, b dan c", "a, b and c". */
  list(words: readonly string[]): string;
  /** "17 November 2021". */
  date(iso: string): string;
}

/** "a, b dan c" with the language's word for "and". */
export const listWith =
  (and: string) =>
  (words: readonly string[]): string =>
    words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;

/** A finding in a language's words. */
export const wordFinding = (f: BimtekFinding, words: BimtekDecisionWords): BimtekDecision => {
  if (f.kind === 'note') return { text: f.text, items: [] };
  const template = words.texts[f.kind];
  const say = (values: Record<string, string | number>, items: string[] = []): BimtekDecision => ({
    text: fillLabel(template, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]))),
    items,
  });
  switch (f.kind) {
    case 'readiness':
      return say({ scored: f.scored, pillars: words.list(f.pillars.map((p) => `${words.pillar(p.pillar)} ${words.decimal(p.mean)}`)) });
    case 'issues':
      return say({ issues: f.issues, dimensions: f.dimensions });
    case 'swotTows':
      return say({ swot: f.swot, tows: f.tows });
    case 'gaps':
      return say({ dimensions: f.dimensions });
    case 'keywords':
      return say({ keywords: f.keywords.join(', ') });
    case 'vision':
      // A statement's own full stop is not printed before the closing quote and the sentence's.
      return say({ statement: f.statement.replace(/\.+$/, '') });
    case 'missions':
      return say({ count: f.missions.length }, f.missions);
    case 'goals':
      return say({ goals: f.goals });
    case 'programs':
      return say({ programs: f.programs, perDimension: f.perDimension.map((d) => `${words.dimension(d.dimension)} ${d.count}`).join('; ') });
    case 'rpjmd':
      return say({ rows: f.rows });
    case 'innovations':
      return say({ innovative: f.innovative, programs: f.programs });
    case 'roadmap':
      return say({ scheduled: f.scheduled, from: f.from, to: f.to });
    case 'quickWins':
      return say({ count: f.chosen.length }, f.chosen.map((q) => `${q.code} ${q.name}${q.dimension ? ` (${words.dimension(q.dimension)})` : ''}`));
    case 'review':
      return say({ reviewed: f.reviewed, chapters: f.chapters });
    case 'plans':
      return say({ planned: f.planned });
    case 'commitment': {
      const where = (f.place ? fillLabel(words.texts.commitmentPlace, { place: f.place }) : '') + (f.date ? fillLabel(words.texts.commitmentDate, { date: words.date(f.date) }) : '');
      return say({ where, parties: f.parties });
    }
    case 'sections':
      return say({ final: f.final, sections: f.sections });
  }
};

/** The workshop's own words: Indonesian, dimensions by their Indonesian names, "3,50". */
export const DECISION_WORDS_ID: BimtekDecisionWords = {
  texts: BIMTEK_DECISION_TEXTS_ID,
  pillar: (p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}`,
  dimension: (d) => d.nameId,
  decimal: (value) => value.toFixed(2).replace('.', ','),
  list: listWith('dan'),
  date: (iso) => longDate(iso, DATE_WORDS_ID),
};

/** The decisions of a Tahap in Indonesian, as the berita acara prints them. */
export const bimtekDecisions = (w: Workshop, stage: BimtekStageId): BimtekDecision[] => bimtekFindings(w, stage).map((f) => wordFinding(f, DECISION_WORDS_ID));
