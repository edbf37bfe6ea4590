import { z } from 'zod';
import { IdSchema, YearSchema, optionalLine, optionalText, requiredText } from './ids';
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
  /** "Wakil Bupati" / "Wakil Wali Kota"; empty: read from the region's kind (shared/logic/region-facts.ts). */
  deputyTitle: optionalLine(120).default(''),
});

/** Kemendagri's code of a kabupaten/kota (Permendagri on kode wilayah): province and region, "35.07"; empty when not known. */
export const RegionCodeSchema = z
  .string()
  .transform((text) => text.trim())
  .pipe(z.string().regex(/^(\d{2}\.\d{2})?$/, code('invalid.regionCode')));

const isCalendarDate = (iso: string): boolean => {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** A day of the calendar as YYYY-MM-DD ("2021-11-23"; "2021-02-30" is refused). */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, code('invalid.date'))
  .refine(isCalendarDate, { message: code('invalid.date') });

/** What a smart-city milestone was: the launch, the MoU with the ministry (Kominfo/Kemkomdigi), or another step. */
export const MilestoneKindSchema = z.enum(['peluncuran', 'mou-kementerian', 'lainnya']);
export type MilestoneKind = z.infer<typeof MilestoneKindSchema>;

/** One step of the region's smart-city journey ("2017-05-23: MoU Gerakan Menuju 100 Smart City"). */
export const MilestoneSchema = z.object({
  id: IdSchema,
  date: CalendarDateSchema,
  event: requiredText('Peristiwa', 300),
  kind: MilestoneKindSchema.default('lainnya'),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const MAX_MILESTONES = 100;
export const MAX_KECAMATAN = 1000;

/** The kecamatan's names, each once (compared without case or extra spaces). */
export const KecamatanListSchema = z
  .array(requiredText('Nama kecamatan', 120))
  .max(MAX_KECAMATAN, code('invalid.listTooLong'))
  .refine((names) => new Set(names.map((n) => n.toLowerCase().replace(/\s+/g, ' '))).size === names.length, { message: code('invalid.duplicateEntry') });

/** The milestones, each id once. */
export const MilestoneListSchema = z
  .array(MilestoneSchema)
  .max(MAX_MILESTONES, code('invalid.listTooLong'))
  .refine((list) => new Set(list.map((m) => m.id)).size === list.length, { message: code('invalid.duplicateEntry') });

/** Milestones in the order of their dates (the same date keeps the order given). */
export const sortMilestones = (milestones: readonly Milestone[]): Milestone[] =>
  milestones
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.date === b.m.date ? a.i - b.i : a.m.date < b.m.date ? -1 : 1))
    .map(({ m }) => m);

/** Profil daerah: who the masterplan is for. */
export const RegionProfileSchema = z.object({
  name: optionalLine(120).default(''),
  kind: RegionKindSchema.default('kabupaten'),
  /** Kode wilayah Kemendagri ("35.07"). */
  code: RegionCodeSchema.default(''),
  province: optionalLine(120).default(''),
  /** The seat of government (ibu kota kabupaten), e.g. "Kepanjen". */
  capital: optionalLine(120).default(''),
  /** The region's motto (semboyan), e.g. "Malang Makmur". */
  motto: optionalLine(200).default(''),
  logo: LogoSchema.nullable().default(null),
  population: z.number().int(code('invalid.notInteger')).nonnegative(code('invalid.negative')).max(100_000_000, code('invalid.tooBig')).nullable().default(null),
  /** The year the population figure is from. */
  populationYear: YearSchema.nullable().default(null),
  areaKm2: z.number().nonnegative(code('invalid.negative')).max(1_000_000).nullable().default(null),
  /** With a kecamatan list, the count is the list's length (setRegionProfile keeps them in step). */
  kecamatanCount: z.number().int().nonnegative(code('invalid.negative')).max(1000).nullable().default(null),
  /** The kecamatan's names, in the region's own order. */
  kecamatan: KecamatanListSchema.default([]),
  desaCount: z.number().int().nonnegative(code('invalid.negative')).max(10_000).nullable().default(null),
  kelurahanCount: z.number().int().nonnegative(code('invalid.negative')).max(10_000).nullable().default(null),
  rpjmdPeriod: RpjmdPeriodSchema.nullable().default(null),
  regionalHead: RegionalHeadSchema.default({ title: '', name: '', deputyName: '', deputyTitle: '' }),
  /** The smart-city milestones, ordered by date. */
  milestones: MilestoneListSchema.default([]),
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
