import { z } from 'zod';
import { IdSchema, multilineText, requiredMultilineText, requiredText } from './ids';
import { RichDocSchema, emptyRichDoc } from './rich-text';
import { code } from '../i18n/validation';

/** Visi smart city with the keywords gathered in Tahap I. */
export const VisionSchema = z.object({
  statement: RichDocSchema.default(emptyRichDoc()),
  explanation: RichDocSchema.default(emptyRichDoc()),
  keywords: z.array(requiredText('Kata kunci', 80)).max(50).default([]),
});
export type Vision = z.infer<typeof VisionSchema>;

export const MissionSchema = z.object({
  id: IdSchema,
  text: requiredMultilineText('Misi', 1000),
  dimensionIds: z.array(IdSchema).max(200, code('invalid.listTooLong')).default([]),
});
export type Mission = z.infer<typeof MissionSchema>;

/** Tujuan/sasaran with an indicator, its baseline and target. */
export const GoalSchema = z.object({
  id: IdSchema,
  missionId: IdSchema.nullable().default(null),
  text: requiredMultilineText('Tujuan', 1000),
  indicator: multilineText(500).default(''),
  unit: multilineText(60).default(''),
  baseline: multilineText(120).default(''),
  target: multilineText(120).default(''),
});
export type Goal = z.infer<typeof GoalSchema>;
