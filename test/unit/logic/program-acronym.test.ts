import { describe, expect, it } from 'vitest';
import { programTitle } from '../../../shared/document/context';
import { shownAcronym } from '../../../shared/logic/program-acronym';

describe("a program's acronym after its name", () => {
  it('is shown when it adds something', () => {
    expect(shownAcronym({ name: 'Sistem Perizinan Terpadu', acronym: 'Simpeltaru' })).toBe('Simpeltaru');
  });

  it('is left out when the program has none, or when it only repeats the name (case and spaces aside)', () => {
    expect(shownAcronym({ name: 'Desaku Tuntas', acronym: '' })).toBe('');
    expect(shownAcronym({ name: 'Desaku Tuntas', acronym: '   ' })).toBe('');
    expect(shownAcronym({ name: 'Desaku Tuntas', acronym: 'desaku  tuntas ' })).toBe('');
  });

  it('reads the same in the Word masterplan as in the matrix', () => {
    expect(programTitle({ name: 'Desaku Tuntas', acronym: 'Desaku Tuntas' })).toBe('Desaku Tuntas');
    expect(programTitle({ name: 'Sistem Perizinan Terpadu', acronym: 'Simpeltaru' })).toBe('Sistem Perizinan Terpadu (Simpeltaru)');
  });
});
