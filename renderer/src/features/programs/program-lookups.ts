import { useMemo } from 'react';
import type { Workshop } from '../../../../shared/model';
import { useLanguage, type Language } from '../../i18n/i18n-context';

/** Names the matrix shows for ids, built once per change of the reference lists (not per row). */
export interface ProgramLookups {
  dimension(id: string): string;
  /** The dimension's short code ("SG"), or its name when it has none. */
  dimensionCode(id: string): string;
  element(id: string): string;
  opdShort(id: string | null): string | null;
  opdFull(id: string | null): string | null;
  funding(id: string): string;
}

const pick = (language: Language, id: string, en: string) => (language === 'en' && en.trim() !== '' ? en : id);

export const buildProgramLookups = (w: Pick<Workshop, 'dimensionSet' | 'opds' | 'fundingSources'>, language: Language): ProgramLookups => {
  const dimensions = new Map(w.dimensionSet.dimensions.map((d) => [d.id, pick(language, d.nameId, d.nameEn)]));
  const dimensionCodes = new Map(w.dimensionSet.dimensions.map((d) => [d.id, d.code]));
  const elements = new Map(w.dimensionSet.dimensions.flatMap((d) => d.elements.map((e) => [e.id, pick(language, e.nameId, e.nameEn)] as const)));
  const opds = new Map(w.opds.map((o) => [o.id, o]));
  const funding = new Map(w.fundingSources.map((f) => [f.id, f.name]));
  return {
    dimension: (id) => dimensions.get(id) ?? id,
    dimensionCode: (id) => dimensionCodes.get(id) || (dimensions.get(id) ?? id),
    element: (id) => elements.get(id) ?? id,
    opdShort: (id) => (id === null ? null : (opds.get(id)?.abbreviation ?? id)),
    opdFull: (id) => (id === null ? null : (opds.get(id)?.name ?? id)),
    funding: (id) => funding.get(id) ?? id,
  };
};

export const useProgramLookups = (w: Workshop): ProgramLookups => {
  const { language } = useLanguage();
  const { dimensionSet, opds, fundingSources } = w;
  return useMemo(() => buildProgramLookups({ dimensionSet, opds, fundingSources }, language), [dimensionSet, opds, fundingSources, language]);
};
