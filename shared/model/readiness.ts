import { z } from 'zod';
import { IdSchema, multilineText, requiredText } from './ids';
import { code } from '../i18n/validation';

/** The three readiness pillars, plus the optional nature and culture. */
export const ReadinessPillarSchema = z.enum(['struktur', 'infrastruktur', 'suprastruktur', 'nature', 'culture']);
export type ReadinessPillar = z.infer<typeof ReadinessPillarSchema>;
export const CORE_PILLARS = ['struktur', 'infrastruktur', 'suprastruktur'] as const satisfies readonly ReadinessPillar[];

/** 1 Belum ada · 2 Rintisan · 3 Berkembang · 4 Terpadu · 5 Optimal (design proposal, mirrors SPBE wording). */
export const ReadinessScoreSchema = z
  .number({ error: code('invalid.notNumber') })
  .int(code('invalid.notInteger'))
  .min(1, code('invalid.tooSmall'))
  .max(5, code('invalid.tooBig'));
export type ReadinessScore = z.infer<typeof ReadinessScoreSchema>;

export const SwotQuadrantSchema = z.enum(['S', 'W', 'O', 'T']);
export type SwotQuadrant = z.infer<typeof SwotQuadrantSchema>;

/** One line of the readiness worksheet. */
export const ReadinessItemSchema = z.object({
  id: IdSchema,
  pillar: ReadinessPillarSchema,
  title: requiredText('Nama item kesiapan', 300),
  indicator: multilineText(1000).default(''),
  score: ReadinessScoreSchema.nullable().default(null),
  evidence: multilineText(5000).default(''),
  swot: SwotQuadrantSchema.nullable().default(null),
  opdId: IdSchema.nullable().default(null),
  templateId: z.string().max(64).nullable().default(null),
});
export type ReadinessItem = z.infer<typeof ReadinessItemSchema>;
