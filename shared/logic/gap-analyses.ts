import type { GapAnalysis, Workshop } from '../model';

/** The three texts of a gap analysis the room writes. */
export type GapText = Pick<GapAnalysis, 'currentCondition' | 'targetCondition' | 'gap'>;

/** The gap analysis of a dimension, if the room has written one (the first, should there ever be two). */
export const gapAnalysisOf = (w: Workshop, dimensionId: string): GapAnalysis | undefined => w.gapAnalyses.find((g) => g.dimensionId === dimensionId);

/**
 * What to store when one text of a dimension's gap analysis changes: the existing analysis with
 * that text replaced, or a new one (with `newId`) that holds only that text.
 */
export const gapAnalysisWith = (w: Workshop, dimensionId: string, patch: Partial<GapText>, newId: string): GapAnalysis => {
  const existing = gapAnalysisOf(w, dimensionId);
  return existing
    ? { ...existing, ...patch }
    : { id: newId, dimensionId, currentCondition: '', targetCondition: '', gap: '', ...patch };
};

/** Analyses whose dimension is no longer in the workshop's dimension set (renamed sets keep ids, removed ones do not). */
export const orphanGapAnalyses = (w: Workshop): GapAnalysis[] => {
  const known = new Set(w.dimensionSet.dimensions.map((d) => d.id));
  return w.gapAnalyses.filter((g) => !known.has(g.dimensionId));
};
