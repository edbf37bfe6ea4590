import { AppError, commandDefOf, type Actor, type Command } from '../../../shared/commands';
import type { Applied, LogEntry, LoggedCommand, OpenedWorkshop, ParticipantScope } from '../../../shared/contract';
import { groupView, leadsProgram, opdScopeProblem, ownsSection, participantView, touchedItem } from '../../../shared/handoff';
import { ballotStateProblem } from '../../../shared/logic/poll-results';
import type { Workshop } from '../../../shared/model';
import type { WorkshopSession } from '../store/workshop-session';
import type { WorkshopStore } from '../store/workshop-store';
import { EditConflictError } from '../store/conflicts';
import { StaleItemError } from './stale-item';

export interface EditingParticipant {
  /** Their id on the room's network: one ballot per poll is kept per id. */
  id: string;
  name: string;
  /** Their OPD's part, or their FGD group's cards and proposals. */
  scope: ParticipantScope;
}

const actorOf = (participant: EditingParticipant): Actor =>
  participant.scope.kind === 'opd' ? { name: participant.name, opdId: participant.scope.opdId } : { name: participant.name, opdId: null, groupId: participant.scope.groupId };

type BallotCommand = Extract<Command, { type: 'castBallot' }>;

/**
 * A participant's ballot: any participant, on an open poll only (403 otherwise), within the poll's
 * limits (400, naming the field). The server writes who cast it (their id, name and OPD, whatever
 * the phone sent), so a second ballot replaces their first. A ballot writes only its voter's slot
 * and replaces what that voter sent before, so it is applied on the current revision: the room's
 * other ballots never make it stale.
 */
const castParticipantBallot = async (session: WorkshopSession, participant: EditingParticipant, command: BallotCommand): Promise<Applied> => {
  const problem = ballotStateProblem(session.workshop.polls.find((p) => p.id === command.pollId));
  if (problem) throw new AppError(problem.reason === 'poll.notFound' ? 'not_found' : 'forbidden', problem);
  const opdId = participant.scope.kind === 'opd' ? participant.scope.opdId : null;
  const ballot = { ...command.ballot, voterId: participant.id, voterName: participant.name, opdId, paper: false };
  const applied = await session.apply(session.workshop.revision, { type: 'castBallot', pollId: command.pollId, ballot }, actorOf(participant));
  return { ...applied, canUndo: false, canRedo: false };
};

type Target = NonNullable<ReturnType<typeof touchedItem>>;

const sameTarget = (command: Command, target: Target): boolean => {
  const touched = touchedItem(command);
  return touched !== null && touched.collection === target.collection && touched.id === target.id;
};

/** Whether a logged command wrote one of the OPD's sections or programs (as it was before, or after). */
const touchesOpd = (entry: LogEntry, opdId: string): boolean => {
  const owned = (command: LoggedCommand): boolean =>
    (command.type === 'upsertSection' && ownsSection(command.item, opdId)) || (command.type === 'upsertProgram' && leadsProgram(command.item, opdId));
  return owned(entry.command) || owned(entry.inverse);
};

type Staleness = 'fresh' | 'unknown' | 'opd-changed';

/**
 * The participants' own rule on top of the store's conflict policy: another section or program of
 * the same OPD changed after `baseRevision` (a colleague's save the participant's page has not shown
 * yet, which their next saves would otherwise step over). Changes to the item itself are judged by
 * the store's policy (per field, conflicts.ts); changes elsewhere in the workshop do not count. When
 * the log does not reach back that far (a snapshot was restored since), the answer is a careful "unknown".
 */
const staleness = (session: WorkshopSession, target: Target, opdId: string, baseRevision: number): Staleness => {
  const revision = session.workshop.revision;
  if (baseRevision > revision) return 'unknown';
  const count = revision - baseRevision;
  if (count === 0) return 'fresh';
  const entries = session.recentEntries(count);
  if (entries.length !== count || entries[0]?.revision !== baseRevision + 1) return 'unknown';
  if (entries.some((entry) => entry.command.type === 'restoreSnapshot')) return 'unknown';
  return entries.some((entry) => entry.command.type !== 'restoreSnapshot' && !sameTarget(entry.command, target) && touchesOpd(entry, opdId)) ? 'opd-changed' : 'fresh';
};

const currentItem = (w: Workshop, target: Target) =>
  (target.collection === 'section' ? w.sections.find((s) => s.id === target.id) : w.programs.find((p) => p.id === target.id)) ?? null;

/**
 * What a participant may not see answers exactly like what does not exist: the same status and the
 * same message, so asking about an ID tells them nothing about other OPDs' sections and programs.
 */

/**
 * Refusals that would otherwise reveal another OPD's items: a section or program that is not theirs
 * (or not there), and a program code already used by a program they cannot see, whose name the
 * facilitator's own message would quote.
 */
const unseenItemProblem = (workshop: Workshop, opdId: string, command: Command): AppError | null => {
  switch (command.type) {
    case 'upsertSection':
      return ownsSection(workshop.sections.find((s) => s.id === command.item.id), opdId) ? null : new AppError('forbidden', { reason: 'share.notYourSection', field: 'item.id' });
    case 'removeProgram':
      return leadsProgram(workshop.programs.find((p) => p.id === command.id), opdId) ? null : new AppError('forbidden', { reason: 'share.notYourProgram', field: 'id' });
    case 'upsertProgram': {
      const existing = workshop.programs.find((p) => p.id === command.item.id);
      if (existing && !leadsProgram(existing, opdId)) return new AppError('forbidden', { reason: 'share.notYourProgram', field: 'item.id' });
      const clash = workshop.programs.find((p) => p.id !== command.item.id && p.code === command.item.code);
      if (clash && !leadsProgram(clash, opdId)) return new AppError('invalid_input', { reason: 'program.codeTaken', params: { code: command.item.code }, field: 'item.code' });
      return null;
    }
    default:
      return null;
  }
};

