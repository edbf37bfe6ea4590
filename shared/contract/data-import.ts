import { z } from 'zod';
import { IdSchema } from '../model';

/*
 * One data folder (issue 15): workshops found in the folder browser mode used before are offered for
 * import on the home screen (copied, never moved). electron/services/data-migration.ts does the work.
 */

export const LegacyImportOfferSchema = z.object({
  /** The old browser-mode folder, as shown to the facilitator. */
  from: z.string(),
  workshops: z.array(z.object({ id: IdSchema, title: z.string(), updatedAt: z.string(), demo: z.boolean() })),
});
export type LegacyImportOffer = z.infer<typeof LegacyImportOfferSchema>;

export const DataImportOfferOutputSchema = z.object({ offer: LegacyImportOfferSchema.nullable() });

export const DataImportRunInputSchema = z.object({ workshopIds: z.array(IdSchema).max(1000).optional() });

export const DataImportRunOutputSchema = z.object({
  imported: z.array(IdSchema),
  skipped: z.array(z.object({ id: IdSchema, reason: z.enum(['exists', 'unreadable']) })),
  cancelled: z.boolean(),
});
export type DataImportRunOutput = z.infer<typeof DataImportRunOutputSchema>;
