import { CORE_PILLARS, ReadinessPillarSchema, type ReadinessItem, type ReadinessPillar } from '../model';

/** Traffic light from a 1–5 readiness score: 1–2 red, 3 amber, 4–5 green (design proposal, reference §3.2). */
export type TrafficLight = 'red' | 'amber' | 'green';

/** The light for a score or a mean; a mean is rounded to the nearest whole score first (2.5 → amber, 3.5 → green). */
export const trafficLight = (score: number): TrafficLight => {
  const rounded = Math.round(score);
  if (rounded <= 2) return 'red';
  if (rounded === 3) return 'amber';
  return 'green';
};

export interface ReadinessSummary {
  itemCount: number;
  scoredCount: number;
  /** Mean of the scored items, or null when none is scored yet. */
  mean: number | null;
  /** Share of scored items with a score of 3 or more, 0–100, or null when none is scored. */
  percentReady: number | null;
  light: TrafficLight | null;
}

export interface PillarStats extends ReadinessSummary {
  pillar: ReadinessPillar;
}

/** Mean, share of items scoring 3 or more, and the light, over the scored items of a list. */
export const summariseReadiness = (items: readonly ReadinessItem[]): ReadinessSummary => {
  const scores = items.map((i) => i.score).filter((s): s is number => s !== null);
  if (scores.length === 0) return { itemCount: items.length, scoredCount: 0, mean: null, percentReady: null, light: null };
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const ready = scores.filter((s) => s >= 3).length;
  return { itemCount: items.length, scoredCount: scores.length, mean, percentReady: (ready / scores.length) * 100, light: trafficLight(mean) };
};

/** Statistics for one pillar (struktur, infrastruktur, suprastruktur, nature or culture). */
export const pillarStats = (items: readonly ReadinessItem[], pillar: ReadinessPillar): PillarStats =>
  ({ pillar, ...summariseReadiness(items.filter((i) => i.pillar === pillar)) });

/**
 * Statistics for every pillar in display order: the three core pillars always,
 * nature and culture only when the workshop uses them.
 */
export const readinessStats = (items: readonly ReadinessItem[]): PillarStats[] =>
  ReadinessPillarSchema.options
    .filter((p) => (CORE_PILLARS as readonly string[]).includes(p) || items.some((i) => i.pillar === p))
    .map((p) => pillarStats(items, p));
