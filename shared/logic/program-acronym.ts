import type { Program } from '../model';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A program's acronym as shown after its name ("Sistem Perizinan Terpadu (Simpeltaru)"), or '' when it
 * has none or only repeats the name: "Desaku Tuntas (Desaku Tuntas)" says nothing twice. The matrix, the
 * quick-win sheet and the Word masterplan all follow this rule.
 */
export const shownAcronym = (program: Pick<Program, 'name' | 'acronym'>): string => {
  const acronym = oneLine(program.acronym);
  return acronym !== '' && acronym.toLocaleLowerCase('id') !== oneLine(program.name).toLocaleLowerCase('id') ? acronym : '';
};
