import { z } from 'zod';
import { IdSchema, requiredText } from './ids';
import { RichDocSchema, emptyRichDoc } from './rich-text';

/** Visi smart city with the keywords gathered in Tahap I. */
export const VisionSchema = z.object({
  statement: RichDocSchema.default(emptyRichDoc()),
  explanation: RichDocSchema.default(emptyRichDoc()),
  keywords: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
});
export type Vision = z.infer<typeof VisionSchema>;

export const MissionSchema = z.object({
  id: IdSchema,
  text: requiredText('Misi', 1000),
  dimensionIds: z.array(IdSchema).default([]),
});
export type Mission = z.infer<typeof MissionSchema>;

/** Tujuan/sasaran with an indicator, its baseline and target. */
export const GoalSchema = z.object({
  id: IdSchema,
  missionId: IdSchema.nullable().default(null),
  text: requiredText('Tujuan', 1000),
  indicator: z.string().max(500).default(''),
  unit: z.string().max(60).default(''),
  baseline: z.string().max(120).default(''),
  target: z.string().max(120).default(''),
});
export type Goal = z.infer<typeof GoalSchema>;
