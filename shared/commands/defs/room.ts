import { z } from 'zod';
import {
  FgdGroupSchema,
  IdSchema,
  MAX_GROUPS,
  MAX_PROPOSALS,
  ProgramCodeSchema,
  ProgramProposalSchema,
  ProgramSchema,
  WORKSHEET_KEYS,
  WorksheetKeySchema,
  requiredMultilineText,
  requiredText,
  type GroupDone,
  type Program,
  type ProgramProposal,
  type Workshop,
  type WorksheetKey,
} from '../../model';
import type { Problem } from '../../i18n/errors';
import { nextProgramCode } from '../../logic/program-code';
import { AppError } from '../command-error';
import { checkDimensionRef, checkProgram } from '../integrity';
import { GapAnalysisCollection, IssueCollection, SwotItemCollection } from './analysis';
import { collectionCommands, reference, topCollection, type CollectionSpec, type Reference } from './collection-def';
import { FACILITATOR_ONLY, changedFields, defineCommand, itemKey, partKey } from './def';
import { groupOf, isLocked, proposalRemoveAccess, proposalUpsertAccess, type CardKind, type RoomCard } from './room-access';

/*
 * The room (issue 12): FGD groups, their cards on the issue, SWOT and gap worksheets, their program
 * proposals, and what the facilitator does with all of it (hide a card, merge duplicates, lock a
 * worksheet, accept / merge / decline a proposal). Every write here is one command and one undo step.
 *
 * Groups write through `access.group` (see def.ts GroupAccess): cards and proposals of their own
 * dimension that they wrote, never hidden ones, never on a locked worksheet; their own "Selesai" mark.
 */

// ——— the cards: issues, SWOT items, gap rows ———

type Card = RoomCard;
type CardSpec = CollectionSpec<Card>;

export const CardKindSchema = z.enum(['issue', 'swotItem', 'gapAnalysis']);

const CARDS: Record<CardKind, { name: 'Issue' | 'SwotItem' | 'GapAnalysis'; spec: CardSpec }> = {
  issue: { name: 'Issue', spec: IssueCollection as unknown as CardSpec },
  swotItem: { name: 'SwotItem', spec: SwotItemCollection as unknown as CardSpec },
  gapAnalysis: { name: 'GapAnalysis', spec: GapAnalysisCollection as unknown as CardSpec },
};

const cardAt = (w: Workshop, kind: CardKind, id: string): { card: Card; index: number } => {
  const { spec } = CARDS[kind];
  const items = spec.get(w);
  const index = items.findIndex((x) => x.id === id);
  const card = items[index];
  if (!card) throw new AppError('not_found', { reason: 'item.notFound', params: { item: spec.label }, field: 'id' });
  return { card, index };
};

const withHidden = (card: Card, hidden: boolean): Card => {
  const { hidden: _was, ...rest } = card;
  return hidden ? { ...rest, hidden: true } : rest;
};

// ——— merging duplicate cards ———

const MergeSchema = z.object({
  type: z.literal('mergeCards'),
  card: z.enum(['issue', 'swotItem']),
  keepId: IdSchema,
  mergeIds: z.array(IdSchema).min(1, 'Pilih minimal satu kartu untuk digabung').max(100, 'Paling banyak 100 kartu sekali gabung'),
});
type MergeCommand = z.infer<typeof MergeSchema>;

/** An item elsewhere that pointed at a merged card, before and after it points at the kept one. */
type Repointed = { collection: string; index: number; before: { id: string }; after: { id: string } };

const moved = <T extends { id: string }>(collection: string, index: number, before: T, after: T): Repointed => ({ collection, index, before, after });

const repoint = (ids: readonly string[], merged: ReadonlySet<string>, keepId: string): string[] => {
  const out: string[] = [];
  for (const id of ids) {
    const next = merged.has(id) ? keepId : id;
    if (!out.includes(next)) out.push(next);
  }
  return out;
};

