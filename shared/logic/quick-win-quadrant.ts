import type { QuickWinCandidate } from '../model';

/**
 * Where a candidate sits on the impact-versus-effort 2×2 (reference §6.3), in words, for the table
 * beside the chart. Impact is the impact score; effort is the inverse of the speed and cost scores,
 * as the chart draws it (shared/document/diagrams.ts): impact 3 and speed + cost 6 are the middle lines.
 */
export type Quadrant = 'quick-win' | 'strategic' | 'complement' | 'review';

export interface QuadrantPlacement {
  quadrant: Quadrant;
  impact: number;
  /** Speed plus cost, 2–10: higher means less effort. */
  ease: number;
}

export const quadrantOf = (scores: QuickWinCandidate['scores']): QuadrantPlacement | null => {
  const { impact, speed, cost } = scores;
  if (impact === null || speed === null || cost === null) return null;
  const highImpact = impact >= 3;
  const lowEffort = speed + cost >= 6;
  const quadrant: Quadrant = highImpact ? (lowEffort ? 'quick-win' : 'strategic') : lowEffort ? 'complement' : 'review';
  return { quadrant, impact, ease: speed + cost };
};
