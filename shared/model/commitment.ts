import { z } from 'zod';
import { IdSchema } from './ids';

/** One OPD's line on the lembar komitmen. */
export const CommitmentEntrySchema = z.object({
  id: IdSchema,
  opdId: IdSchema.nullable().default(null),
  headTitle: z.string().max(200).default(''),
  headName: z.string().max(200).default(''),
  commitment: z.string().max(5000).default(''),
});
export type CommitmentEntry = z.infer<typeof CommitmentEntrySchema>;

export const ReviewChecklistItemSchema = z.object({
  chapterKey: z.string().min(1).max(80),
  reviewed: z.boolean().default(false),
  note: z.string().max(2000).default(''),
});

/** Lembar komitmen bersama, signed in Tahap IV, and the chapter review checklist. */
export const CommitmentSheetSchema = z.object({
  place: z.string().max(200).default(''),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal berformat TTTT-BB-HH').nullable().default(null),
  statement: z.string().max(5000).default(''),
  entries: z.array(CommitmentEntrySchema).default([]),
  reviewChecklist: z.array(ReviewChecklistItemSchema).default([]),
});
export type CommitmentSheet = z.infer<typeof CommitmentSheetSchema>;
