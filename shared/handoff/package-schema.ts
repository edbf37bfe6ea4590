import { z } from 'zod';
import {
  CURRENT_SCHEMA_VERSION,
  DimensionSetSchema,
  FundingSourceSchema,
  GapAnalysisSchema,
  GoalSchema,
  IdSchema,
  IsoDateTimeSchema,
  MissionSchema,
  NarrativeSectionSchema,
  OpdSchema,
  PlanHorizonSchema,
  ProgramSchema,
  RegionProfileSchema,
  RegionalIssueSchema,
  SwotItemSchema,
  TowsStrategySchema,
  VisionSchema,
  optionalLine,
  requiredText,
} from '../model';
import { CHECKSUM_PATTERN, HANDOFF_FORMAT, HANDOFF_VERSION } from './format';

const RevisionSchema = z.number().int().nonnegative();

/**
 * How many items a package may carry: far above a real workshop (a few hundred programs, dozens of
 * sections), so that a crafted file cannot make the reader build millions of items. The item schemas
 * themselves bound every string and rich text.
 */
export const PACKAGE_LIMITS = { programs: 5_000, sections: 1_000, contextItems: 10_000, small: 1_000 } as const;

/** One formatter for every limit: `toLocaleString` builds a new one per call, which costs the app's start ~1 ms per list. */
const ID_NUMBER = new Intl.NumberFormat('id-ID');
const list = <S extends z.ZodType>(item: S, max: number, what: string) =>
  z.array(item).max(max, `Paket memuat terlalu banyak ${what} (lebih dari ${ID_NUMBER.format(max)})`);

/** What the OPD head reads but does not change: the region, the vision, the dimensions and their analysis. */
export const HandoffContextSchema = z.object({
  region: RegionProfileSchema,
  horizon: PlanHorizonSchema,
  vision: VisionSchema,
  missions: list(MissionSchema, PACKAGE_LIMITS.small, 'misi'),
  goals: list(GoalSchema, PACKAGE_LIMITS.small, 'tujuan'),
  dimensionSet: DimensionSetSchema,
  /** The dimensions whose analysis is included (those of the OPD's programs; all when it leads none). */
  dimensionIds: list(IdSchema, PACKAGE_LIMITS.small, 'dimensi'),
  opds: list(OpdSchema, PACKAGE_LIMITS.small, 'OPD'),
  fundingSources: list(FundingSourceSchema, PACKAGE_LIMITS.small, 'sumber dana'),
  issues: list(RegionalIssueSchema, PACKAGE_LIMITS.contextItems, 'isu'),
  swotItems: list(SwotItemSchema, PACKAGE_LIMITS.contextItems, 'faktor SWOT'),
  towsStrategies: list(TowsStrategySchema, PACKAGE_LIMITS.contextItems, 'strategi'),
  gapAnalyses: list(GapAnalysisSchema, PACKAGE_LIMITS.contextItems, 'analisis kesenjangan'),
});
export type HandoffContext = z.infer<typeof HandoffContextSchema>;

const taken = <S extends z.ZodType>(item: S) => z.object({ item, baseRevision: RevisionSchema });

/** Facilitator → OPD head: the OPD's sections and programs, each with the revision it was taken at. */
export const OutgoingPayloadSchema = z.object({
  workshopTitle: optionalLine(200),
  baseRevision: RevisionSchema,
  opd: OpdSchema,
  sections: list(taken(NarrativeSectionSchema), PACKAGE_LIMITS.sections, 'bagian naskah'),
  programs: list(taken(ProgramSchema), PACKAGE_LIMITS.programs, 'program'),
  context: HandoffContextSchema,
});
export type OutgoingPayload = z.infer<typeof OutgoingPayloadSchema>;

/**
 * One changed item coming back: the OPD head's version (`item`, null when removed) and the item
 * as it was when the package was made (`base`, null when the OPD head added it).
 */
const change = <S extends z.ZodType>(item: S) => z.object({ id: IdSchema, item: item.nullable(), base: item.nullable(), baseRevision: RevisionSchema });

export const SectionChangeEntrySchema = change(NarrativeSectionSchema);
export const ProgramChangeEntrySchema = change(ProgramSchema);
export type SectionChangeEntry = z.infer<typeof SectionChangeEntrySchema>;
export type ProgramChangeEntry = z.infer<typeof ProgramChangeEntrySchema>;

/** OPD head → facilitator: what the OPD head changed in their copy. */
export const ReturnPayloadSchema = z.object({
  workshopTitle: optionalLine(200),
  baseRevision: RevisionSchema,
  opd: OpdSchema,
  author: z.object({ name: requiredText('Nama pengirim', 100) }),
  sections: list(SectionChangeEntrySchema, PACKAGE_LIMITS.sections, 'bagian naskah'),
  programs: list(ProgramChangeEntrySchema, PACKAGE_LIMITS.programs, 'program'),
});
export type ReturnPayload = z.infer<typeof ReturnPayloadSchema>;

const envelope = {
  format: z.literal(HANDOFF_FORMAT),
  version: z.literal(HANDOFF_VERSION),
  /** The workshop model version the items follow. */
  modelVersion: z.number().int().min(1).max(CURRENT_SCHEMA_VERSION),
  workshopId: IdSchema,
  opdId: IdSchema,
  createdAt: IsoDateTimeSchema,
  /** `sha256:<hex>` over the canonical JSON of every other member (see `checksumText`). */
  checksum: z.string().regex(CHECKSUM_PATTERN),
};

export const OutgoingPackageSchema = z.object({ ...envelope, kind: z.literal('untuk-opd'), payload: OutgoingPayloadSchema });
export const ReturnPackageSchema = z.object({ ...envelope, kind: z.literal('dari-opd'), payload: ReturnPayloadSchema });
export type OutgoingPackage = z.infer<typeof OutgoingPackageSchema>;
export type ReturnPackage = z.infer<typeof ReturnPackageSchema>;

/** A hand-off package file, either direction. */
export const HandoffPackageSchema = z.discriminatedUnion('kind', [OutgoingPackageSchema, ReturnPackageSchema]);
export type HandoffPackage = z.infer<typeof HandoffPackageSchema>;
export type UnsealedPackage<P extends HandoffPackage = HandoffPackage> = Omit<P, 'checksum'>;

/** Read first, before anything else is trusted: is it our format, and a version we understand? */
export const PackageHeaderSchema = z.object({
  format: z.string().max(100),
  version: z.number(),
  modelVersion: z.number().optional(),
});

/** What the UI shows about a package (file name, whose, how much). */
export const HandoffSummarySchema = z.object({
  kind: z.enum(['untuk-opd', 'dari-opd']),
  workshopId: IdSchema,
  workshopTitle: z.string(),
  opd: z.object({ id: IdSchema, abbreviation: z.string(), name: z.string() }),
  createdAt: z.string(),
  baseRevision: RevisionSchema,
  sections: z.number().int().nonnegative(),
  programs: z.number().int().nonnegative(),
});
export type HandoffSummary = z.infer<typeof HandoffSummarySchema>;

export const summarizePackage = (pkg: HandoffPackage): HandoffSummary => ({
  kind: pkg.kind,
  workshopId: pkg.workshopId,
  workshopTitle: pkg.payload.workshopTitle,
  opd: { id: pkg.payload.opd.id, abbreviation: pkg.payload.opd.abbreviation, name: pkg.payload.opd.name },
  createdAt: pkg.createdAt,
  baseRevision: pkg.payload.baseRevision,
  sections: pkg.payload.sections.length,
  programs: pkg.payload.programs.length,
});
