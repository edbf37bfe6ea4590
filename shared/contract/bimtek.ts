import { z } from 'zod';
import { BimtekStageIdSchema, IdSchema, PaperSizeSchema } from '../model';
import { code } from '../i18n/validation';

/**
 * `bimtek.docx`: the daftar hadir (attendance list) or the berita acara (minutes) of one Bimtek Tahap as a Word file,
 * from the workshop's Pelaksanaan Bimtek record (shared/model/bimtek.ts) and what its worksheets decided.
 */

export const BimtekPaperSchema = z.enum(['daftar-hadir', 'berita-acara'], { error: code('invalid.option') });
export type BimtekPaperKind = z.infer<typeof BimtekPaperSchema>;

export const BimtekDocxInputSchema = z.object({
  workshopId: IdSchema,
  stage: BimtekStageIdSchema,
  paper: BimtekPaperSchema,
  /** Default: the workshop's export settings. */
  paperSize: PaperSizeSchema.optional(),
});
export type BimtekDocxInput = z.input<typeof BimtekDocxInputSchema>;

export const BimtekDocxOutputSchema = z.object({
  /** e.g. "berita-acara-bimtek-tahap-ii-kabupaten-malang.docx". */
  fileName: z.string(),
  /** The .docx file. */
  base64: z.string(),
  /** Attendees marked present at the Tahap (0: the list prints blank rows to fill in by hand). */
  attendees: z.number().int().nonnegative(),
});
export type BimtekDocxOutput = z.infer<typeof BimtekDocxOutputSchema>;
