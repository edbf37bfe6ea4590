import { describe, expect, it } from 'vitest';
import { quadrantOf } from '../../../shared/logic/quick-win-quadrant';
import type { QuickWinCandidate } from '../../../shared/model';

const scores = (impact: number | null, speed: number | null, cost: number | null): QuickWinCandidate['scores'] => ({ impact, speed, cost, feasibility: 3, innovation: 3, sustainability: 3 });

describe('the impact-versus-effort quadrant of a candidate', () => {
  it('high impact that is fast and cheap is a quick win', () => {
    expect(quadrantOf(scores(5, 4, 4))).toEqual({ quadrant: 'quick-win', impact: 5, ease: 8 });
  });

  it('high impact that is slow or costly is a strategic program', () => {
    expect(quadrantOf(scores(4, 2, 2))?.quadrant).toBe('strategic');
  });

  it('low impact is a complement when easy and worth a second look when hard', () => {
    expect(quadrantOf(scores(2, 4, 3))?.quadrant).toBe('complement');
    expect(quadrantOf(scores(1, 1, 2))?.quadrant).toBe('review');
  });

  it('cannot be placed until impact, speed and cost are scored', () => {
    expect(quadrantOf(scores(4, null, 3))).toBeNull();
  });
});
