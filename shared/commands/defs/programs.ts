import { ProgramSchema, RpjmdMappingSchema } from '../../model';
import { checkProgram } from '../integrity';
import { collectionCommands, pointersTo, reference, topCollection, type Reference } from './collection-def';
import { leadsProgram } from './opd-scope';
import { QuickWinCandidateCollection } from './quick-wins';
import { ProposalCollection } from './room';

/*
 * The program matrix (Tahap III) and the RPJMD/Renstra mapping that points at its programs.
 *
 * A program cannot vanish under what points at it: removing one that a quick-win candidate, an
 * RPJMD mapping or a group's proposal (accepted into it or merged into it) names is refused
 * (AppError 'conflict', naming them by count) unless the command says `cascade: true` (the user
 * agreed): then its candidates go with it, its mappings keep their rows without the program, and its
 * proposals keep their status without it (the inbox says the program was removed); the inverse (a
 * batch) brings all of them back.
 */

export const ProgramCollection = topCollection('programs', 'program', ProgramSchema, checkProgram);
export const RpjmdMappingCollection = topCollection('rpjmdMappings', 'rpjmdMapping', RpjmdMappingSchema);

const PROGRAM_REFERENCES: readonly Reference[] = [
  reference('QuickWinCandidate', QuickWinCandidateCollection, 'quickWinCandidate', (c, id) => c.programId === id),
  reference('RpjmdMapping', RpjmdMappingCollection, 'rpjmdMapping', (m, id) => m.programId === id, (m) => ({ ...m, programId: null })),
  reference('Proposal', ProposalCollection, 'proposal', (p, id) => p.programId === id, (p) => ({ ...p, programId: null })),
];

export const programDefs = {
  ...collectionCommands('Program', ProgramCollection, {
    references: PROGRAM_REFERENCES,
    /** An OPD edits programs it leads (or adds one it will lead), keeping itself as the lead. */
    upsertAccess: {
      facilitator: true,
      opd(w, opdId, c) {
        const existing = w.programs.find((p) => p.id === c.item.id);
        if (existing && !leadsProgram(existing, opdId)) return 'Program ini dipimpin OPD lain.';
        if (!leadsProgram(c.item, opdId)) return 'OPD penanggung jawab program hanya dapat diubah oleh fasilitator.';
        return null;
      },
      group: null,
    },
    /**
     * An OPD removes only a program it leads and that nothing points at: it never cascades, since the
     * quick-win board, the RPJMD mapping and the groups' proposals are the room's, not the OPD's.
     */
    removeAccess: {
      facilitator: true,
      opd(w, opdId, c) {
        const existing = w.programs.find((p) => p.id === c.id);
        if (!existing) return null; // the reducer answers "not found"
        if (!leadsProgram(existing, opdId)) return 'Program ini dipimpin OPD lain.';
        if (c.cascade || pointersTo(w, PROGRAM_REFERENCES, c.id).length > 0) return 'Program ini dipakai oleh kandidat quick win, pemetaan RPJMD atau usulan kelompok; hanya fasilitator yang dapat menghapusnya.';
        return null;
      },
      group: null,
    },
  }),
  ...collectionCommands('RpjmdMapping', RpjmdMappingCollection),
};
