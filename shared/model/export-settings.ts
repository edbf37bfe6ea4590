import { z } from 'zod';

export const PaperSizeSchema = z.enum(['A4', 'F4']);
export const OptionalChapterSchema = z.enum(['kebijakan-kelembagaan', 'infrastruktur-pendukung', 'pola-pikir-komunitas', 'pola-penganggaran']);

/** How the Word masterplan is printed. */
export const ExportSettingsSchema = z.object({
  paperSize: PaperSizeSchema.default('A4'),
  optionalChapters: z.array(OptionalChapterSchema).max(50, 'Daftar paling banyak 50 butir').default([]),
});
export type ExportSettings = z.infer<typeof ExportSettingsSchema>;
