import { z } from 'zod';
import { IdSchema, multilineText, requiredText } from './ids';
import { code } from '../i18n/validation';

const CodeSchema = z
  .string()
  .trim()
  .min(1, code('invalid.required'))
  .max(6, code('invalid.textTooLong'))
  .regex(/^[A-Z0-9]+$/, code('invalid.dimensionCode'));

/** Elemen (sub-dimensi) of a smart-city dimension, e.g. Pelayanan publik / Service. */
export const ElementSchema = z.object({
  id: IdSchema,
  code: CodeSchema,
  nameId: requiredText('Nama elemen', 200),
  nameEn: multilineText(200).default(''),
  meaningId: multilineText(1000).default(''),
  meaningEn: multilineText(1000).default(''),
});
export type Element = z.infer<typeof ElementSchema>;

/** Dimensi, e.g. Smart Governance, with its elements. */
export const DimensionSchema = z.object({
  id: IdSchema,
  code: CodeSchema,
  nameId: requiredText('Nama dimensi', 200),
  nameEn: multilineText(200).default(''),
  meaningId: multilineText(2000).default(''),
  meaningEn: multilineText(2000).default(''),
  elements: z.array(ElementSchema).max(500, code('invalid.listTooLong')).min(1, code('invalid.listTooShort')),
});
export type Dimension = z.infer<typeof DimensionSchema>;

/** The taxonomy a workshop uses; Kominfo 6×3 by default, editable per region. */
export const DimensionSetSchema = z.object({
  id: IdSchema,
  name: requiredText('Nama set dimensi', 200),
  dimensions: z.array(DimensionSchema).min(1, code('invalid.listTooShort')),
});
export type DimensionSet = z.infer<typeof DimensionSetSchema>;

export const findElement = (set: DimensionSet, elementId: string) => {
  for (const dimension of set.dimensions) {
    const element = dimension.elements.find((e) => e.id === elementId);
    if (element) return { dimension, element };
  }
  return undefined;
};