/** What a merge does on `w`: the cards it removes (with their places) and the items it re-points. */
const mergeEffects = (w: Workshop, c: MergeCommand): { removed: { card: Card; index: number }[]; repointed: Repointed[] } => {
  const { card: keep } = cardAt(w, c.card, c.keepId);
  if (new Set(c.mergeIds).size !== c.mergeIds.length || c.mergeIds.includes(c.keepId)) throw new AppError('invalid_input', { reason: 'room.mergeSelf', field: 'mergeIds' });
  const removed = c.mergeIds.map((id) => cardAt(w, c.card, id)).sort((a, b) => a.index - b.index);
  if (removed.some((r) => r.card.dimensionId !== keep.dimensionId)) throw new AppError('invalid_input', { reason: 'room.mergeOtherDimension', field: 'mergeIds' });
  const merged = new Set(c.mergeIds);
  const touches = (ids: readonly string[]) => ids.some((id) => merged.has(id));
  const repointed: Repointed[] = [];
  if (c.card === 'issue') {
    w.programs.forEach((p, index) => {
      if (touches(p.issueIds)) repointed.push(moved('Program', index, p, { ...p, issueIds: repoint(p.issueIds, merged, c.keepId) }));
    });
    w.proposals.forEach((p, index) => {
      if (touches(p.issueIds)) repointed.push(moved('Proposal', index, p, { ...p, issueIds: repoint(p.issueIds, merged, c.keepId) }));
    });
  } else {
    w.towsStrategies.forEach((t, index) => {
      if (touches(t.sourceItemIds)) repointed.push(moved('TowsStrategy', index, t, { ...t, sourceItemIds: repoint(t.sourceItemIds, merged, c.keepId) }));
    });
  }
  return { removed, repointed };
};

const replaceAll = <T extends { id: string }>(items: readonly T[], changed: ReadonlyMap<string, { id: string }>): T[] => items.map((x) => (changed.get(x.id) as T | undefined) ?? x);

// ——— groups ———

export const GroupCollection = topCollection('groups', 'fgdGroup', FgdGroupSchema, (w, g): Problem | null => {
  if (!w.groups.some((x) => x.id === g.id) && w.groups.length >= MAX_GROUPS) return { reason: 'room.tooManyGroups', params: { limit: MAX_GROUPS }, field: 'id' };
  return checkDimensionRef(w, g.dimensionId);
});

// ——— proposals ———

const checkProposal = (w: Workshop, p: ProgramProposal): Problem | null => {
  if (!w.proposals.some((x) => x.id === p.id) && w.proposals.length >= MAX_PROPOSALS) return { reason: 'room.tooManyProposals', params: { limit: MAX_PROPOSALS }, field: 'id' };
  if (!groupOf(w, p.groupId)) return { reason: 'room.groupUnknown', field: 'groupId' };
  const dimensionProblem = checkDimensionRef(w, p.dimensionId);
  if (dimensionProblem) return dimensionProblem;
  const dimension = w.dimensionSet.dimensions.find((d) => d.id === p.dimensionId);
  if (p.elementId !== null && dimension && !dimension.elements.some((e) => e.id === p.elementId)) {
    return { reason: 'reference.elementOutsideDimension', params: { dimension: dimension.nameId }, field: 'elementId' };
  }
  if (p.leadOpdId !== null && !w.opds.some((o) => o.id === p.leadOpdId)) return { reason: 'reference.unknownLeadOpd', field: 'leadOpdId' };
  return null;
};

export const ProposalCollection = topCollection('proposals', 'proposal', ProgramProposalSchema, checkProposal);

const GROUP_REFERENCES: readonly Reference[] = [
  reference('Issue', IssueCollection, 'issue', (x, id) => x.groupId === id, (x) => ({ ...x, groupId: null })),
  reference('SwotItem', SwotItemCollection, 'swotItem', (x, id) => x.groupId === id, (x) => ({ ...x, groupId: null })),
  reference('GapAnalysis', GapAnalysisCollection, 'gapAnalysis', (x, id) => x.groupId === id, (x) => ({ ...x, groupId: null })),
  reference('Proposal', ProposalCollection, 'proposal', (p, id) => p.groupId === id),
];

const proposalAt = (w: Workshop, id: string): { proposal: ProgramProposal; index: number } => {
  const index = w.proposals.findIndex((p) => p.id === id);
  const proposal = w.proposals[index];
  if (!proposal) throw new AppError('not_found', { reason: 'item.notFound', params: { item: 'proposal' }, field: 'proposalId' });
  return { proposal, index };
};

const withProposal = (w: Workshop, index: number, proposal: ProgramProposal): Workshop => ({ ...w, proposals: w.proposals.map((p, i) => (i === index ? proposal : p)) });

/** Only a new proposal ("baru") is edited, removed, accepted, merged or declined. */
const checkUndecided = (before: Workshop, id: string, field: string): void => {
  const existing = before.proposals.find((p) => p.id === id);
  if (existing && existing.status !== 'baru') throw new AppError('conflict', { reason: 'room.proposalDecided', params: { status: existing.status }, field });
};

