import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema, requiredText } from './ids';
import { PlanHorizonSchema, RegionProfileSchema } from './region';
import { OpdSchema, ParticipantSchema } from './opd';
import { DimensionSetSchema } from './dimension';
import { FundingSourceSchema } from './funding';
import { ReadinessItemSchema } from './readiness';
import { GapAnalysisSchema, RegionalIssueSchema, SwotItemSchema, TowsStrategySchema } from './analysis';
import { GoalSchema, MissionSchema, VisionSchema } from './vision';
import { ProgramSchema, RpjmdMappingSchema } from './program';
import { QuickWinBoardSchema } from './quick-win';
import { RoadmapSchema } from './roadmap';
import { NarrativeSectionSchema } from './section';
import { CommitmentSheetSchema } from './commitment';
import { ExportSettingsSchema } from './export-settings';
import { PollSchema } from './poll';
import { BimtekRecordSchema, EMPTY_BIMTEK } from './bimtek';
import { FgdGroupSchema, MAX_GROUPS, MAX_PROPOSALS, ProgramProposalSchema, RoomStateSchema } from './group';
import { code } from '../i18n/validation';

/** The version of the stored workshop format this build writes. */
export const CURRENT_SCHEMA_VERSION = 3;

/** The workshop's title: one line, control and bidi characters removed (see cleanLine). */
export const WorkshopTitleSchema = requiredText('Judul lokakarya', 200);

/** One Bimtek workshop: everything a region's masterplan is made of. */
export const WorkshopSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: IdSchema,
  revision: z.number().int().nonnegative(),
  title: WorkshopTitleSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  region: RegionProfileSchema,
  horizon: PlanHorizonSchema,
  dimensionSet: DimensionSetSchema,
  opds: z.array(OpdSchema).default([]),
  participants: z.array(ParticipantSchema).default([]),
  fundingSources: z.array(FundingSourceSchema).default([]),
  readinessItems: z.array(ReadinessItemSchema).default([]),
  issues: z.array(RegionalIssueSchema).default([]),
  swotItems: z.array(SwotItemSchema).default([]),
  towsStrategies: z.array(TowsStrategySchema).default([]),
  gapAnalyses: z.array(GapAnalysisSchema).default([]),
  vision: VisionSchema.default({ statement: { type: 'doc', content: [] }, explanation: { type: 'doc', content: [] }, keywords: [] }),
  missions: z.array(MissionSchema).default([]),
  goals: z.array(GoalSchema).default([]),
  programs: z.array(ProgramSchema).default([]),
  rpjmdMappings: z.array(RpjmdMappingSchema).default([]),
  quickWins: QuickWinBoardSchema.default({
    weights: { impact: 30, speed: 20, feasibility: 15, cost: 15, innovation: 10, sustainability: 10 },
    selection: { mode: 'per-dimension', topN: 6 },
    candidates: [],
  }),
  roadmap: RoadmapSchema.default({ phaseLabels: { pendek: 'Jangka Pendek', menengah: 'Jangka Menengah', panjang: 'Jangka Panjang' }, notes: [] }),
  sections: z.array(NarrativeSectionSchema).default([]),
  commitment: CommitmentSheetSchema.default({ place: '', date: null, statement: '', entries: [], reviewChecklist: [] }),
  exportSettings: ExportSettingsSchema.default({ paperSize: 'A4', optionalChapters: [] }),
  /** Polls of the room (ballots included); older workshops have none. */
  polls: z.array(PollSchema).max(200, code('invalid.listTooLong')).default([]),
  /** The FGD groups of the room (seeded one per dimension; version 1 files get them by migration). */
  groups: z.array(FgdGroupSchema).max(MAX_GROUPS, code('invalid.listTooLong')).default([]),
  /** Locks, "Selesai" marks and sharing between groups. */
  room: RoomStateSchema.default({ locks: [], done: [], shareAcrossGroups: false }),
  /** Program proposals from the groups: the facilitator's inbox ("Usulan"). */
  proposals: z.array(ProgramProposalSchema).max(MAX_PROPOSALS, code('invalid.listTooLong')).default([]),
  /** Pelaksanaan Bimtek: Tahap I–IV as held (dates, venue, mentor, agenda) and attendance (shared/model/bimtek.ts). */
  bimtek: BimtekRecordSchema.default(EMPTY_BIMTEK),
});
export type Workshop = z.infer<typeof WorkshopSchema>;
/** What a file may hold before defaults are filled in. */
export type WorkshopInput = z.input<typeof WorkshopSchema>;

/** A line in the home screen's list of workshops. */
export const WorkshopSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  regionName: z.string(),
  regionKind: z.enum(['kabupaten', 'kota']),
  revision: z.number().int().nonnegative(),
  updatedAt: z.string(),
  programCount: z.number().int().nonnegative(),
  status: z.enum(['ok', 'read-only', 'damaged']),
});
export type WorkshopSummary = z.infer<typeof WorkshopSummarySchema>;

export const summarizeWorkshop = (w: Workshop, status: WorkshopSummary['status'] = 'ok'): WorkshopSummary => ({
  id: w.id,
  title: w.title,
  regionName: w.region.name,
  regionKind: w.region.kind,
  revision: w.revision,
  updatedAt: w.updatedAt,
  programCount: w.programs.length,
  status,
});
