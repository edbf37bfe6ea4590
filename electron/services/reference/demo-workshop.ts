import { z } from 'zod';
import { AppError, COLLECTIONS, COLLECTION_NAMES, type CollectionSpec } from '../../../shared/commands';
import {
  CommitmentSheetSchema,
  ExportSettingsSchema,
  GapAnalysisSchema,
  GoalSchema,
  MissionSchema,
  NarrativeSectionSchema,
  OpdSchema,
  ParticipantSchema,
  PollSchema,
  PlanHorizonSchema,
  ProgramSchema,
  QuickWinCandidateSchema,
  ReadinessItemSchema,
  RegionProfileSchema,
  RegionalIssueSchema,
  RoadmapSchema,
  RpjmdMappingSchema,
  SwotItemSchema,
  TowsStrategySchema,
  VisionSchema,
  WorkshopSchema,
  WorkshopTitleSchema,
  type Opd,
  type Workshop,
} from '../../../shared/model';
import { createEmptyWorkshop } from '../../../shared/logic';
import { wordDetail } from '../../../shared/i18n/errors';
import { referenceData } from './reference-data';
import workshopJson from '../../../resources/demo/kabupaten-malang/workshop.json';
import readinessJson from '../../../resources/demo/kabupaten-malang/readiness.json';
import analysisJson from '../../../resources/demo/kabupaten-malang/analysis.json';
import programsJson from '../../../resources/demo/kabupaten-malang/programs.json';
import quickWinsJson from '../../../resources/demo/kabupaten-malang/quick-wins.json';
import sectionsJson from '../../../resources/demo/kabupaten-malang/sections.json';
import pollsJson from '../../../resources/demo/kabupaten-malang/polls.json';
import { withDemoBimtek } from './demo-bimtek';

const O = OpdSchema.shape;
/** A default-list office as Kabupaten Malang has it: its local name, kind, head's and representative's titles, FGD group. */
const OpdOverrideSchema = z.object({
  id: O.id,
  abbreviation: O.abbreviation.optional(),
  name: O.name.optional(),
  kind: O.kind.removeDefault().optional(),
  headTitle: O.headTitle.removeDefault().optional(),
  representativeTitle: O.representativeTitle.removeDefault().optional(),
  groupId: O.groupId.removeDefault().optional(),
});
type OpdOverride = z.infer<typeof OpdOverrideSchema>;

/** The demo's own files, each checked against the model before assembly. */
const DemoFiles = {
  workshop: z.object({
    title: WorkshopTitleSchema,
    region: RegionProfileSchema,
    horizon: PlanHorizonSchema,
    /** Local names that differ from the default list, e.g. Dispendukcapil in Kabupaten Malang. */
    opdOverrides: z.array(OpdOverrideSchema),
    participants: z.array(ParticipantSchema),
    vision: VisionSchema,
    missions: z.array(MissionSchema),
    goals: z.array(GoalSchema),
    roadmap: RoadmapSchema,
    commitment: CommitmentSheetSchema,
    exportSettings: ExportSettingsSchema,
  }),
  readiness: z.object({ readinessItems: z.array(ReadinessItemSchema) }),
  analysis: z.object({
    issues: z.array(RegionalIssueSchema),
    swotItems: z.array(SwotItemSchema),
    towsStrategies: z.array(TowsStrategySchema),
    gapAnalyses: z.array(GapAnalysisSchema),
  }),
  programs: z.object({ programs: z.array(ProgramSchema), rpjmdMappings: z.array(RpjmdMappingSchema) }),
  quickWins: z.object({ candidates: z.array(QuickWinCandidateSchema) }),
  sections: z.object({ sections: z.array(NarrativeSectionSchema) }),
  /** The plenary's closed polls (a dot vote over issues, a word cloud for the vision), so the export shows their annex. */
  polls: z.object({ polls: z.array(PollSchema) }),
};

const withOverrides = (opds: Opd[], overrides: OpdOverride[]): Opd[] =>
  opds.map((opd) => ({ ...opd, ...overrides.find((o) => o.id === opd.id) }));

/** Runs the reducer's own workshop rules (unique codes, known dimension/element/OPD, years in horizon) over every item. */
const assertIntegrity = (w: Workshop): void => {
  for (const name of COLLECTION_NAMES) {
    const spec = COLLECTIONS[name] as unknown as CollectionSpec<{ id: string }>;
    for (const item of spec.get(w)) {
      const problem = spec.check?.(w, item);
      if (problem) throw new AppError('internal', { reason: 'demo.invalid', params: { label: spec.label, id: item.id, detail: wordDetail(problem) }, field: problem.field });
    }
  }
};

/**
 * The demo workshop: the Kabupaten Malang smart-regency Bimtek of November 2021
 * (DPMPTSP permits without visiting the office, Dispendukcapil's Desaku Tuntas,
 * Desa Digital for 378 villages, PBB paid online), planned for 2022–2031, with two closed polls
 * of its plenary (a dot vote over issues and a word cloud for the vision).
 */
export const buildDemoWorkshop = (id: string, nowIso: string): Workshop => {
  const reference = referenceData();
  const main = DemoFiles.workshop.parse(workshopJson);
  const base = createEmptyWorkshop({
    id,
    title: main.title,
    regionName: main.region.name,
    regionKind: main.region.kind,
    startYear: main.horizon.startYear,
    now: nowIso,
    reference,
  });
  const workshop = WorkshopSchema.parse({
    ...base,
    region: main.region,
    horizon: main.horizon,
    opds: withOverrides(base.opds, main.opdOverrides),
    participants: main.participants,
    ...DemoFiles.readiness.parse(readinessJson),
    ...DemoFiles.analysis.parse(analysisJson),
    vision: main.vision,
    missions: main.missions,
    goals: main.goals,
    ...DemoFiles.programs.parse(programsJson),
    quickWins: { ...base.quickWins, ...DemoFiles.quickWins.parse(quickWinsJson) },
    roadmap: main.roadmap,
    ...DemoFiles.sections.parse(sectionsJson),
    commitment: main.commitment,
    exportSettings: main.exportSettings,
    ...DemoFiles.polls.parse(pollsJson),
  });
  const withBimtek = withDemoBimtek(workshop);
  assertIntegrity(withBimtek);
  return withBimtek;
};
