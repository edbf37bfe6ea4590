import type { Command } from '../commands';
import { visibleCards } from '../logic/room';
import type { Poll, ProgramProposal, Workshop } from '../model';
import { leadsProgram, ownsSection } from './scope';

/**
 * A poll as a participant sees it: before results are revealed, only their own ballot; once
 * revealed, every ballot (the counts must trace to ballots), but in an anonymous poll without who
 * cast it (only their own keeps their id, so their phone knows what it sent).
 */
const pollForParticipant = (poll: Poll, viewerId: string | null): Poll => {
  const own = poll.ballots.filter((b) => viewerId !== null && b.voterId === viewerId);
  if (!poll.revealed) return { ...poll, ballots: own };
  if (!poll.anonymous) return poll;
  return { ...poll, ballots: poll.ballots.map((b, i) => (b.voterId === viewerId ? b : { ...b, voterId: `anonim-${i + 1}`, voterName: '', opdId: null })) };
};

/**
 * What a participant on the room's network sees of the workshop: everything that gives context,
 * but of the sections and programs only those of their own OPD, of the cards only those not hidden,
 * no group's proposals, and of the polls' ballots only what pollForParticipant shows `viewerId`
 * (the participant's id on the room's network).
 */
export const participantView = (workshop: Workshop, opdId: string, viewerId: string | null = null): Workshop => {
  const programs = workshop.programs.filter((p) => leadsProgram(p, opdId));
  const visible = new Set(programs.map((p) => p.id));
  return {
    ...workshop,
    issues: visibleCards(workshop.issues),
    swotItems: visibleCards(workshop.swotItems),
    gapAnalyses: visibleCards(workshop.gapAnalyses),
    sections: workshop.sections.filter((s) => ownsSection(s, opdId)),
    programs,
    quickWins: { ...workshop.quickWins, candidates: workshop.quickWins.candidates.filter((c) => visible.has(c.programId)) },
    rpjmdMappings: workshop.rpjmdMappings.filter((m) => m.programId === null || visible.has(m.programId)),
    polls: workshop.polls.map((p) => pollForParticipant(p, viewerId)),
    proposals: [],
  };
};

/** What a group sees of the room: its group, its dimension, and whether cards are shared across groups. */
export interface GroupAudience {
  readonly groupId: string;
  /** The group's dimension; null when the group is gone (it then sees no cards). */
  readonly dimensionId: string | null;
  readonly shareAcrossGroups: boolean;
}

export const groupAudience = (workshop: Workshop, groupId: string): GroupAudience => ({
  groupId,
  dimensionId: workshop.groups.find((g) => g.id === groupId)?.dimensionId ?? null,
  shareAcrossGroups: workshop.room.shareAcrossGroups,
});

type CardFields = { dimensionId: string; groupId?: string | null | undefined; hidden?: boolean | undefined };

/**
 * Whether a group sees a card: of its dimension its own and the facilitator's; with sharing across
 * groups, every shown card (read-only unless its own). A hidden card only by the group that wrote
 * it, marked hidden (its phone says "Disembunyikan fasilitator", so the group does not type it
 * again); never another group's nor the facilitator's hidden card. It stays read-only for them
 * (room-access refuses any write to a hidden card).
 */
export const groupSeesCard = (audience: GroupAudience, card: CardFields): boolean => {
  if (card.hidden === true) return (card.groupId ?? null) === audience.groupId;
  if (audience.shareAcrossGroups) return true;
  const from = card.groupId ?? null;
  return card.dimensionId === audience.dimensionId && (from === null || from === audience.groupId);
};

const groupSeesProposal = (audience: GroupAudience, proposal: Pick<ProgramProposal, 'groupId'>): boolean => proposal.groupId === audience.groupId;

/**
 * What a member of an FGD group sees (issue 12): the context, as OPD participants see it, but no
 * sections, quick-win candidates or RPJMD mappings, and of the programs only those its own proposals
 * were accepted as or merged into (so the phone can name the program's code); the cards
 * groupSeesCard allows; and only its own group's proposals.
 */
export const groupView = (workshop: Workshop, groupId: string, viewerId: string | null = null): Workshop => {
  const audience = groupAudience(workshop, groupId);
  const sees = (c: CardFields) => groupSeesCard(audience, c);
  const decided = new Set(workshop.proposals.filter((p) => groupSeesProposal(audience, p) && p.programId !== null).map((p) => p.programId));
  return {
    ...workshop,
    issues: workshop.issues.filter(sees),
    swotItems: workshop.swotItems.filter(sees),
    gapAnalyses: workshop.gapAnalyses.filter(sees),
    sections: [],
    programs: workshop.programs.filter((p) => decided.has(p.id)),
    quickWins: { ...workshop.quickWins, candidates: [] },
    rpjmdMappings: [],
    polls: workshop.polls.map((p) => pollForParticipant(p, viewerId)),
    proposals: workshop.proposals.filter((p) => groupSeesProposal(audience, p)),
  };
};