const proposalCommands = collectionCommands('Proposal', ProposalCollection, {
  upsertAccess: { facilitator: true, opd: null, group: proposalUpsertAccess },
  removeAccess: { facilitator: true, opd: null, group: proposalRemoveAccess },
  checkNewUpsert(before, _after, item) {
    checkUndecided(before, item.id, 'item.id');
    if (item.status !== 'baru') throw new AppError('invalid_input', { reason: 'room.proposalStatusByCommand', field: 'item.status' });
  },
});

const baseRemoveProposal = proposalCommands.removeProposal;

const ProgramIdInput = { proposalId: IdSchema };

const restoreProposal = (before: Workshop, id: string) => {
  const { proposal, index } = proposalAt(before, id);
  return { type: 'upsertProposal', item: proposal, index };
};

const AcceptSchema = z.object({
  type: z.literal('acceptProposal'),
  ...ProgramIdInput,
  /** The new program's id (made by the sender, so replay makes the same program). */
  programId: IdSchema,
  /** Overrides for the new program; by default the proposal's own (the code: the next free one for the element). */
  elementId: IdSchema.optional(),
  leadOpdId: IdSchema.nullable().optional(),
  name: requiredText('Nama program', 300).optional(),
  code: ProgramCodeSchema.optional(),
});
type AcceptCommand = z.infer<typeof AcceptSchema>;

/** The program an accepted proposal becomes: its name, description, issues (those still there) and lead, with the next free code. */
const programFromProposal = (w: Workshop, proposal: ProgramProposal, c: AcceptCommand): Program => {
  const elementId = c.elementId ?? proposal.elementId;
  if (elementId === null) throw new AppError('invalid_input', { reason: 'room.proposalNeedsElement', field: 'elementId' });
  const code = c.code ?? nextProgramCode(w, proposal.dimensionId, elementId);
  const dimension = w.dimensionSet.dimensions.find((d) => d.id === proposal.dimensionId);
  if (code === null) throw new AppError('invalid_input', { reason: 'reference.elementOutsideDimension', params: { dimension: dimension?.nameId ?? '' }, field: 'elementId' });
  const issues = new Set(w.issues.map((i) => i.id));
  const program = ProgramSchema.parse({
    id: c.programId,
    code,
    dimensionId: proposal.dimensionId,
    elementId,
    name: c.name ?? proposal.name,
    description: proposal.description,
    issueIds: proposal.issueIds.filter((id) => issues.has(id)),
    leadOpdId: c.leadOpdId === undefined ? proposal.leadOpdId : c.leadOpdId,
    status: 'baru',
  });
  const problem = checkProgram(w, program);
  if (problem) throw new AppError('invalid_input', problem);
  return program;
};

const programAt = (w: Workshop, id: string): { program: Program; index: number } => {
  const index = w.programs.findIndex((p) => p.id === id);
  const program = w.programs[index];
  if (!program) throw new AppError('not_found', { reason: 'item.notFound', params: { item: 'program' }, field: 'programId' });
  return { program, index };
};

const withIssues = (program: Program, w: Workshop, issueIds: readonly string[]): Program => {
  const known = new Set(w.issues.map((i) => i.id));
  const next = [...program.issueIds];
  for (const id of issueIds) if (known.has(id) && !next.includes(id)) next.push(id);
  return next.length === program.issueIds.length ? program : { ...program, issueIds: next };
};

// ——— the room's state ———

const sortDone = (done: readonly GroupDone[]): GroupDone[] =>
  [...done].sort((a, b) => (a.groupId === b.groupId ? WORKSHEET_KEYS.indexOf(a.worksheet) - WORKSHEET_KEYS.indexOf(b.worksheet) : a.groupId < b.groupId ? -1 : 1));

const isDone = (w: Workshop, groupId: string, worksheet: WorksheetKey): boolean => w.room.done.some((d) => d.groupId === groupId && d.worksheet === worksheet);

