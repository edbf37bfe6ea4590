import { describe, expect, it } from 'vitest';
import { CRITERION_SCALE_ENDS, scaleEndWords, scaleEndsAfterCriterion, suggestedScaleEnds } from '../../../shared/logic/scale-ends';
import { PollSchema } from '../../../shared/model';

const USUAL = { low: '', high: '' };
const COST = CRITERION_SCALE_ENDS.cost!;

describe('the ends of a scale poll in the poll form', () => {
  it('picking the cost criterion names its ends (5 = cheapest); impact keeps the usual ones', () => {
    expect(COST.high).toMatch(/tanpa biaya|anggaran sudah ada/);
    expect(scaleEndsAfterCriterion(USUAL, null, 'cost')).toEqual(COST);
    expect(scaleEndsAfterCriterion(USUAL, null, 'impact')).toEqual(USUAL);
  });

  it('switching away from cost puts back the usual ends, or the next criterion’s own', () => {
    expect(scaleEndsAfterCriterion(COST, 'cost', 'impact')).toEqual(USUAL);
    expect(scaleEndsAfterCriterion(COST, 'cost', null)).toEqual(USUAL);
    expect(scaleEndsAfterCriterion(COST, 'cost', 'speed')).toEqual(suggestedScaleEnds('speed'));
  });

  it('never overwrites ends the facilitator wrote', () => {
    const own = { low: 'mahal sekali', high: 'gratis' };
    expect(scaleEndsAfterCriterion(own, null, 'cost')).toEqual(own);
    expect(scaleEndsAfterCriterion(own, 'cost', 'impact')).toEqual(own);
  });

  it('a stored poll without ends reads the usual words', () => {
    const older = PollSchema.parse({ id: 'lama', title: 'Dampak', kind: 'scale' });
    expect(older.scaleEnds).toEqual(USUAL);
    expect(scaleEndWords(older)).toEqual({ low: 'sangat rendah', high: 'sangat tinggi' });
    expect(scaleEndWords({ scaleEnds: { low: '', high: 'gratis' } })).toEqual({ low: 'sangat rendah', high: 'gratis' });
  });
});
