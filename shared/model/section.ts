import { z } from 'zod';
import { IdSchema, requiredText } from './ids';
import { RichDocSchema, emptyRichDoc } from './rich-text';

export const SectionStatusSchema = z.enum(['draft', 'review', 'final']);
export type SectionStatus = z.infer<typeof SectionStatusSchema>;

/** A narrative section of the masterplan outline (reference §4.2), drafted by its owner OPD. */
export const NarrativeSectionSchema = z.object({
  id: IdSchema,
  /** Key in the masterplan outline, e.g. "bab1-latar-belakang". */
  outlineKey: z.string().max(80),
  title: requiredText('Judul bagian', 300),
  content: RichDocSchema.default(emptyRichDoc()),
  ownerOpdId: IdSchema.nullable().default(null),
  status: SectionStatusSchema.default('draft'),
});
export type NarrativeSection = z.infer<typeof NarrativeSectionSchema>;