/**
 * A participant's edit: only their OPD's sections and programs (403 otherwise, nothing written),
 * and checked against what changed in their OPD's part rather than the whole workshop, so eighty
 * people drafting for different OPDs never make each other's saves stale, while nobody's save
 * steps over a colleague's they have not seen. Runs inside the workshop's queue: check and write
 * are one step.
 */
export const applyParticipantEdit = (
  store: WorkshopStore,
  participant: EditingParticipant,
  input: { workshopId: string; baseRevision: number; command: Command },
): Promise<Applied> =>
  store.withSession(input.workshopId, async (session) => {
    if (input.command.type === 'castBallot') return castParticipantBallot(session, participant, input.command);
    if (participant.scope.kind === 'group') return applyGroupEdit(session, participant, participant.scope.groupId, input);
    const opdId = participant.scope.opdId;
    const workshop = session.workshop;
    const hidden = unseenItemProblem(workshop, opdId, input.command);
    if (hidden) throw hidden;
    const problem = opdScopeProblem(workshop, opdId, input.command);
    if (problem) throw new AppError('forbidden', problem);
    const target = touchedItem(input.command);
    if (!target) throw problem ? new AppError('forbidden', problem) : new AppError('forbidden', { reason: 'share.commandNotAllowed' });
    const stale = staleness(session, target, opdId, input.baseRevision);
    if (stale !== 'fresh') throw new StaleItemError(workshop.revision, currentItem(workshop, target), stale === 'unknown' ? 'item' : 'colleague');
    const actor = actorOf(participant);
    let applied: Applied;
    try {
      // The same policy as everyone's: refused only when a field they changed was changed by someone else.
      applied = await session.apply(input.baseRevision, input.command, actor);
    } catch (error) {
      if (error instanceof EditConflictError) {
        const { target: base, keys, yours } = error.current;
        throw new StaleItemError(workshop.revision, currentItem(workshop, target), 'item', { target: base, keys, yours });
      }
      if (error instanceof AppError && error.code === 'stale_revision') throw new StaleItemError(workshop.revision, currentItem(workshop, target), 'item');
      throw error;
    }
    // Participants do not share the facilitator's undo history.
    return { ...applied, canUndo: false, canRedo: false };
  });

/** A proposal from a group carries who proposed it, as the server knows them (kept from the first version on later edits). */
const withProposer = (workshop: Workshop, participant: EditingParticipant, command: Command): Command => {
  if (command.type !== 'upsertProposal') return command;
  const existing = workshop.proposals.find((p) => p.id === command.item.id);
  return { ...command, item: { ...command.item, proposedBy: existing?.proposedBy || participant.name } };
};

/** The card or proposal a group's command writes, as stored now (for the 409 body), if it is one the group may see. */
const groupItem = (workshop: Workshop, command: Command): unknown => {
  const id = 'item' in command && command.item && typeof command.item === 'object' && 'id' in command.item ? command.item.id : 'id' in command ? command.id : null;
  if (typeof id !== 'string') return null;
  const lists: Record<string, readonly { id: string }[]> = {
    Issue: workshop.issues,
    SwotItem: workshop.swotItems,
    GapAnalysis: workshop.gapAnalyses,
    Proposal: workshop.proposals,
  };
  const collection = commandDefOf(command.type)?.collection?.name;
  return (collection ? lists[collection]?.find((x) => x.id === id) : undefined) ?? null;
};

/**
 * An FGD group member's edit (issue 12): the command definition's `access.group` decides (403 with
 * its reason code, nothing written; a command no group may send: share.commandNotAllowed); then the
 * same conflict policy as everyone's (per item and field), a conflict answered 409 with the card as
 * stored. Refusals about cards the group cannot see say "not your card" whether or not it exists.
 */
const applyGroupEdit = async (
  session: WorkshopSession,
  participant: EditingParticipant,
  groupId: string,
  input: { workshopId: string; baseRevision: number; command: Command },
): Promise<Applied> => {
  const workshop = session.workshop;
  const command = withProposer(workshop, participant, input.command);
  const rule = commandDefOf(command.type)?.access.group ?? null;
  if (!rule) throw new AppError('forbidden', { reason: 'share.commandNotAllowed' });
  const problem = rule(workshop, groupId, command);
  if (problem) throw new AppError('forbidden', problem);
  let applied: Applied;
  try {
    applied = await session.apply(input.baseRevision, command, actorOf(participant));
  } catch (error) {
    if (error instanceof EditConflictError) {
      const { target, keys, yours } = error.current;
      throw new StaleItemError(workshop.revision, groupItem(workshop, command) as null, 'item', { target, keys, yours });
    }
    throw error;
  }
  return { ...applied, canUndo: false, canRedo: false };
};

/** The workshop as a participant sees it: context, and only their OPD's sections and programs, or their group's cards and proposals. */
export const openForParticipant = (store: WorkshopStore, scope: ParticipantScope, workshopId: string, viewerId: string | null = null): Promise<OpenedWorkshop> =>
  // The newest durable state, without waiting behind writes whose fsync is still running.
  store.read(workshopId, (workshop, session) => ({
    workshop: scope.kind === 'opd' ? participantView(workshop, scope.opdId, viewerId) : groupView(workshop, scope.groupId, viewerId),
    readOnly: session.readOnly,
    notices: [],
    canUndo: false,
    canRedo: false,
  }));
