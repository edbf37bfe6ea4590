import type { Program, QuickWinCandidate, Workshop } from '../../../../shared/model';

export interface CandidateWithProgram {
  candidate: QuickWinCandidate;
  program: Program;
}

/** Candidates with their programs, in the dimension set's order and then by program code, as the room reads the matrix. */
export const candidatesInOrder = (w: Workshop): CandidateWithProgram[] => {
  const dimensionOrder = new Map(w.dimensionSet.dimensions.map((d, i) => [d.id, i]));
  return w.quickWins.candidates
    .flatMap((candidate) => {
      const program = w.programs.find((p) => p.id === candidate.programId);
      return program ? [{ candidate, program }] : [];
    })
    .sort((a, b) => (dimensionOrder.get(a.program.dimensionId) ?? 99) - (dimensionOrder.get(b.program.dimensionId) ?? 99) || a.program.code.localeCompare(b.program.code));
};

/** "SG-SV-01 Perizinan Daring" — how a program is named in labels. */
export const programLabel = (program: Program): string => `${program.code} ${program.name}`;
