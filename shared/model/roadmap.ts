import { z } from 'zod';
import { IdSchema } from './ids';

/** Roadmap settings; the rows themselves are the programs' years (a view over the program matrix). */
export const RoadmapSchema = z.object({
  phaseLabels: z.object({
    pendek: z.string().max(80).default('Jangka Pendek'),
    menengah: z.string().max(80).default('Jangka Menengah'),
    panjang: z.string().max(80).default('Jangka Panjang'),
  }).default({ pendek: 'Jangka Pendek', menengah: 'Jangka Menengah', panjang: 'Jangka Panjang' }),
  notes: z.array(z.object({ dimensionId: IdSchema, text: z.string().max(5000) })).default([]),
});
export type Roadmap = z.infer<typeof RoadmapSchema>;
