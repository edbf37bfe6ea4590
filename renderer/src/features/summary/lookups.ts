import type { Workshop } from '../../../../shared/model';
import type { Language } from '../../i18n/i18n-context';

/** The dimension's name in the user's language (English names fall back to Indonesian). */
export const dimensionName = (w: Workshop, dimensionId: string, language: Language): string => {
  const d = w.dimensionSet.dimensions.find((x) => x.id === dimensionId);
  if (!d) return dimensionId;
  return language === 'en' && d.nameEn.trim() !== '' ? d.nameEn : d.nameId;
};

/** An OPD by its abbreviation (e.g. "Diskominfo"); the full name goes in a tooltip. */
export const opdOf = (w: Workshop, opdId: string | null): { short: string; full: string } | null => {
  if (opdId === null) return null;
  const opd = w.opds.find((o) => o.id === opdId);
  return opd ? { short: opd.abbreviation, full: opd.name } : { short: opdId, full: opdId };
};

export const programOf = (w: Workshop, programId: string | null) => (programId === null ? undefined : w.programs.find((p) => p.id === programId));

/** "2022–2026", "2023", or "" for a program without years. */
export const yearSpan = (years: readonly number[]): string => {
  if (years.length === 0) return '';
  const min = Math.min(...years);
  const max = Math.max(...years);
  return min === max ? String(min) : `${min}–${max}`;
};
