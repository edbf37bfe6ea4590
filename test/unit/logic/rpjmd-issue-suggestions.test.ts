import { describe, expect, it } from 'vitest';
import { rpjmdIssueSuggestions } from '../../../shared/logic/rpjmd-issue-suggestions';
import { demoWorkshop } from './workshop-fixtures';

describe('RPJMD strategic issues suggested while linking a regional issue', () => {
  it('lists each strategic issue once, the most linked first, ignoring case and spacing', () => {
    const issues = [
      { rpjmdIssue: 'Pengembangan pariwisata' },
      { rpjmdIssue: 'Reformasi birokrasi' },
      { rpjmdIssue: 'reformasi  birokrasi ' },
      { rpjmdIssue: '' },
      { rpjmdIssue: '   ' },
    ];
    expect(rpjmdIssueSuggestions(issues)).toEqual([
      { text: 'Reformasi birokrasi', uses: 2 },
      { text: 'Pengembangan pariwisata', uses: 1 },
    ]);
  });

  it('has nothing to suggest before any issue is linked', () => {
    expect(rpjmdIssueSuggestions([{ rpjmdIssue: '' }])).toEqual([]);
  });

  it('offers the strategic issues the demo workshop already uses', () => {
    const texts = rpjmdIssueSuggestions(demoWorkshop().issues).map((s) => s.text);
    expect(texts).toContain('Kualitas pelayanan publik dan reformasi birokrasi');
  });
});
