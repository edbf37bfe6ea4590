import { readFile } from 'node:fs/promises';
import path from 'node:path';

/*
 * The Kota Batu fixture (test/fixtures/kota-batu/kota-batu.json) and the commands a Bappeda script sends to build it
 * through the HTTP API, Tahap by Tahap. The fixture's items are written as the API takes them, so most steps send an
 * item as it is; what a script has to work out (default OPDs to drop, attendance growing per Tahap, the quick-win
 * sheet in whatever shape this build's contract has) is done here.
 */

type Item = { id: string; [key: string]: unknown };
export type Tahap = 'tahap-1' | 'tahap-2' | 'tahap-3' | 'tahap-4';
export const TAHAP: readonly Tahap[] = ['tahap-1', 'tahap-2', 'tahap-3', 'tahap-4'];

export interface Indicator {
  name: string;
  unit: string;
  baseline: number | null;
  baselineYear: number | null;
  targets: { year: number; value: number }[];
}
export interface FixtureProgram {
  id: string;
  code: string;
  dimensionId: string;
  elementId: string;
  name: string;
  leadOpdId: string;
  years: number[];
  budget: { year: number; amount: number }[];
  funding: { sourceId: string; amount: number }[];
  indicators: (Indicator & { id: string })[];
  [key: string]: unknown;
}
export interface FixtureOpd {
  id: string;
  abbreviation: string;
  name: string;
  headTitle: string;
  [key: string]: unknown;
}
export interface Attendee {
  id: string;
  name: string;
  title: string;
  opdId: string | null;
  group: string;
  present: Record<Tahap, boolean>;
}
export interface QuarterStep {
  quarter: number;
  activity: string;
  opdId: string;
  deliverable: string;
}
export interface FixtureCandidate {
  id: string;
  programId: string;
  gates: Record<string, boolean>;
  scores: Record<string, number>;
  problem: string;
  quarterPlan: QuarterStep[];
  sheetIndicators: string;
  sheetRisks: string;
}
export interface Section {
  id: string;
  outlineKey: string;
  title: string;
  content: { type: 'doc'; content: unknown[] };
  ownerOpdId: string;
  status: string;
}

export interface KotaBatu {
  workshop: { title: string; regionName: string; regionKind: 'kota'; startYear: number; years: 5 | 10 };
  region: {
    name: string;
    code: string;
    capital: string;
    motto: string;
    population: number;
    populationYear: number;
    kecamatan: string[];
    regionalHead: { title: string; name: string; deputyName: string; deputyTitle: string };
    milestones: { id: string; date: string; event: string; kind: string }[];
    [key: string]: unknown;
  };
  fundingSourceNames: Record<string, string>;
  opds: FixtureOpd[];
  bimtek: { stages: Record<Tahap, { [key: string]: unknown }>; attendees: Attendee[] };
  readinessItems: Item[];
  issues: Item[];
  swotItems: Item[];
  towsStrategies: Item[];
  gapAnalyses: Item[];
  vision: { [key: string]: unknown };
  visionKeywords: string[];
  missions: Item[];
  goals: (Item & { indicator: Indicator })[];
  programs: FixtureProgram[];
  rpjmdMappings: Item[];
  quickWinCandidates: FixtureCandidate[];
  roadmap: { [key: string]: unknown };
  sections: Section[];
  commitment: { details: { place: string; date: string; statement: string }; entries: Item[] };
}

export const FIXTURE_FILE = path.resolve(import.meta.dirname, '../../fixtures/kota-batu/kota-batu.json');

export const loadKotaBatu = async (): Promise<KotaBatu> => JSON.parse(await readFile(FIXTURE_FILE, 'utf8')) as KotaBatu;

export type Command = { type: string; [key: string]: unknown };

/** What GET /api says about the quick-win candidate this build takes (fields that landed after the fixture was written). */
export interface CandidateShape {
  /** Where the candidate's problem statement goes: on the candidate, on its sheet, or nowhere (older builds). */
  problem: 'candidate' | 'sheet' | null;
  /** The sheet's quarterly plan: its property and the step fields it takes; null when the sheet plans by month only. */
  quarterly: { property: string; fields: string[] } | null;
}

