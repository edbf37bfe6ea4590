import type { Command } from '../commands';
import type { NarrativeSection, Program, Workshop } from '../model';

/*
 * What an OPD may change on its own: the narrative sections it owns and the programs it leads.
 * Used for participants on the room's network and for an OPD head's hand-off copy.
 */

export const ownsSection = (section: Pick<NarrativeSection, 'ownerOpdId'> | null | undefined, opdId: string): boolean => section?.ownerOpdId === opdId;
export const leadsProgram = (program: Pick<Program, 'leadOpdId'> | null | undefined, opdId: string): boolean => program?.leadOpdId === opdId;

/** The section or program a command changes, if it changes one. */
export const touchedItem = (command: Command): { collection: 'section' | 'program'; id: string } | null => {
  switch (command.type) {
    case 'upsertSection':
      return { collection: 'section', id: command.item.id };
    case 'removeSection':
      return { collection: 'section', id: command.id };
    case 'upsertProgram':
      return { collection: 'program', id: command.item.id };
    case 'removeProgram':
      return { collection: 'program', id: command.id };
    default:
      return null;
  }
};

export const OUT_OF_SCOPE_MESSAGE = 'Anda hanya dapat mengubah bagian naskah dan program milik OPD Anda sendiri.';

/**
 * Why an OPD may not apply this command to the workshop, or null when it may.
 * Sections: only existing ones it owns, keeping their owner and place in the outline.
 * Programs: ones it leads (or new ones it will lead), keeping itself as the lead; removing only its own.
 */
export const opdScopeProblem = (workshop: Workshop, opdId: string, command: Command): string | null => {
  switch (command.type) {
    case 'upsertSection': {
      const existing = workshop.sections.find((s) => s.id === command.item.id);
      if (!existing) return 'Bagian naskah baru hanya dapat ditambahkan oleh fasilitator.';
      if (!ownsSection(existing, opdId)) return 'Bagian naskah ini milik OPD lain.';
      if (!ownsSection(command.item, opdId)) return 'Pemilik bagian naskah hanya dapat diubah oleh fasilitator.';
      if (command.item.outlineKey !== existing.outlineKey) return 'Letak bagian dalam kerangka naskah hanya dapat diubah oleh fasilitator.';
      return null;
    }
    case 'upsertProgram': {
      const existing = workshop.programs.find((p) => p.id === command.item.id);
      if (existing && !leadsProgram(existing, opdId)) return 'Program ini dipimpin OPD lain.';
      if (!leadsProgram(command.item, opdId)) return 'OPD penanggung jawab program hanya dapat diubah oleh fasilitator.';
      return null;
    }
    case 'removeProgram': {
      const existing = workshop.programs.find((p) => p.id === command.id);
      if (!existing) return null; // the reducer answers "not found"
      return leadsProgram(existing, opdId) ? null : 'Program ini dipimpin OPD lain.';
    }
    default:
      return OUT_OF_SCOPE_MESSAGE;
  }
};
