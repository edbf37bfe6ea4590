import { searchable } from '../../../../shared/logic/program-filter';
import type { Opd, Program } from '../../../../shared/model';

/**
 * The matrix's search box: every word must be found in the program's code, name, acronym or description,
 * or in its lead OPD's abbreviation or name (so "dinkes" finds the Dinas Kesehatan's programs).
 */
// Programs are immutable values: an edit makes a new object, so a cache by identity never goes stale.
const ownText = new WeakMap<Program, string>();
const textOf = (p: Program): string => {
  let text = ownText.get(p);
  if (text === undefined) {
    text = searchable([p.code, p.name, p.acronym, p.description].join('\n'));
    ownText.set(p, text);
  }
  return text;
};

export const searchPrograms = (programs: readonly Program[], text: string, opds: readonly Pick<Opd, 'id' | 'abbreviation' | 'name'>[]): Program[] => {
  const words = searchable(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...programs];
  const opdText = new Map(opds.map((o) => [o.id, searchable(`${o.abbreviation}\n${o.name}`)]));
  return programs.filter((p) => {
    const own = textOf(p);
    const lead = p.leadOpdId === null ? '' : (opdText.get(p.leadOpdId) ?? '');
    return words.every((word) => own.includes(word) || lead.includes(word));
  });
};
