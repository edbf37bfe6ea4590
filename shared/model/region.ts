import { z } from 'zod';
import { YearSchema, optionalLine, optionalText } from './ids';
import { code } from '../i18n/validation';

export const RegionKindSchema = z.enum(['kabupaten', 'kota']);
export type RegionKind = z.infer<typeof RegionKindSchema>;

/** Data URL of the region's logo (PNG, JPEG or SVG), at most about 1.5 MB. */
export const LogoSchema = z
  .string()
  .max(2_000_000, code('invalid.logoTooLarge'))
  .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/, code('invalid.logoFormat'));

export const RpjmdPeriodSchema = z
  .object({ startYear: YearSchema, endYear: YearSchema })
  .refine((p) => p.endYear >= p.startYear, { message: code('invalid.periodOrder'), path: ['endYear'] });

export const RegionalHeadSchema = z.object({
  title: optionalLine(120).default(''),
  name: optionalLine(200).default(''),
  deputyName: optionalLine(200).default(''),
});

/** Profil daerah: who the masterplan is for. */
export const RegionProfileSchema = z.object({
  name: optionalLine(120).default(''),
  kind: RegionKindSchema.default('kabupaten'),
  province: optionalLine(120).default(''),
  logo: LogoSchema.nullable().default(null),
  population: z.number().int(code('invalid.notInteger')).nonnegative(code('invalid.negative')).max(100_000_000, code('invalid.tooBig')).nullable().default(null),
  areaKm2: z.number().nonnegative(code('invalid.negative')).max(1_000_000).nullable().default(null),
  kecamatanCount: z.number().int().nonnegative(code('invalid.negative')).max(1000).nullable().default(null),
  desaCount: z.number().int().nonnegative(code('invalid.negative')).max(10_000).nullable().default(null),
  kelurahanCount: z.number().int().nonnegative(code('invalid.negative')).max(10_000).nullable().default(null),
  rpjmdPeriod: RpjmdPeriodSchema.nullable().default(null),
  regionalHead: RegionalHeadSchema.default({ title: '', name: '', deputyName: '' }),
  description: optionalText(),
});
export type RegionProfile = z.infer<typeof RegionProfileSchema>;

export const PlanYearsSchema = z.union([z.literal(5), z.literal(10)], { error: code('invalid.option') });

/** Horizon rencana: start year and length (5 or 10 years). */
export const PlanHorizonSchema = z.object({
  startYear: YearSchema,
  years: PlanYearsSchema,
});
export type PlanHorizon = z.infer<typeof PlanHorizonSchema>;

/** The years a plan covers, e.g. 2026…2030. */
export const planYears = (h: PlanHorizon): number[] => Array.from({ length: h.years }, (_, i) => h.startYear + i);
export const planEndYear = (h: PlanHorizon): number => h.startYear + h.years - 1;
