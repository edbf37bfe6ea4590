import { describe, expect, it } from 'vitest';
import { pillarStats, readinessStats, summariseReadiness, trafficLight } from '../../../shared/logic';
import type { ReadinessItem } from '../../../shared/model';
import { aReadinessItem, demoWorkshop } from './workshop-fixtures';

const scored = (pillar: ReadinessItem['pillar'], ...scores: (number | null)[]): ReadinessItem[] =>
  scores.map((score, i) => aReadinessItem({ id: `${pillar}-${i}`, pillar, score }));

describe('the readiness traffic light', () => {
  it('is red for 1–2, amber for 3 and green for 4–5', () => {
    expect([1, 2, 3, 4, 5].map(trafficLight)).toEqual(['red', 'red', 'amber', 'green', 'green']);
  });

  it('rounds a mean to the nearest score first', () => {
    expect(trafficLight(2.4)).toBe('red');
    expect(trafficLight(2.5)).toBe('amber');
    expect(trafficLight(3.49)).toBe('amber');
    expect(trafficLight(3.5)).toBe('green');
  });
});

describe('statistics per pillar', () => {
  it('gives the mean, the share of items scoring 3 or more, and the light from the mean', () => {
    const stats = pillarStats(scored('struktur', 1, 2, 3, 4), 'struktur');
    expect(stats).toEqual({ pillar: 'struktur', itemCount: 4, scoredCount: 4, mean: 2.5, percentReady: 50, light: 'amber' });
  });

  it('leaves items not scored yet out of the figures but counts them as items', () => {
    const stats = pillarStats(scored('infrastruktur', 4, null, 5), 'infrastruktur');
    expect(stats).toMatchObject({ itemCount: 3, scoredCount: 2, mean: 4.5, percentReady: 100, light: 'green' });
  });

  it('has no figures for a pillar with nothing scored', () => {
    expect(pillarStats(scored('suprastruktur', null), 'suprastruktur')).toMatchObject({ mean: null, percentReady: null, light: null });
    expect(pillarStats([], 'suprastruktur')).toMatchObject({ itemCount: 0, mean: null });
  });

  it('only looks at the items of its pillar', () => {
    const items = [...scored('struktur', 5, 5), ...scored('suprastruktur', 1)];
    expect(pillarStats(items, 'suprastruktur').mean).toBe(1);
  });
});

describe('statistics for the worksheet', () => {
  it('always shows the three core pillars, and nature or culture only when used', () => {
    expect(readinessStats(scored('struktur', 3)).map((s) => s.pillar)).toEqual(['struktur', 'infrastruktur', 'suprastruktur']);
    expect(readinessStats(scored('culture', 3)).map((s) => s.pillar)).toEqual(['struktur', 'infrastruktur', 'suprastruktur', 'culture']);
  });

  it('summarises the demo: suprastruktur is the weakest pillar of Kabupaten Malang', () => {
    const stats = readinessStats(demoWorkshop().readinessItems);
    const supra = stats.find((s) => s.pillar === 'suprastruktur')!;
    expect(supra.light).toBe('red');
    expect(Math.min(...stats.map((s) => s.mean ?? 5))).toBe(supra.mean);
  });

  it('can summarise any list of items at once', () => {
    expect(summariseReadiness([...scored('struktur', 2), ...scored('nature', 4)])).toEqual({ itemCount: 2, scoredCount: 2, mean: 3, percentReady: 50, light: 'amber' });
  });
});
