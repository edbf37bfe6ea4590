import { z } from 'zod';
import { IdSchema, RupiahSchema, requiredText } from './ids';
import { code } from '../i18n/validation';

/** Sumber pendanaan, e.g. APBD Kab/Kota, DAK, CSR, KPBU. */
export const FundingSourceSchema = z.object({
  id: IdSchema,
  name: requiredText('Nama sumber dana', 120),
});
export type FundingSource = z.infer<typeof FundingSourceSchema>;

/**
 * One source of a program's funding and the part of its budget it carries (whole Rupiah; 0 while
 * the split is not known). The first entry is the main source (sumber utama): whatever the amounts
 * leave of the program's budget is counted under it.
 */
export const ProgramFundingSchema = z.object({
  sourceId: IdSchema,
  amount: RupiahSchema.default(0),
});
export type ProgramFunding = z.infer<typeof ProgramFundingSchema>;

export const ProgramFundingListSchema = z
  .array(ProgramFundingSchema)
  .max(200, code('invalid.listTooLong'))
  .refine((list) => new Set(list.map((f) => f.sourceId)).size === list.length, code('invalid.duplicateEntry'));
