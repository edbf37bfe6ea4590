import type { ErrorDetail } from '../../i18n/errors';
import type { FgdGroup, ProgramProposal, Workshop, WorksheetKey } from '../../model';
import type { Access, GroupAccess } from './def';

/*
 * What an FGD group may write (issue 12): the access rules of the card collections (issues, SWOT
 * items, gap rows) and of proposals. Kept apart from their families so analysis.ts can use them
 * without importing the room's commands.
 *
 * - cards and proposals only in the group's own dimension, only those the group wrote (a new one
 *   carries the group's id), never a hidden card, never while that worksheet is locked;
 * - a card others point at (a program's issues, a TOWS strategy's sources) is removed only by the facilitator;
 * - proposals only while they are new ("baru"), and never with a status, program or reason of the group's making.
 */

/** A card of the room: the fields every card has. */
export type RoomCard = { id: string; dimensionId: string; groupId?: string | null | undefined; hidden?: boolean | undefined };
export type CardKind = 'issue' | 'swotItem' | 'gapAnalysis';

export const CARD_WORKSHEET: Readonly<Record<CardKind, WorksheetKey>> = { issue: 'isu', swotItem: 'swot', gapAnalysis: 'kesenjangan' };

export const cardsOf = (w: Workshop, kind: CardKind): readonly RoomCard[] => (kind === 'issue' ? w.issues : kind === 'swotItem' ? w.swotItems : w.gapAnalyses);

export const groupOf = (w: Workshop, groupId: string): FgdGroup | undefined => w.groups.find((g) => g.id === groupId);
export const isLocked = (w: Workshop, worksheet: WorksheetKey): boolean => w.room.locks.includes(worksheet);

/** Whether anything points at a card: a program or proposal at an issue, a TOWS strategy or a program at a SWOT factor. */
const cardInUse = (w: Workshop, kind: CardKind, id: string): boolean => {
  if (kind === 'issue') return w.programs.some((p) => p.issueIds.includes(id)) || w.proposals.some((p) => p.issueIds.includes(id));
  if (kind === 'swotItem') return w.towsStrategies.some((t) => t.sourceItemIds.includes(id)) || w.programs.some((p) => p.swotItemIds.includes(id));
  return false;
};

/** Where a group may write at all: a known group, an unlocked worksheet. */
export const roomProblem = (w: Workshop, groupId: string, worksheet: WorksheetKey): ErrorDetail | null => {
  if (!groupOf(w, groupId)) return { reason: 'room.groupUnknown' };
  if (isLocked(w, worksheet)) return { reason: 'room.worksheetLocked', params: { worksheet } };
  return null;
};

type CardUpsert = { type: string; item: RoomCard & { priority?: number | null | undefined } };
type Removal = { type: string; id: string; cascade?: boolean | undefined };

const cardUpsert = (kind: CardKind): GroupAccess<CardUpsert> => (w, groupId, c) => {
  const problem = roomProblem(w, groupId, CARD_WORKSHEET[kind]);
  if (problem) return problem;
  const group = groupOf(w, groupId);
  const existing = cardsOf(w, kind).find((x) => x.id === c.item.id) as (RoomCard & { priority?: number | null }) | undefined;
  if (existing && (existing.groupId !== groupId || existing.hidden === true)) return { reason: 'room.notYourCard', field: 'item.id' };
  if (c.item.dimensionId !== group?.dimensionId || (existing && existing.dimensionId !== group.dimensionId)) return { reason: 'room.otherDimension', field: 'item.dimensionId' };
  if (c.item.groupId !== groupId) return { reason: 'room.cardGroupMismatch', field: 'item.groupId' };
  if (c.item.hidden === true) return { reason: 'room.facilitatorOnly', field: 'item.hidden' };
  // An issue's priority is the room's (a vote), not a group's.
  if ((c.item.priority ?? null) !== (existing?.priority ?? null)) return { reason: 'room.facilitatorOnly', field: 'item.priority' };
  return null;
};

const cardRemove = (kind: CardKind): GroupAccess<Removal> => (w, groupId, c) => {
  const problem = roomProblem(w, groupId, CARD_WORKSHEET[kind]);
  if (problem) return problem;
  const existing = cardsOf(w, kind).find((x) => x.id === c.id);
  if (!existing || existing.groupId !== groupId || existing.hidden === true) return { reason: 'room.notYourCard', field: 'id' };
  if (existing.dimensionId !== groupOf(w, groupId)?.dimensionId) return { reason: 'room.otherDimension', field: 'id' };
  if (c.cascade || cardInUse(w, kind, c.id)) return { reason: 'room.cardInUse', field: 'id' };
  return null;
};

/** The access of a card collection's upsert and remove: the facilitator, and groups in their scope (OPDs not). */
export const cardUpsertAccess = (kind: CardKind): Access<CardUpsert> => ({ facilitator: true, opd: null, group: cardUpsert(kind) });
export const cardRemoveAccess = (kind: CardKind): Access<Removal> => ({ facilitator: true, opd: null, group: cardRemove(kind) });

export const proposalUpsertAccess: GroupAccess<{ type: string; item: ProgramProposal }> = (w, groupId, c) => {
  const problem = roomProblem(w, groupId, 'usulan');
  if (problem) return problem;
  const existing = w.proposals.find((p) => p.id === c.item.id);
  if (existing && existing.groupId !== groupId) return { reason: 'room.notYourProposal', field: 'item.id' };
  if (existing && existing.status !== 'baru') return { reason: 'room.proposalDecided', params: { status: existing.status }, field: 'item.id' };
  if (c.item.groupId !== groupId) return { reason: 'room.cardGroupMismatch', field: 'item.groupId' };
  if (c.item.dimensionId !== groupOf(w, groupId)?.dimensionId) return { reason: 'room.otherDimension', field: 'item.dimensionId' };
  if (c.item.status !== 'baru' || c.item.programId !== null || c.item.reason !== '') return { reason: 'room.facilitatorOnly', field: 'item.status' };
  return null;
};

export const proposalRemoveAccess: GroupAccess<Removal> = (w, groupId, c) => {
  const problem = roomProblem(w, groupId, 'usulan');
  if (problem) return problem;
  const existing = w.proposals.find((p) => p.id === c.id);
  if (!existing || existing.groupId !== groupId) return { reason: 'room.notYourProposal', field: 'id' };
  if (existing.status !== 'baru') return { reason: 'room.proposalDecided', params: { status: existing.status }, field: 'id' };
  return null;
};
