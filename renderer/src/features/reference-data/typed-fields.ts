import { z } from 'zod';
import { DimensionSchema, ElementSchema, FundingSourceSchema, OpdSchema } from '../../../../shared/model';

/** Codes are typed in any case and stored in capitals ("sg" → "SG"), then checked like the model does. */
const typedCode = (code: z.ZodString) =>
  z
    .string()
    .transform((text) => text.trim().toUpperCase())
    .pipe(code);

export const DIMENSION_FIELDS = {
  code: typedCode(DimensionSchema.shape.code),
  nameId: DimensionSchema.shape.nameId,
  nameEn: DimensionSchema.shape.nameEn,
  meaningId: DimensionSchema.shape.meaningId,
} as const;

export const ELEMENT_FIELDS = {
  code: typedCode(ElementSchema.shape.code),
  nameId: ElementSchema.shape.nameId,
  nameEn: ElementSchema.shape.nameEn,
  meaningId: ElementSchema.shape.meaningId,
} as const;

export const OPD_FIELDS = OpdSchema.shape;
export const FUNDING_FIELDS = FundingSourceSchema.shape;
