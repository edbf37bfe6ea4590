import type { Command } from '../commands';
import type { Poll, Workshop } from '../model';
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
 * but of the sections and programs only those of their own OPD, and of the polls' ballots only
 * what pollForParticipant shows `viewerId` (the participant's id on the room's network).
 */
export const participantView = (workshop: Workshop, opdId: string, viewerId: string | null = null): Workshop => {
  const programs = workshop.programs.filter((p) => leadsProgram(p, opdId));
  const visible = new Set(programs.map((p) => p.id));
  return {
    ...workshop,
    sections: workshop.sections.filter((s) => ownsSection(s, opdId)),
    programs,
    quickWins: { ...workshop.quickWins, candidates: workshop.quickWins.candidates.filter((c) => visible.has(c.programId)) },
    rpjmdMappings: workshop.rpjmdMappings.filter((m) => m.programId === null || visible.has(m.programId)),
    polls: workshop.polls.map((p) => pollForParticipant(p, viewerId)),
  };
};

/** Commands about the shared context, which every participant follows live. */
const CONTEXT_COMMANDS = new Set<Command['type']>([
  'renameWorkshop',
  'setRegionProfile',
  'setPlanHorizon',
  'setDimensionSet',
  'setVision',
  'upsertOpd',
  'removeOpd',
  'upsertFundingSource',
  'removeFundingSource',
  'upsertIssue',
  'removeIssue',
  'upsertSwotItem',
  'removeSwotItem',
  'upsertTowsStrategy',
  'removeTowsStrategy',
  'upsertGapAnalysis',
  'removeGapAnalysis',
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