/** Commands about the shared context, which every participant follows live. */
const CONTEXT_COMMANDS = new Set<Command['type']>([
  // The room's state and its groups' names (issue 12).
  'setWorksheetLock',
  'setGroupDone',
  'renameWorkshop',
  'setRegionProfile',
  'setPlanHorizon',
  'setDimensionSet',
  'setVision',
  'upsertOpd',
  'removeOpd',
  'upsertFundingSource',
  'removeFundingSource',
  'upsertTowsStrategy',
  'removeTowsStrategy',
  'upsertMission',
  'removeMission',
  'upsertGoal',
  'removeGoal',
  'upsertDimension',
  'removeDimension',
  // Poll settings and states, never ballots (castBallot, restorePoll carry who voted).
  'createPoll',
  'updatePoll',
  'removePoll',
  'openPoll',
  'closePoll',
  'revealPoll',
  'setPollState',
]);

const ownedBy = (command: Command | null, opdId: string): boolean => {
  if (!command) return false;
  if (command.type === 'upsertSection') return ownsSection(command.item, opdId);
  if (command.type === 'upsertProgram') return leadsProgram(command.item, opdId);
  return false;
};

/**
 * How an applied command (with its inverse, which holds the item as it was before) looks from
 * a participant's view: the command itself, a removal (an item left their OPD), or nothing
 * (only the revision moves on).
 */
export const commandForParticipant = (command: Command, inverse: Command, opdId: string): Command | null => {
  const card = cardCommand(command, inverse, (c) => c.hidden !== true);
  if (card !== undefined) return card;
  if (command.type === 'upsertGroup' || command.type === 'removeGroup' || command.type === 'setRoomSharing') return command;
  if (CONTEXT_COMMANDS.has(command.type)) return command;
  const isSection = command.type === 'upsertSection' || command.type === 'removeSection';
  const isProgram = command.type === 'upsertProgram' || command.type === 'removeProgram';
  if (!isSection && !isProgram) return null;
  if (ownedBy(command, opdId)) return command;
  if (ownedBy(inverse, opdId)) {
    const id = 'item' in command ? command.item.id : command.id;
    return isSection ? { type: 'removeSection', id } : { type: 'removeProgram', id };
  }
  return null;
};

/** Told to a participant's stream instead of a command: open the workshop again (their view changed in ways one command cannot say). */
export const RELOAD = 'reload' as const;

const CARD_TYPES: Readonly<Record<string, { upsert: 'upsertIssue' | 'upsertSwotItem' | 'upsertGapAnalysis'; remove: 'removeIssue' | 'removeSwotItem' | 'removeGapAnalysis' }>> = {
  upsertIssue: { upsert: 'upsertIssue', remove: 'removeIssue' },
  removeIssue: { upsert: 'upsertIssue', remove: 'removeIssue' },
  upsertSwotItem: { upsert: 'upsertSwotItem', remove: 'removeSwotItem' },
  removeSwotItem: { upsert: 'upsertSwotItem', remove: 'removeSwotItem' },
  upsertGapAnalysis: { upsert: 'upsertGapAnalysis', remove: 'removeGapAnalysis' },
  removeGapAnalysis: { upsert: 'upsertGapAnalysis', remove: 'removeGapAnalysis' },
};

/** The card an upsert (or the upsert inside an inverse batch) writes, if it writes one of this family. */
const upsertedCard = (command: { type: string }, upsertType: string): CardFields | null => {
  if (command.type === upsertType && 'item' in command) return command.item as CardFields;
  if (command.type === 'batch' && 'commands' in command && Array.isArray(command.commands)) {
    for (const part of command.commands as { type: string }[]) if (part.type === upsertType && 'item' in part) return part.item as CardFields;
  }
  return null;
};

/** The proposals an inverse puts back as they were (a cascade removal's inverse is a batch). */
const proposalsRestoredBy = (inverse: { type: string }): Pick<ProgramProposal, 'groupId'>[] => {
  const parts = inverse.type === 'batch' && 'commands' in inverse && Array.isArray(inverse.commands) ? (inverse.commands as { type: string }[]) : [inverse];
  return parts.flatMap((part) => (part.type === 'upsertProposal' && 'item' in part ? [part.item as Pick<ProgramProposal, 'groupId'>] : []));
};

