import { z } from 'zod';
import { IdSchema, multilineText, optionalLine } from './ids';
import { code } from '../i18n/validation';

/** Roadmap settings; the rows themselves are the programs' years (a view over the program matrix). */
export const RoadmapSchema = z.object({
  phaseLabels: z.object({
    pendek: optionalLine(80).default('Jangka Pendek'),
    menengah: optionalLine(80).default('Jangka Menengah'),
    panjang: optionalLine(80).default('Jangka Panjang'),
  }).default({ pendek: 'Jangka Pendek', menengah: 'Jangka Menengah', panjang: 'Jangka Panjang' }),
  notes: z.array(z.object({ dimensionId: IdSchema, text: multilineText(5000) })).max(500, code('invalid.listTooLong')).default([]),
});
export type Roadmap = z.infer<typeof RoadmapSchema>;
