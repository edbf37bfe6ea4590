import { z } from 'zod';
import { IdSchema, requiredText } from './ids';

/** Sumber pendanaan, e.g. APBD Kab/Kota, DAK, CSR, KPBU. */
export const FundingSourceSchema = z.object({
  id: IdSchema,
  name: requiredText('Nama sumber dana', 120),
});
export type FundingSource = z.infer<typeof FundingSourceSchema>;
