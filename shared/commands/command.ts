import { z } from 'zod';
import {
  CommitmentSheetSchema,
  DimensionSetSchema,
  ExportSettingsSchema,
  IdSchema,
  LogoSchema,
  PlanHorizonSchema,
  QuickWinSelectionSchema,
  QuickWinWeightsSchema,
  RegionProfileSchema,
  ReviewChecklistItemSchema,
  RoadmapSchema,
  VisionSchema,
  WorkshopTitleSchema,
  requiredText,
} from '../model';
import { COLLECTIONS } from './collections';

const IndexSchema = z.number().int().nonnegative().optional();

const upsert = <N extends string, S extends z.ZodType>(name: N, item: S) =>
  z.object({ type: z.literal(`upsert${name}` as `upsert${N}`), item, index: IndexSchema });
const remove = <N extends string>(name: N) => z.object({ type: z.literal(`remove${name}` as `remove${N}`), id: IdSchema });

const C = COLLECTIONS;

const R = RegionProfileSchema.shape;

/**
 * The region profile is patched field by field, so a logo is not re-sent with every keystroke.
 * Patch fields carry no defaults (zod 4 fills defaults even inside `.optional()`/`.partial()`):
 * a key left out of a patch must stay out, or patching one field would reset the others.
 */
export const RegionPatchSchema = z.object({
  name: R.name.removeDefault().optional(),
  kind: R.kind.removeDefault().optional(),
  province: R.province.removeDefault().optional(),
  logo: LogoSchema.nullable().optional(),
  population: R.population.removeDefault().optional(),
  areaKm2: R.areaKm2.removeDefault().optional(),
  kecamatanCount: R.kecamatanCount.removeDefault().optional(),
  desaCount: R.desaCount.removeDefault().optional(),
  kelurahanCount: R.kelurahanCount.removeDefault().optional(),
  rpjmdPeriod: R.rpjmdPeriod.removeDefault().optional(),
  regionalHead: R.regionalHead.removeDefault().optional(),
  description: R.description.removeDefault().optional(),
});

export const SINGLETON_COMMANDS = {
  renameWorkshop: z.object({ type: z.literal('renameWorkshop'), title: WorkshopTitleSchema }),
  setRegionProfile: z.object({ type: z.literal('setRegionProfile'), patch: RegionPatchSchema }),
  setPlanHorizon: z.object({ type: z.literal('setPlanHorizon'), horizon: PlanHorizonSchema }),
  setDimensionSet: z.object({ type: z.literal('setDimensionSet'), dimensionSet: DimensionSetSchema }),
  setVision: z.object({ type: z.literal('setVision'), vision: VisionSchema }),
  setQuickWinWeights: z.object({ type: z.literal('setQuickWinWeights'), weights: QuickWinWeightsSchema }),
  setQuickWinSelection: z.object({ type: z.literal('setQuickWinSelection'), selection: QuickWinSelectionSchema }),
  setRoadmap: z.object({ type: z.literal('setRoadmap'), roadmap: RoadmapSchema }),
  setCommitmentDetails: z.object({ type: z.literal('setCommitmentDetails'), details: CommitmentSheetSchema.pick({ place: true, date: true, statement: true }) }),
  setReviewChecklist: z.object({ type: z.literal('setReviewChecklist'), items: z.array(ReviewChecklistItemSchema) }),
  setExportSettings: z.object({ type: z.literal('setExportSettings'), settings: ExportSettingsSchema }),
} as const;

/** Every write to a workshop is one of these commands, applied by the one reducer. */
export const CommandSchema = z.discriminatedUnion('type', [
  SINGLETON_COMMANDS.renameWorkshop,
  SINGLETON_COMMANDS.setRegionProfile,
  SINGLETON_COMMANDS.setPlanHorizon,
  SINGLETON_COMMANDS.setDimensionSet,
  SINGLETON_COMMANDS.setVision,
  SINGLETON_COMMANDS.setQuickWinWeights,
  SINGLETON_COMMANDS.setQuickWinSelection,
  SINGLETON_COMMANDS.setRoadmap,
  SINGLETON_COMMANDS.setCommitmentDetails,
  SINGLETON_COMMANDS.setReviewChecklist,
  SINGLETON_COMMANDS.setExportSettings,
  upsert('Opd', C.Opd.item), remove('Opd'),
  upsert('Participant', C.Participant.item), remove('Participant'),
  upsert('FundingSource', C.FundingSource.item), remove('FundingSource'),
  upsert('ReadinessItem', C.ReadinessItem.item), remove('ReadinessItem'),
  upsert('Issue', C.Issue.item), remove('Issue'),
  upsert('SwotItem', C.SwotItem.item), remove('SwotItem'),
  upsert('TowsStrategy', C.TowsStrategy.item), remove('TowsStrategy'),
  upsert('GapAnalysis', C.GapAnalysis.item), remove('GapAnalysis'),
  upsert('Mission', C.Mission.item), remove('Mission'),
  upsert('Goal', C.Goal.item), remove('Goal'),
  upsert('Program', C.Program.item), remove('Program'),
  upsert('RpjmdMapping', C.RpjmdMapping.item), remove('RpjmdMapping'),
  upsert('Section', C.Section.item), remove('Section'),
  upsert('Dimension', C.Dimension.item), remove('Dimension'),
  upsert('QuickWinCandidate', C.QuickWinCandidate.item), remove('QuickWinCandidate'),
  upsert('CommitmentEntry', C.CommitmentEntry.item), remove('CommitmentEntry'),
]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandInput = z.input<typeof CommandSchema>;
export type CommandType = Command['type'];

/** Who made a change, for the audit trail. */
export const ActorSchema = z.object({
  name: requiredText('Nama', 120).default('Fasilitator'),
  opdId: IdSchema.nullable().default(null),
});
export type Actor = z.infer<typeof ActorSchema>;
