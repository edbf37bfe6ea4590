import { z } from 'zod';
import { IdSchema, requiredMultilineText, requiredText } from './ids';
import { EMPTY_INDICATOR, IndicatorSchema } from './indicator';
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

/** Tujuan/sasaran with its indicator: unit, numeric baseline and year, targets per year. */
export const GoalSchema = z.object({
  id: IdSchema,
  missionId: IdSchema.nullable().default(null),
  text: requiredMultilineText('Tujuan', 1000),
  indicator: IndicatorSchema.default(EMPTY_INDICATOR),
});
export type Goal = z.infer<typeof GoalSchema>;
