import { z } from 'zod';
import { YearSchema, multilineText, optionalLine } from './ids';
import { code } from '../i18n/validation';

/*
 * A structured indicator (indikator kinerja): a unit, a numeric baseline with its year and a target
 * per year (2031 and 2036, say). Numbers are stored as numbers and written the Indonesian way
 * (decimal comma, dot for thousands: "1.500", "4,5").
 */

/** A measured value: any finite number a region reports (percentages, counts, minutes, Rupiah). */
export const IndicatorValueSchema = z
  .number({ error: code('invalid.notNumber') })
  .min(-1e15, code('invalid.tooSmall'))
  .max(1e15, code('invalid.tooBig'));

export const IndicatorTargetSchema = z.object({ year: YearSchema, value: IndicatorValueSchema });
export type IndicatorTarget = z.infer<typeof IndicatorTargetSchema>;

const TargetsSchema = z
  .array(IndicatorTargetSchema)
  .max(100, code('invalid.listTooLong'))
  .refine((targets) => new Set(targets.map((t) => t.year)).size === targets.length, code('invalid.duplicateEntry'));

/** The measurable part of an indicator, shared by goals, programs and quick wins. */
export const indicatorFields = {
  unit: optionalLine(60).default(''),
  baseline: IndicatorValueSchema.nullable().default(null),
  baselineYear: YearSchema.nullable().default(null),
  targets: TargetsSchema.default([]),
};

/** A goal's indicator: its name may be empty while the goal is being written. */
export const IndicatorSchema = z.object({ name: multilineText(2000).default(''), ...indicatorFields });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const EMPTY_INDICATOR: Indicator = { name: '', unit: '', baseline: null, baselineYear: null, targets: [] };

/**
 * A number as Indonesians write it: "35", "4,5", "1.500", "10.000", "-2,75", also "4.5" (a dot not
 * followed by three digits is a decimal point) and "35%". Null when the text is not one number.
 */
export const parseIndicatorNumber = (text: string): number | null => {
  const t = text.trim().replace(/\s*%$/, '').replace(/\s+/g, '');
  if (!/^[-+]?\d[\d.,]*$/.test(t)) return null;
  let normal: string;
  if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (/^[-+]?\d+(,\d+)?$/.test(t)) normal = t.replace(',', '.');
  else if (/^[-+]?\d+\.\d+$/.test(t)) normal = t;
  else return null;
  const value = Number(normal);
  return Number.isFinite(value) && Math.abs(value) <= 1e15 ? value : null;
};

/** 1500 → "1.500", 4.5 → "4,5" (at most four decimals, no trailing zeros). */
export const formatIndicatorNumber = (value: number): string => {
  const [whole = '0', fraction] = Math.abs(value).toFixed(4).replace(/0+$/, '').replace(/\.$/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
};

/** "35 %", "1.500 UMKM", "4,5" (no unit). */
/** A figure with its unit: "12 layanan", and "40%" or "40% rumah tangga" with the percent sign joined to the number, as Indonesian writes it (PUEBI). */
export const withUnit = (value: number, unit: string): string => {
  const figure = formatIndicatorNumber(value);
  const trimmed = unit.trim();
  if (!trimmed) return figure;
  return trimmed.startsWith('%') ? `${figure}${trimmed}` : `${figure} ${trimmed}`;
};

/** "35% (2025) → 60% (2031), 85% (2036)"; the baseline's year left out while unknown; '' for nothing measured. */
export const indicatorFigures = (indicator: Pick<Indicator, 'unit' | 'baseline' | 'baselineYear' | 'targets'>): string => {
  const baseline = indicator.baseline === null ? '' : `${withUnit(indicator.baseline, indicator.unit)}${indicator.baselineYear ? ` (${indicator.baselineYear})` : ''}`;
  const targets = [...indicator.targets].sort((a, b) => a.year - b.year).map((t) => `${withUnit(t.value, indicator.unit)} (${t.year})`).join(', ');
  if (baseline && targets) return `${baseline} → ${targets}`;
  if (targets) return `→ ${targets}`;
  return baseline;
};

export interface IndicatorFromText {
  unit: string;
  baseline: number | null;
  baselineYear: number | null;
  targets: IndicatorTarget[];
  /** What could not be read as numbers, to keep beside the indicator's name. */
  leftover: string[];
}

/** A value written as free text, "35", "35% (2025)", "1.500 UMKM": its number, year and unit, or null. */
const readValue = (text: string): { value: number; year: number | null; unit: string } | null => {
  const m = /^\s*([-+]?\d[\d.,]*)\s*(%|[^\d\s()][^()]*?)?\s*(?:\((\d{4})\))?\s*$/.exec(text);
  if (!m) return null;
  const value = parseIndicatorNumber(m[1] ?? '');
  if (value === null) return null;
  const year = m[3] ? Number(m[3]) : null;
  return { value, year: year !== null && year >= 2000 && year <= 2100 ? year : null, unit: (m[2] ?? '').trim() };
};

/**
 * Reads the free text of an older indicator (a unit, a baseline, one target): numbers become numbers,
 * the target counts for `targetYear`; a text that is not a number is kept word for word in `leftover`.
 */
export const indicatorFromText = (fields: { unit: string; baseline: string; target: string }, targetYear: number): IndicatorFromText => {
  const leftover: string[] = [];
  let unit = fields.unit.trim();
  const baselineText = fields.baseline.trim();
  const targetText = fields.target.trim();
  const baseline = baselineText === '' ? null : readValue(baselineText);
  const target = targetText === '' ? null : readValue(targetText);
  if (baselineText !== '' && baseline === null) leftover.push(`baseline: ${baselineText}`);
  if (targetText !== '' && target === null) leftover.push(`target: ${targetText}`);
  if (unit === '') unit = baseline?.unit || target?.unit || '';
  return {
    unit,
    baseline: baseline?.value ?? null,
    baselineYear: baseline?.year ?? null,
    targets: target ? [{ year: target.year ?? targetYear, value: target.value }] : [],
    leftover,
  };
};
