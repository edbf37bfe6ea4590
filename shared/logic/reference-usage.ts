import type { Program, Workshop } from '../model';
import { usesParam, type NounKey } from '../i18n/errors';

/** What in a workshop can point at a dimension, an element, an OPD or a funding source. */
export type UseKind =
  | 'program'
  | 'programLead'
  | 'programSupport'
  | 'issue'
  | 'swotItem'
  | 'towsStrategy'
  | 'gapAnalysis'
  | 'mission'
  | 'roadmapNote'
  | 'section'
  | 'commitmentEntry'
  | 'readinessItem'
  | 'rpjmdMapping'
  | 'participant'
  | 'bimtekAttendee'
  | 'quickWinStep';

/** One kind of thing that still uses a reference entry, with the names of those things. */
export interface ReferenceUse {
  kind: UseKind;
  names: string[];
}

/** The catalogue's noun for each kind (shared/i18n/errors.* words it in Indonesian and English). */
const USE_NOUN_KEYS: Record<UseKind, NounKey> = {
  program: 'program',
  programLead: 'programLead',
  programSupport: 'programSupport',
  issue: 'issue',
  swotItem: 'swotItem',
  towsStrategy: 'towsStrategy',
  gapAnalysis: 'gapAnalysis',
  mission: 'mission',
  roadmapNote: 'roadmapNote',
  section: 'section',
  commitmentEntry: 'commitmentEntry',
  readinessItem: 'readinessItem',
  rpjmdMapping: 'rpjmdRenstraMapping',
  participant: 'participant',
  bimtekAttendee: 'bimtekAttendee',
  quickWinStep: 'quickWinStep',
};

const TRIWULAN = ['I', 'II', 'III', 'IV'];

const SHORT = 60;
const short = (text: string): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > SHORT ? `${clean.slice(0, SHORT - 1)}…` : clean;
};

export const programName = (p: Program): string => `${p.code} ${p.name}`;

const use = (kind: UseKind, names: string[]): ReferenceUse[] => (names.length > 0 ? [{ kind, names }] : []);

/** Everything that belongs to a dimension: removing it would leave these without a home. */
export const dimensionUses = (w: Workshop, dimensionId: string): ReferenceUse[] => {
  const dimension = w.dimensionSet.dimensions.find((d) => d.id === dimensionId);
  return [
    ...use('program', w.programs.filter((p) => p.dimensionId === dimensionId).map(programName)),
    ...use('issue', w.issues.filter((i) => i.dimensionId === dimensionId).map((i) => short(i.text))),
    ...use('swotItem', w.swotItems.filter((s) => s.dimensionId === dimensionId).map((s) => short(s.text))),
    ...use('towsStrategy', w.towsStrategies.filter((t) => t.dimensionId === dimensionId).map((t) => short(t.text))),
    ...use('gapAnalysis', w.gapAnalyses.filter((g) => g.dimensionId === dimensionId).map((g) => short(g.currentCondition) || (dimension?.nameId ?? dimensionId))),
    ...use('mission', w.missions.filter((m) => m.dimensionIds.includes(dimensionId)).map((m) => short(m.text))),
    ...use('roadmapNote', w.roadmap.notes.filter((n) => n.dimensionId === dimensionId).map((n) => short(n.text) || (dimension?.nameId ?? dimensionId))),
  ];
};

/** The programs filed under an element. */
export const elementUses = (w: Workshop, elementId: string): ReferenceUse[] =>
  use('program', w.programs.filter((p) => p.elementId === elementId).map(programName));

/** Everything that names an OPD: programs it leads or supports, sections it drafts, commitment rows, attendance rows, … */
export const opdUses = (w: Workshop, opdId: string): ReferenceUse[] => [
  ...use('programLead', w.programs.filter((p) => p.leadOpdId === opdId).map(programName)),
  ...use('section', w.sections.filter((s) => s.ownerOpdId === opdId).map((s) => s.title)),
  ...use('programSupport', w.programs.filter((p) => p.supportingOpdIds.includes(opdId)).map(programName)),
  ...use('commitmentEntry', w.commitment.entries.filter((e) => e.opdId === opdId).map((e) => e.headTitle.trim() || e.headName.trim() || opdId)),
  ...use('readinessItem', w.readinessItems.filter((r) => r.opdId === opdId).map((r) => short(r.title))),
  ...use('rpjmdMapping', w.rpjmdMappings.filter((m) => m.opdId === opdId).map((m) => short(m.renstraProgram || m.rpjmdProgram || m.kegiatan) || opdId)),
  ...use('participant', w.participants.filter((p) => p.opdId === opdId).map((p) => p.name || short(p.position) || p.id)),
  // Attendance rows are named as the list shows them: name, else position, else their number in the list.
  ...use('bimtekAttendee', w.bimtek.attendees.flatMap((a, index) => (a.opdId === opdId ? [a.name || short(a.title) || `No. ${index + 1}`] : []))),
  // Quick-win plan steps are named by their program's code and the step's quarter (TW I–IV) and activity.
  ...use('quickWinStep', w.quickWins.candidates.flatMap((c) => {
    const code = w.programs.find((p) => p.id === c.programId)?.code ?? c.programId;
    return c.sheet.plan.filter((s) => s.opdId === opdId).map((s) => `${code} TW ${TRIWULAN[s.quarter - 1] ?? s.quarter}: ${short(s.activity)}`);
  })),
];

/** The programs funded (or planned to be funded) from a source. */
export const fundingSourceUses = (w: Workshop, fundingSourceId: string): ReferenceUse[] =>
  use('program', w.programs.filter((p) => p.funding.some((f) => f.sourceId === fundingSourceId)).map(programName));

/**
 * What still uses an entry, as the `{uses}` param of an error ("2 program (SG-SV-01 Mal Pelayanan Publik;
 * SG-SV-02 …) dan 1 bagian naskah (Latar Belakang)" once worded), naming the first few of each kind.
 */
export const usesOf = (uses: readonly ReferenceUse[]): string =>
  usesParam(uses.map(({ kind, names }) => ({ kind: USE_NOUN_KEYS[kind], count: names.length, names })));
