import { z } from 'zod';
import { IdSchema, RupiahSchema, YearSchema, requiredText } from './ids';

export const InnovationTypeSchema = z.enum(['aplikasi-tik', 'infrastruktur', 'kebijakan-regulasi', 'tata-kelola-proses', 'sosial-komunitas']);
export type InnovationType = z.infer<typeof InnovationTypeSchema>;

export const ProgramStatusSchema = z.enum(['eksisting', 'pengembangan', 'baru']);
export const HorizonSchema = z.enum(['pendek', 'menengah', 'panjang']);
export type Horizon = z.infer<typeof HorizonSchema>;
export const PrioritySchema = z.enum(['tinggi', 'sedang', 'rendah']);

export const ProgramCodeSchema = z
  .string()
  .trim()
  .min(1, 'Kode program wajib diisi')
  .max(24, 'Kode program paling banyak 24 karakter')
  .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'Kode program berbentuk seperti SG-SV-03');

/** Indikator kinerja with a target per plan year. */
export const ProgramIndicatorSchema = z.object({
  id: IdSchema,
  name: requiredText('Nama indikator', 300),
  unit: z.string().max(60).default(''),
  baseline: z.string().max(120).default(''),
  targets: z.array(z.object({ year: YearSchema, value: z.string().max(120) })).default([]),
});
export type ProgramIndicator = z.infer<typeof ProgramIndicatorSchema>;

export const BudgetLineSchema = z.object({ year: YearSchema, amount: RupiahSchema });
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

export const RpjmdAlignmentSchema = z.object({
  rpjmdTarget: z.string().max(500).default(''),
  renstraProgram: z.string().max(500).default(''),
  kegiatan: z.string().max(500).default(''),
  subKegiatan: z.string().max(500).default(''),
});

/** One row of the matriks program (domain reference §5). */
export const ProgramSchema = z.object({
  id: IdSchema,
  code: ProgramCodeSchema,
  dimensionId: IdSchema,
  elementId: IdSchema,
  name: requiredText('Nama program', 300),
  acronym: z.string().trim().max(40).default(''),
  description: z.string().max(10_000).default(''),
  issueIds: z.array(IdSchema).default([]),
  innovationType: InnovationTypeSchema.nullable().default(null),
  innovationDescription: z.string().max(10_000).default(''),
  status: ProgramStatusSchema.default('baru'),
  rpjmdAlignment: RpjmdAlignmentSchema.default({ rpjmdTarget: '', renstraProgram: '', kegiatan: '', subKegiatan: '' }),
  leadOpdId: IdSchema.nullable().default(null),
  supportingOpdIds: z.array(IdSchema).default([]),
  partners: z.string().max(1000).default(''),
  beneficiaries: z.string().max(1000).default(''),
  location: z.string().max(500).default(''),
  output: z.string().max(1000).default(''),
  outcome: z.string().max(1000).default(''),
  impact: z.string().max(1000).default(''),
  indicators: z.array(ProgramIndicatorSchema).default([]),
  horizon: HorizonSchema.default('menengah'),
  years: z.array(YearSchema).default([]),
  budget: z.array(BudgetLineSchema).default([]),
  fundingSourceIds: z.array(IdSchema).default([]),
  quickWin: z.boolean().default(false),
  priority: PrioritySchema.default('sedang'),
  risks: z.string().max(5000).default(''),
  mitigation: z.string().max(5000).default(''),
  progress: z.number().int().min(0, 'Progres minimal 0%').max(100, 'Progres maksimal 100%').default(0),
  mentorNotes: z.string().max(5000).default(''),
});
export type Program = z.infer<typeof ProgramSchema>;

/** Pemetaan program RPJMD/Renstra per OPD, entered or pasted as rows. */
export const RpjmdMappingSchema = z.object({
  id: IdSchema,
  opdId: IdSchema.nullable().default(null),
  rpjmdProgram: z.string().max(500).default(''),
  renstraProgram: z.string().max(500).default(''),
  kegiatan: z.string().max(500).default(''),
  subKegiatan: z.string().max(500).default(''),
  programId: IdSchema.nullable().default(null),
});
export type RpjmdMapping = z.infer<typeof RpjmdMappingSchema>;