/**
 * A card command as one audience sees it (`sees` says which cards they see): the command, a removal
 * (the card left their view: hidden, moved, or another group's), or nothing. `undefined`: not a card command.
 */
const cardCommand = (command: Command, inverse: Command, sees: (card: CardFields) => boolean): Command | null | undefined => {
  const family = CARD_TYPES[command.type];
  if (!family) return undefined;
  const before = upsertedCard(inverse, family.upsert);
  const wasSeen = before !== null && sees(before);
  if (command.type === family.upsert && 'item' in command) {
    if (sees(command.item as CardFields)) return command;
    return wasSeen ? ({ type: family.remove, id: command.item.id } as Command) : null;
  }
  // A removal: told without its cascade (what it unlinks is not in a participant's view, or follows as context).
  return wasSeen && 'id' in command ? ({ type: family.remove, id: command.id } as Command) : null;
};

/** A proposal's new state after the facilitator's decision, from the decision and the inverse that holds it as it was. */
const decidedProposal = (command: Command, inverse: Command): ProgramProposal | null => {
  const before = upsertedCard(inverse, 'upsertProposal') as unknown as ProgramProposal | null;
  if (!before) return null;
  switch (command.type) {
    case 'acceptProposal':
      return { ...before, status: 'diterima', programId: command.programId, reason: '' };
    case 'mergeProposal':
      return { ...before, status: 'digabung', programId: command.programId, reason: '' };
    case 'declineProposal':
      return { ...before, status: 'ditolak', programId: null, reason: command.reason };
    default:
      return null;
  }
};

/**
 * How an applied command looks from an FGD group's view (groupView): its cards (groupSeesCard), its
 * own proposals (a decision arrives as the proposal's new state), the context as OPD participants
 * get it, nothing of sections and programs. `reload` when the group's view changed wholesale: cards
 * hidden, shown again or merged, sharing switched, groups changed.
 */
export const commandForGroup = (command: Command, inverse: Command, audience: GroupAudience): Command | typeof RELOAD | null => {
  const card = cardCommand(command, inverse, (c) => groupSeesCard(audience, c));
  if (card !== undefined) return card;
  switch (command.type) {
    case 'hideCard':
    case 'mergeCards':
    case 'setRoomSharing':
    case 'upsertGroup':
    case 'removeGroup':
      return RELOAD;
    case 'upsertProposal': {
      if (groupSeesProposal(audience, command.item)) return command;
      const before = upsertedCard(inverse, 'upsertProposal') as unknown as ProgramProposal | null;
      return before && groupSeesProposal(audience, before) ? { type: 'removeProposal', id: command.item.id } : null;
    }
    case 'removeProposal': {
      const before = upsertedCard(inverse, 'upsertProposal') as unknown as ProgramProposal | null;
      return before && groupSeesProposal(audience, before) ? { type: 'removeProposal', id: command.id } : null;
    }
    case 'acceptProposal':
    case 'mergeProposal':
    case 'declineProposal': {
      const after = decidedProposal(command, inverse);
      return after && groupSeesProposal(audience, after) ? { type: 'upsertProposal', item: after } : null;
    }
    case 'removeProgram':
      // A program one of the group's proposals became or joined: the proposal now points at nothing.
      return proposalsRestoredBy(inverse).some((p) => groupSeesProposal(audience, p)) ? RELOAD : null;
    default:
      return CONTEXT_COMMANDS.has(command.type) ? command : null;
  }
};

/**
 * The same for an OPD participant's room commands: a hidden card leaves (or comes back by) a reload,
 * a merge too; a decision on a proposal for a program the OPD leads (or would lead) reloads their
 * programs. Null when the command is none of these.
 */
export const roomCommandForOpd = (command: Command, inverse: Command, opdId: string): typeof RELOAD | null => {
  switch (command.type) {
    case 'hideCard':
    case 'mergeCards':
      return RELOAD;
    case 'acceptProposal': {
      const before = upsertedCard(inverse, 'upsertProposal') as unknown as ProgramProposal | null;
      const lead = command.leadOpdId !== undefined ? command.leadOpdId : (before?.leadOpdId ?? null);
      return lead === opdId ? RELOAD : null;
    }
    case 'mergeProposal': {
      const program = upsertedCard(inverse, 'upsertProgram') as unknown as { leadOpdId: string | null } | null;
      return program && leadsProgram(program, opdId) ? RELOAD : null;
    }
    default:
      return null;
  }
};
