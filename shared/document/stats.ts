import type { Program, QuickWinCandidate } from '../model';
import { trafficLight, type TrafficLight } from '../logic/readiness-stats';

/**
 * Small calculations only the document needs. Readiness statistics, roadmap buckets and quick-win
 * scores come from shared/logic, so the document prints what the worksheets show.
 */

const LIGHT_LABELS: Record<TrafficLight, string> = { red: 'Merah', amber: 'Kuning', green: 'Hijau' };

/** "Merah", "Kuning" or "Hijau" for a mean score; "-" when nothing is scored. */
export const trafficLightLabel = (mean: number | null): string => (mean === null ? '-' : LIGHT_LABELS[trafficLight(mean)]);

export const programTotal = (program: Program): number => program.budget.reduce((sum, line) => sum + line.amount, 0);

export const budgetInYear = (program: Program, year: number): number =>
  program.budget.filter((line) => line.year === year).reduce((sum, line) => sum + line.amount, 0);

/** Impact and effort in 0..1 for the impact-versus-effort chart; effort is the inverse of the speed and cost scores. */
export const impactEffort = (candidate: QuickWinCandidate): { impact: number; effort: number } | null => {
  const { impact, speed, cost } = candidate.scores;
  if (impact === null || speed === null || cost === null) return null;
  return { impact: (impact - 1) / 4, effort: 1 - (speed + cost - 2) / 8 };
};
