import { z } from 'zod';
import { IdSchema, multilineText } from './ids';
import { code } from '../i18n/validation';

/** One OPD's line on the lembar komitmen. */
export const CommitmentEntrySchema = z.object({
  id: IdSchema,
  opdId: IdSchema.nullable().default(null),
  headTitle: multilineText(200).default(''),
  headName: multilineText(200).default(''),
  commitment: multilineText(5000).default(''),
});
export type CommitmentEntry = z.infer<typeof CommitmentEntrySchema>;

export const ReviewChecklistItemSchema = z.object({
  chapterKey: z.string().min(1).max(80),
  reviewed: z.boolean().default(false),
  note: multilineText(2000).default(''),
});

/** Lembar komitmen bersama, signed in Tahap IV, and the chapter review checklist. */
export const CommitmentSheetSchema = z.object({
  place: multilineText(200).default(''),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, code('invalid.date')).nullable().default(null),
  statement: multilineText(5000).default(''),
  entries: z.array(CommitmentEntrySchema).default([]),
  reviewChecklist: z.array(ReviewChecklistItemSchema).max(500, code('invalid.listTooLong')).default([]),
});
export type CommitmentSheet = z.infer<typeof CommitmentSheetSchema>;