/** The quarter's middle month, for a sheet that plans January–December. */
const QUARTER_MONTH: Record<number, number> = { 1: 2, 2: 5, 3: 8, 4: 11 };
const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** The candidate as this build's contract takes it, with the fixture's quarterly plan in the sheet. */
export const candidateItem = (c: FixtureCandidate, opds: readonly FixtureOpd[], shape: CandidateShape): Command => {
  const abbreviation = (id: string): string => opds.find((o) => o.id === id)?.abbreviation ?? id;
  const sheet: Record<string, unknown> = { indicators: c.sheetIndicators, risks: c.sheetRisks, progress: 0 };
  if (shape.problem === 'sheet') sheet['problem'] = c.problem;
  if (shape.quarterly) {
    const allowed = new Set(shape.quarterly.fields);
    sheet[shape.quarterly.property] = c.quarterPlan.map((step, i) =>
      Object.fromEntries(Object.entries({ id: `${c.id}-tw-${i + 1}`, ...step }).filter(([key]) => allowed.has(key))),
    );
  }
  sheet['timeline'] = c.quarterPlan.map((step, i) => ({
    id: `${c.id}-tl-${i + 1}`,
    month: QUARTER_MONTH[step.quarter] ?? 1,
    activity: shape.quarterly ? step.activity : `Triwulan ${ROMAN[step.quarter]}: ${step.activity} (${abbreviation(step.opdId)}; keluaran: ${step.deliverable})`,
  }));
  const item: Record<string, unknown> = { id: c.id, programId: c.programId, gates: c.gates, scores: c.scores, decision: 'pending', sheet };
  if (shape.problem === 'candidate') item['problem'] = c.problem;
  return item as Command;
};

/** The attendance rows as they stand after a Tahap: present at it and at the Tahap before it, as the fixture says. */
export const attendanceAfter = (attendees: readonly Attendee[], tahap: Tahap): Command[] => {
  const upTo = TAHAP.slice(0, TAHAP.indexOf(tahap) + 1);
  return attendees
    .filter((a) => a.present[tahap])
    .map((a) => ({
      type: 'upsertBimtekAttendee',
      item: { ...a, present: Object.fromEntries(TAHAP.map((t) => [t, upTo.includes(t) && a.present[t]])) },
    }));
};

/** The commands of one Tahap, in the order the room fills the worksheets (the quick-win decisions follow the suggestion, read separately). */
export const commandsOf = (f: KotaBatu, tahap: Tahap, ctx: { defaultOpdIds: readonly string[]; candidateShape: CandidateShape }): Command[] => {
  const upsert = (type: string, items: readonly unknown[]): Command[] => items.map((item) => ({ type, item }));
  const stage: Command = { type: 'setBimtekStage', stage: tahap, details: f.bimtek.stages[tahap] };
  switch (tahap) {
    case 'tahap-1': {
      const keep = new Set(f.opds.map((o) => o.id));
      return [
        { type: 'setPlanHorizon', horizon: { startYear: f.workshop.startYear, years: f.workshop.years } },
        { type: 'setRegionProfile', patch: f.region },
        ...Object.entries(f.fundingSourceNames).map(([id, name]) => ({ type: 'upsertFundingSource', item: { id, name } })),
        ...ctx.defaultOpdIds.filter((id) => !keep.has(id)).map((id) => ({ type: 'removeOpd', id })),
        ...upsert('upsertOpd', f.opds),
        stage,
        ...attendanceAfter(f.bimtek.attendees, tahap),
        ...upsert('upsertReadinessItem', f.readinessItems),
        ...upsert('upsertIssue', f.issues),
        ...upsert('upsertSwotItem', f.swotItems),
        ...upsert('upsertTowsStrategy', f.towsStrategies),
        ...upsert('upsertGapAnalysis', f.gapAnalyses),
        ...f.visionKeywords.map((keyword) => ({ type: 'addVisionKeyword', keyword })),
      ];
    }
    case 'tahap-2':
      return [
        stage,
        ...attendanceAfter(f.bimtek.attendees, tahap),
        { type: 'setVision', vision: { ...f.vision, keywords: f.visionKeywords } },
        ...upsert('upsertMission', f.missions),
        ...upsert('upsertGoal', f.goals),
        ...upsert('upsertProgram', f.programs),
        ...upsert('upsertRpjmdMapping', f.rpjmdMappings),
      ];
    case 'tahap-3':
      return [
        stage,
        ...attendanceAfter(f.bimtek.attendees, tahap),
        { type: 'setRoadmap', roadmap: f.roadmap },
        ...f.quickWinCandidates.map((c) => ({ type: 'upsertQuickWinCandidate', item: candidateItem(c, f.opds, ctx.candidateShape) })),
      ];
    case 'tahap-4':
      return [
        stage,
        ...attendanceAfter(f.bimtek.attendees, tahap),
        ...upsert('upsertSection', f.sections),
        { type: 'setCommitmentDetails', details: f.commitment.details },
        ...upsert('upsertCommitmentEntry', f.commitment.entries),
      ];
  }
};
