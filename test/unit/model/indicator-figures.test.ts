import { describe, expect, it } from 'vitest';
import { indicatorFigures, withUnit } from '../../../shared/model';

describe('an indicator’s figures, written the Indonesian way', () => {
  it('joins the percent sign to its number and spaces every other unit', () => {
    expect(withUnit(40, '%')).toBe('40%');
    expect(withUnit(62.5, ' % rumah tangga ')).toBe('62,5% rumah tangga');
    expect(withUnit(1500, 'layanan')).toBe('1.500 layanan');
    expect(withUnit(3, '  ')).toBe('3');
  });

  it('reads baseline → targets by year', () => {
    expect(indicatorFigures({ unit: '%', baseline: 35, baselineYear: 2025, targets: [{ year: 2031, value: 60 }, { year: 2027, value: 45 }] })).toBe('35% (2025) → 45% (2027), 60% (2031)');
  });
});
