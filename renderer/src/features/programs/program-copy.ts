import { nextProgramCode } from '../../../../shared/logic';
import type { Program, Workshop } from '../../../../shared/model';
import { newItemId } from '../../forms/new-item-id';

const NAME_MAX = 300;

/** A copy of a program with fresh ids and the next free code of its element; the name says it is a copy. */
export const copyOfProgram = (w: Workshop, program: Program, copyName: (name: string) => string): Program => {
  const id = newItemId('prog');
  return {
    ...program,
    id,
    code: nextProgramCode(w, program.dimensionId, program.elementId) ?? `${program.code}-2`,
    name: copyName(program.name).slice(0, NAME_MAX),
    quickWin: false,
    indicators: program.indicators.map((indicator) => ({ ...indicator, id: newItemId('ind') })),
  };
};
