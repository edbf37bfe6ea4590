import type { Program, Workshop } from '../model';

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
  | 'participant';

/** One kind of thing that still uses a reference entry, with the names of those things. */
export interface ReferenceUse {
  kind: UseKind;
  names: string[];
}

/** Indonesian nouns for messages that cross boundaries (the renderer has its own bilingual labels). */
export const USE_NOUNS: Record<UseKind, string> = {
  program: 'program',
  programLead: 'program (sebagai OPD penanggung jawab)',
  programSupport: 'program (sebagai OPD pendukung)',
  issue: 'isu',
  swotItem: 'faktor SWOT',
  towsStrategy: 'strategi TOWS',
  gapAnalysis: 'analisis kesenjangan',
  mission: 'misi',
  roadmapNote: 'catatan peta jalan',
  section: 'bagian naskah',
  commitmentEntry: 'baris komitmen',
  readinessItem: 'item kesiapan',
  rpjmdMapping: 'pemetaan RPJMD/Renstra',
  participant: 'peserta',
};

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

/** Everything that names an OPD: programs it leads or supports, sections it drafts, commitment rows, … */
export const opdUses = (w: Workshop, opdId: string): ReferenceUse[] => [
  ...use('programLead', w.programs.filter((p) => p.leadOpdId === opdId).map(programName)),
  ...use('section', w.sections.filter((s) => s.ownerOpdId === opdId).map((s) => s.title)),
  ...use('programSupport', w.programs.filter((p) => p.supportingOpdIds.includes(opdId)).map(programName)),
  ...use('commitmentEntry', w.commitment.entries.filter((e) => e.opdId === opdId).map((e) => e.headTitle.trim() || e.headName.trim() || opdId)),
  ...use('readinessItem', w.readinessItems.filter((r) => r.opdId === opdId).map((r) => short(r.title))),
  ...use('rpjmdMapping', w.rpjmdMappings.filter((m) => m.opdId === opdId).map((m) => short(m.renstraProgram || m.rpjmdProgram || m.kegiatan) || opdId)),
  ...use('participant', w.participants.filter((p) => p.opdId === opdId).map((p) => p.name)),
];

/** The programs funded (or planned to be funded) from a source. */
export const fundingSourceUses = (w: Workshop, fundingSourceId: string): ReferenceUse[] =>
  use('program', w.programs.filter((p) => p.fundingSourceIds.includes(fundingSourceId)).map(programName));

const LISTED = 3;

const listWords = (words: string[]): string => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} dan ${words[words.length - 1]}`);

/**
 * "2 program (SG-SV-01 Mal Pelayanan Publik, SG-SV-02 …) dan 1 bagian naskah (Latar Belakang)":
 * what still uses an entry, naming the first few of each kind.
 */
export const describeUses = (uses: readonly ReferenceUse[]): string =>
  listWords(
    uses.map(({ kind, names }) => {
      const shown = names.slice(0, LISTED).join('; ');
      const more = names.length > LISTED ? `; dan ${names.length - LISTED} lainnya` : '';
      return `${names.length} ${USE_NOUNS[kind]} (${shown}${more})`;
    }),
  );
