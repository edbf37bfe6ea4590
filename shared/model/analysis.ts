import { z } from 'zod';
import { IdSchema, multilineText, requiredMultilineText } from './ids';
import { SwotQuadrantSchema } from './readiness';
import { code } from '../i18n/validation';

/** Isu daerah per dimensi: a problem or a potential, optionally tied to an RPJMD strategic issue. */
export const RegionalIssueSchema = z.object({
  id: IdSchema,
  dimensionId: IdSchema,
  kind: z.enum(['permasalahan', 'potensi']),
  text: requiredMultilineText('Uraian isu', 2000),
  rpjmdIssue: multilineText(500).default(''),
  /** The room's priority (1 = first), set by applying a dot vote or ranking; absent or null until the room decides. */
  priority: z.number().int().min(1).max(1000).nullable().optional(),
  /** The FGD group that wrote it; null or absent: the facilitator. */
  groupId: IdSchema.nullable().optional(),
  /** The facilitator hid it (kept, but not shown on the stage, to participants, or in documents). */
  hidden: z.boolean().optional(),
});
export type RegionalIssue = z.infer<typeof RegionalIssueSchema>;

/** One SWOT factor for a dimension. */
export const SwotItemSchema = z.object({
  id: IdSchema,
  dimensionId: IdSchema,
  quadrant: SwotQuadrantSchema,
  text: requiredMultilineText('Uraian faktor SWOT', 1000),
  /** The FGD group that wrote it; null or absent: the facilitator. */
  groupId: IdSchema.nullable().optional(),
  /** The facilitator hid it (kept, but not shown on the stage, to participants, or in documents). */
  hidden: z.boolean().optional(),
});
export type SwotItem = z.infer<typeof SwotItemSchema>;

export const TowsKindSchema = z.enum(['SO', 'ST', 'WO', 'WT']);
export type TowsKind = z.infer<typeof TowsKindSchema>;

/** A TOWS strategy, built by crossing picked SWOT factors so it shows where it came from. */
export const TowsStrategySchema = z.object({
  id: IdSchema,
  dimensionId: IdSchema,
  kind: TowsKindSchema,
  text: requiredMultilineText('Uraian strategi', 2000),
  sourceItemIds: z.array(IdSchema).max(1000, code('invalid.listTooLong')).default([]),
});
export type TowsStrategy = z.infer<typeof TowsStrategySchema>;

/** Analisis kesenjangan: current versus target condition for a dimension. */
export const GapAnalysisSchema = z.object({
  id: IdSchema,
  dimensionId: IdSchema,
  currentCondition: multilineText(5000).default(''),
  targetCondition: multilineText(5000).default(''),
  gap: multilineText(5000).default(''),
  /** The FGD group that wrote it; null or absent: the facilitator. */
  groupId: IdSchema.nullable().optional(),
  /** The facilitator hid it (kept, but not shown on the stage, to participants, or in documents). */
  hidden: z.boolean().optional(),
});
export type GapAnalysis = z.infer<typeof GapAnalysisSchema>;
