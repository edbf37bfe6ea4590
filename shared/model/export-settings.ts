import { z } from 'zod';
import { code } from '../i18n/validation';

export const PaperSizeSchema = z.enum(['A4', 'F4']);
export const OptionalChapterSchema = z.enum(['kebijakan-kelembagaan', 'infrastruktur-pendukung', 'pola-pikir-komunitas', 'pola-penganggaran']);

/** How the Word masterplan is printed. */
export const ExportSettingsSchema = z.object({
  paperSize: PaperSizeSchema.default('A4'),
  optionalChapters: z.array(OptionalChapterSchema).max(50, code('invalid.listTooLong')).default([]),
  /** How quick-win scores are printed: Kominfo's 1–5 weighted mean (absent: this), or rescaled 0–100. */
  quickWinScale: z.enum(['1-5', '0-100']).optional(),
});
export type ExportSettings = z.infer<typeof ExportSettingsSchema>;
