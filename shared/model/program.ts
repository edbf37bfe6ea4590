import { z } from 'zod';
import { IdSchema, RupiahSchema, YearSchema, multilineText, optionalLine, requiredText } from './ids';
import { ProgramFundingListSchema } from './funding';
import { indicatorFields } from './indicator';
import { code } from '../i18n/validation';

export const InnovationTypeSchema = z.enum(['aplikasi-tik', 'infrastruktur', 'kebijakan-regulasi', 'tata-kelola-proses', 'sosial-komunitas']);
export type InnovationType = z.infer<typeof InnovationTypeSchema>;

export const ProgramStatusSchema = z.enum(['eksisting', 'pengembangan', 'baru']);
export const HorizonSchema = z.enum(['pendek', 'menengah', 'panjang']);
export type Horizon = z.infer<typeof HorizonSchema>;
export const PrioritySchema = z.enum(['tinggi', 'sedang', 'rendah']);

export const ProgramCodeSchema = z
  .string()
  .trim()
  .min(1, code('invalid.required'))
  .max(24, code('invalid.textTooLong'))
  .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, code('invalid.programCode'));

/** Indikator kinerja: a unit, a numeric baseline with its year and a target per plan year (see indicator.ts). */
export const ProgramIndicatorSchema = z.object({
  id: IdSchema,
  name: requiredText('Nama indikator', 2000),
  ...indicatorFields,
});
export type ProgramIndicator = z.infer<typeof ProgramIndicatorSchema>;

export const BudgetLineSchema = z.object({ year: YearSchema, amount: RupiahSchema });
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

export const RpjmdAlignmentSchema = z.object({
  rpjmdTarget: multilineText(500).default(''),
  renstraProgram: multilineText(500).default(''),
  kegiatan: multilineText(500).default(''),
  subKegiatan: multilineText(500).default(''),
});

/** One row of the matriks program (domain reference §5). */
export const ProgramSchema = z.object({
  id: IdSchema,
  code: ProgramCodeSchema,
  dimensionId: IdSchema,
  elementId: IdSchema,
  name: requiredText('Nama program', 300),
  acronym: optionalLine(40).default(''),
  description: multilineText(10_000).default(''),
  issueIds: z.array(IdSchema).max(1000, code('invalid.listTooLong')).default([]),
  /** The missions of the vision the program serves. */
  missionIds: z.array(IdSchema).max(200, code('invalid.listTooLong')).default([]),
  /** The SWOT factors and TOWS strategies it answers. */
  swotItemIds: z.array(IdSchema).max(1000, code('invalid.listTooLong')).default([]),
  towsStrategyIds: z.array(IdSchema).max(1000, code('invalid.listTooLong')).default([]),
  innovationType: InnovationTypeSchema.nullable().default(null),
  innovationDescription: multilineText(10_000).default(''),
  status: ProgramStatusSchema.default('baru'),
  rpjmdAlignment: RpjmdAlignmentSchema.default({ rpjmdTarget: '', renstraProgram: '', kegiatan: '', subKegiatan: '' }),
  leadOpdId: IdSchema.nullable().default(null),
  supportingOpdIds: z.array(IdSchema).max(500, code('invalid.listTooLong')).default([]),
  /** Pentahelix partners (academia, business, community, media), one name each. */
  partners: z.array(requiredText('Mitra', 1000)).max(500, code('invalid.listTooLong')).default([]),
  beneficiaries: multilineText(1000).default(''),
  location: multilineText(500).default(''),
  output: multilineText(1000).default(''),
  outcome: multilineText(1000).default(''),
  impact: multilineText(1000).default(''),
  indicators: z.array(ProgramIndicatorSchema).max(200, code('invalid.listTooLong')).default([]),
  horizon: HorizonSchema.default('menengah'),
  years: z.array(YearSchema).max(100, code('invalid.listTooLong')).default([]),
  budget: z.array(BudgetLineSchema).max(500, code('invalid.listTooLong')).default([]),
  /** Where the budget comes from, main source first, with the part each carries. */
  funding: ProgramFundingListSchema.default([]),
  quickWin: z.boolean().default(false),
  priority: PrioritySchema.default('sedang'),
  risks: multilineText(5000).default(''),
  mitigation: multilineText(5000).default(''),
  progress: z.number().int().min(0, code('invalid.tooSmall')).max(100, code('invalid.tooBig')).default(0),
  mentorNotes: multilineText(5000).default(''),
});
export type Program = z.infer<typeof ProgramSchema>;

/**
 * Partner names out of one text: split on commas, semicolons and line breaks outside brackets
 * ("Universitas Brawijaya (FILKOM, FT); Telkom" is two partners), trimmed, empty pieces dropped.
 */
export const splitPartnerList = (text: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth += 1;
    else if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n' || ch === '\r')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
};

/** Pemetaan program RPJMD/Renstra per OPD, entered or pasted as rows. */
export const RpjmdMappingSchema = z.object({
  id: IdSchema,
  opdId: IdSchema.nullable().default(null),
  rpjmdProgram: multilineText(500).default(''),
  renstraProgram: multilineText(500).default(''),
  kegiatan: multilineText(500).default(''),
  subKegiatan: multilineText(500).default(''),
  programId: IdSchema.nullable().default(null),
});
export type RpjmdMapping = z.infer<typeof RpjmdMappingSchema>;
