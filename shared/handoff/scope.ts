import { baseOf, commandDefOf, touchesOf, type Command } from '../commands';
import { OUT_OF_SCOPE_MESSAGE, leadsProgram, ownsSection } from '../commands/defs/opd-scope';
import type { Workshop } from '../model';

/*
 * What an OPD may change on its own: the narrative sections it owns and the programs it leads.
 * Used for participants on the room's network and for an OPD head's hand-off copy. The rules live
 * with each command's definition (`access.opd` in shared/commands/defs); this is the lookup.
 */

export { OUT_OF_SCOPE_MESSAGE, leadsProgram, ownsSection };

const SCOPED: Readonly<Record<string, 'section' | 'program'>> = { Section: 'section', Program: 'program' };

/** The section or program a command changes, if it changes one (from its definition's `touches`). */
export const touchedItem = (command: Command): { collection: 'section' | 'program'; id: string } | null => {
  for (const key of touchesOf(null, command)) {
    const base = baseOf(key);
    const colon = base.indexOf(':');
    const collection = colon < 0 ? undefined : SCOPED[base.slice(0, colon)];
    const id = base.slice(colon + 1);
    if (collection && id !== '*') return { collection, id };
  }
  return null;
};

/**
 * Why an OPD may not apply this command to the workshop, or null when it may: the command
 * definition's `access.opd` rule; a command no OPD may send is out of scope.
 * Sections: only existing ones it owns, keeping their owner and place in the outline.
 * Programs: ones it leads (or new ones it will lead), keeping itself as the lead; removing only its
 * own, never with its quick-win candidates or RPJMD mappings (those are the room's).
 */
export const opdScopeProblem = (workshop: Workshop, opdId: string, command: Command): string | null => {
  const rule = commandDefOf(command.type)?.access.opd;
  return rule ? rule(workshop, opdId, command) : OUT_OF_SCOPE_MESSAGE;
};
