import { z } from 'zod';
import { ActorSchema } from '../commands';
import { IdSchema, NarrativeSectionSchema, ProgramSchema } from '../model';
import { HandoffSummarySchema } from './package-schema';

/**
 * How one change from an OPD stands against the facilitator's workshop:
 * - `clean`: the facilitator has not touched the item since the package was made; applies directly;
 * - `conflict`: the facilitator changed it meanwhile; both versions are shown to choose or combine;
 * - `same`: nothing to do (the OPD did not change it, or both made the same change);
 * - `refused`: outside what the OPD may change; never applied.
 */
export const ChangeStatusSchema = z.enum(['clean', 'conflict', 'same', 'refused']);
export type ChangeStatus = z.infer<typeof ChangeStatusSchema>;

export const ChangeKindSchema = z.enum(['add', 'update', 'remove']);

const changeOf = <C extends string, S extends z.ZodType>(collection: C, item: S) =>
  z.object({
    collection: z.literal(collection),
    itemId: IdSchema,
    kind: ChangeKindSchema,
    /** The item's title or name, for the list. */
    title: z.string(),
    status: ChangeStatusSchema,
    /** The OPD head's version (null: they removed it). */
    theirs: item.nullable(),
    /** The facilitator's current version (null: not in the workshop). */
    ours: item.nullable(),
    /** The item when the package was made (null: the OPD added it). */
    base: item.nullable(),
    /** Why it is refused, or why applying the OPD's version would fail (e.g. a program code already used). */
    problem: z.string().nullable(),
  });

export const SectionChangeSchema = changeOf('section', NarrativeSectionSchema);
export const ProgramChangeSchema = changeOf('program', ProgramSchema);
export const HandoffChangeSchema = z.discriminatedUnion('collection', [SectionChangeSchema, ProgramChangeSchema]);
export type HandoffChange = z.infer<typeof HandoffChangeSchema>;

export const ChangeCountsSchema = z.object({
  clean: z.number().int().nonnegative(),
  conflict: z.number().int().nonnegative(),
  same: z.number().int().nonnegative(),
  refused: z.number().int().nonnegative(),
});

export const HandoffPreviewSchema = z.object({
  summary: HandoffSummarySchema,
  author: z.object({ name: z.string() }),
  currentRevision: z.number().int().nonnegative(),
  changes: z.array(HandoffChangeSchema),
  counts: ChangeCountsSchema,
});
export type HandoffPreview = z.infer<typeof HandoffPreviewSchema>;

/** The facilitator's decision for one change: the OPD's version, their own, or a combined item. */
/** A combined item is re-validated by its item schema when merged; here only its keys are bounded. */
export const ResolutionSchema = z.union([
  z.enum(['theirs', 'ours']),
  z.record(z.string().max(64), z.unknown()).refine((item) => Object.keys(item).length <= 100, 'Versi gabungan memuat terlalu banyak kolom'),
]);
export type Resolution = z.infer<typeof ResolutionSchema>;
export const ResolutionsSchema = z.record(IdSchema, ResolutionSchema).refine((all) => Object.keys(all).length <= 10_000, 'Terlalu banyak keputusan penggabungan');
export type Resolutions = z.infer<typeof ResolutionsSchema>;

export const MergeResultSchema = z.object({
  revision: z.number().int().nonnegative(),
  /** How many items were written. */
  applied: z.number().int().nonnegative(),
  /** How many changes the facilitator kept their own version for. */
  kept: z.number().int().nonnegative(),
  /** The history snapshot taken just before the merge (to go back to). */
  snapshotId: z.string().nullable(),
  /** Who the audit log records as the author of the merged changes. */
  actor: ActorSchema,
});
export type MergeResult = z.infer<typeof MergeResultSchema>;