export const roomDefs = {
  ...collectionCommands('Group', GroupCollection, { references: GROUP_REFERENCES }),
  ...proposalCommands,
  /** Removes a proposal; only while it is new ("baru"). */
  removeProposal: defineCommand({
    ...baseRemoveProposal,
    checkNew(before, after, c) {
      baseRemoveProposal.checkNew?.(before, after, c);
      checkUndecided(before, c.id, 'id');
    },
  }),

  /** The facilitator hides a card (kept in the workshop; not shown to the room, the stage or in documents) or shows it again. */
  hideCard: defineCommand({
    type: 'hideCard',
    schema: z.object({ type: z.literal('hideCard'), card: CardKindSchema, id: IdSchema, hidden: z.boolean() }),
    apply(w, c) {
      const { spec } = CARDS[c.card];
      const { card, index } = cardAt(w, c.card, c.id);
      return spec.set(w, spec.get(w).map((x, i) => (i === index ? withHidden(card, c.hidden) : x)));
    },
    invert: (before, c) => ({ type: 'hideCard', card: c.card, id: c.id, hidden: cardAt(before, c.card, c.id).card.hidden === true }),
    touches: (_before, c) => [itemKey(CARDS[c.card].name, c.id, 'hidden')],
    access: FACILITATOR_ONLY,
  }),

  /**
   * Merges duplicate cards into one: the merged cards go, and what pointed at them (a program's
   * issues, a proposal's issues, a TOWS strategy's sources) points at the kept card instead. One undo step.
   */
  mergeCards: defineCommand({
    type: 'mergeCards',
    schema: MergeSchema,
    apply(w, c) {
      const { removed, repointed } = mergeEffects(w, c);
      const { spec } = CARDS[c.card];
      const gone = new Set(removed.map((r) => r.card.id));
      let next = spec.set(w, spec.get(w).filter((x) => !gone.has(x.id)));
      const by = (collection: string) => new Map(repointed.filter((r) => r.collection === collection).map((r) => [r.after.id, r.after]));
      if (c.card === 'issue') next = { ...next, programs: replaceAll(next.programs, by('Program')), proposals: replaceAll(next.proposals, by('Proposal')) };
      else next = { ...next, towsStrategies: replaceAll(next.towsStrategies, by('TowsStrategy')) };
      return next;
    },
    invert(before, c) {
      const { removed, repointed } = mergeEffects(before, c);
      const name = CARDS[c.card].name;
      return {
        type: 'batch',
        commands: [
          ...removed.map((r) => ({ type: `upsert${name}`, item: r.card, index: r.index })),
          ...repointed.map((r) => ({ type: `upsert${r.collection}`, item: r.before, index: r.index })),
        ],
      };
    },
    touches(before, c) {
      const name = CARDS[c.card].name;
      if (!before) return [...c.mergeIds.map((id) => itemKey(name, id)), ...(c.card === 'issue' ? ['Program:*', 'Proposal:*'] : ['TowsStrategy:*'])];
      const { removed, repointed } = mergeEffects(before, c);
      return [
        ...removed.map((r) => itemKey(name, r.card.id)),
        ...repointed.flatMap((r) => changedFields(r.before, r.after, (f) => itemKey(r.collection, r.before.id, f))),
      ];
    },
    access: FACILITATOR_ONLY,
  }),

  /** Locks a worksheet for the groups (or opens it again); the facilitator still writes there. */
  setWorksheetLock: defineCommand({
    type: 'setWorksheetLock',
    schema: z.object({ type: z.literal('setWorksheetLock'), worksheet: WorksheetKeySchema, locked: z.boolean() }),
    apply(w, c) {
      const locks = new Set(w.room.locks);
      if (c.locked) locks.add(c.worksheet);
      else locks.delete(c.worksheet);
      return { ...w, room: { ...w.room, locks: WORKSHEET_KEYS.filter((k) => locks.has(k)) } };
    },
    invert: (before, c) => ({ type: 'setWorksheetLock', worksheet: c.worksheet, locked: isLocked(before, c.worksheet) }),
    touches: (_before, c) => [partKey('room', `locks.${c.worksheet}`)],
    access: FACILITATOR_ONLY,
  }),

  /** A group marks a worksheet "Selesai" (or not yet); shown on the stage. */
  setGroupDone: defineCommand({
    type: 'setGroupDone',
    schema: z.object({ type: z.literal('setGroupDone'), groupId: IdSchema, worksheet: WorksheetKeySchema, done: z.boolean() }),
    apply(w, c) {
      if (!groupOf(w, c.groupId)) throw new AppError('not_found', { reason: 'item.notFound', params: { item: 'fgdGroup' }, field: 'groupId' });
      const others = w.room.done.filter((d) => !(d.groupId === c.groupId && d.worksheet === c.worksheet));
      return { ...w, room: { ...w.room, done: sortDone(c.done ? [...others, { groupId: c.groupId, worksheet: c.worksheet }] : others) } };
    },
    invert: (before, c) => ({ type: 'setGroupDone', groupId: c.groupId, worksheet: c.worksheet, done: isDone(before, c.groupId, c.worksheet) }),
    touches: (_before, c) => [partKey('room', `done.${c.groupId}.${c.worksheet}`)],
    access: {
      facilitator: true,
      opd: null,
      group: (w, groupId, c) => (c.groupId === groupId && groupOf(w, groupId) ? null : { reason: 'room.notYourGroup', field: 'groupId' }),
    },
  }),

  /** Whether groups see each other's (shown) cards, read-only. */
  setRoomSharing: defineCommand({
    type: 'setRoomSharing',
    schema: z.object({ type: z.literal('setRoomSharing'), shareAcrossGroups: z.boolean() }),
    apply: (w, c) => ({ ...w, room: { ...w.room, shareAcrossGroups: c.shareAcrossGroups } }),
    invert: (before) => ({ type: 'setRoomSharing', shareAcrossGroups: before.room.shareAcrossGroups }),
    touches: () => [partKey('room', 'shareAcrossGroups')],
    access: FACILITATOR_ONLY,
  }),

  /** Accepts a proposal into the program matrix: a new program (next free code) and the proposal "diterima", as one step. */
  acceptProposal: defineCommand({
    type: 'acceptProposal',
    schema: AcceptSchema,
    apply(w, c) {
      const { proposal, index } = proposalAt(w, c.proposalId);
      if (w.programs.some((p) => p.id === c.programId)) throw new AppError('conflict', { reason: 'room.programIdTaken', field: 'programId' });
      const program = programFromProposal(w, proposal, c);
      return withProposal({ ...w, programs: [...w.programs, program] }, index, { ...proposal, status: 'diterima', programId: program.id, reason: '' });
    },
    checkNew: (before, _after, c) => checkUndecided(before, c.proposalId, 'proposalId'),
    invert: (before, c) => ({ type: 'batch', commands: [{ type: 'removeProgram', id: c.programId }, restoreProposal(before, c.proposalId)] }),
    touches: (_before, c) => [itemKey('Program', c.programId), itemKey('Proposal', c.proposalId, 'status'), itemKey('Proposal', c.proposalId, 'programId'), itemKey('Proposal', c.proposalId, 'reason')],
    access: FACILITATOR_ONLY,
  }),

  /** Merges a proposal into an existing program (its issues join the program's): "digabung". */
  mergeProposal: defineCommand({
    type: 'mergeProposal',
    schema: z.object({ type: z.literal('mergeProposal'), ...ProgramIdInput, programId: IdSchema }),
    apply(w, c) {
      const { proposal, index } = proposalAt(w, c.proposalId);
      const { program, index: at } = programAt(w, c.programId);
      const programs = w.programs.map((p, i) => (i === at ? withIssues(program, w, proposal.issueIds) : p));
      return withProposal({ ...w, programs }, index, { ...proposal, status: 'digabung', programId: program.id, reason: '' });
    },
    checkNew: (before, _after, c) => checkUndecided(before, c.proposalId, 'proposalId'),
    invert(before, c) {
      const { program, index } = programAt(before, c.programId);
      return { type: 'batch', commands: [{ type: 'upsertProgram', item: program, index }, restoreProposal(before, c.proposalId)] };
    },
    touches: (_before, c) => [itemKey('Program', c.programId, 'issueIds'), itemKey('Proposal', c.proposalId, 'status'), itemKey('Proposal', c.proposalId, 'programId'), itemKey('Proposal', c.proposalId, 'reason')],
    access: FACILITATOR_ONLY,
  }),

  /** Declines a proposal, with the reason the group will read: "ditolak". */
  declineProposal: defineCommand({
    type: 'declineProposal',
    schema: z.object({ type: z.literal('declineProposal'), ...ProgramIdInput, reason: requiredMultilineText('Alasan penolakan', 1000) }),
    apply(w, c) {
      const { proposal, index } = proposalAt(w, c.proposalId);
      return withProposal(w, index, { ...proposal, status: 'ditolak', programId: null, reason: c.reason });
    },
    checkNew: (before, _after, c) => checkUndecided(before, c.proposalId, 'proposalId'),
    invert: (before, c) => restoreProposal(before, c.proposalId),
    touches: (_before, c) => [itemKey('Proposal', c.proposalId, 'status'), itemKey('Proposal', c.proposalId, 'programId'), itemKey('Proposal', c.proposalId, 'reason')],
    access: FACILITATOR_ONLY,
  }),
};

