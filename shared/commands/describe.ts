import type { Program, ProgramProposal, Workshop, WorksheetKey } from '../model';
import type { WorksheetId } from '../logic/worksheets';
import { nextProgramCode } from '../logic/program-code';
import { COLLECTIONS, type CollectionName } from './collections';
import type { RegionPatchSchema } from './command';
import { commandDefOf, splitKey } from './defs';
import type { z } from 'zod';

/*
 * One describer for every change: the Riwayat change log and the undo/redo notices. It works from a
 * log entry alone (the command and its inverse) and the command definitions (shared/commands/defs):
 * a collection command's family and verb, and what it touches. It returns a code and its params; the
 * renderer words them in the UI's language, so no sentence lives here.
 */

export type RegionField = keyof z.infer<typeof RegionPatchSchema>;

/** The singletons of a workshop a command writes. */
export type SingletonPart =
  | 'workshopTitle'
  | 'planHorizon'
  | 'dimensionSet'
  | 'vision'
  | 'quickWinWeights'
  | 'quickWinSelection'
  | 'roadmap'
  | 'commitmentDetails'
  | 'reviewChecklist'
  | 'exportSettings'
  | 'polls'
  | 'bimtekStages';

/** Added, changed or removed by the command as applied (an undo of an addition is a removal). */
export type ItemAction = 'added' | 'changed' | 'removed';

/** The room's cards a facilitator hides (or shows again). */
export type CardCollection = 'Issue' | 'SwotItem' | 'GapAnalysis';
/** A facilitator's decision on a group's proposal, as its status after. */
export type ProposalDecision = 'diterima' | 'digabung' | 'ditolak';

/** What changed, as a code and its params. */
export type Change =
  | { code: 'region.changed'; params: { fields: RegionField[] } }
  | { code: 'part.changed'; params: { part: SingletonPart } }
  | { code: `item.${ItemAction}`; params: { collection: CollectionName; id: string; name: string } }
  /** The whole workshop replaced by a history snapshot; the snapshot's revision when its id tells it. */
  | { code: 'snapshot.restored'; params: { revision: number | null } }
  /** Several changes as one step: how many, and the first two. */
  | { code: 'batch'; params: { count: number; first: Change[] } }
  /** The room (issue 12): a card hidden from the room (or shown again), named by its text. */
  | { code: 'card.hidden'; params: { collection: CardCollection; id: string; name: string; hidden: boolean } }
  /** Duplicate cards merged into the kept one (`id`, `name`); `count` cards went. */
  | { code: 'cards.merged'; params: { collection: 'Issue' | 'SwotItem'; id: string; name: string; count: number } }
  /** A worksheet locked for the groups, or opened again. */
  | { code: 'worksheet.locked'; params: { worksheet: WorksheetKey; locked: boolean } }
  /** A group's "Selesai" mark on a worksheet, set or taken back; `name` is the group's ('' when it is gone). */
  | { code: 'group.done'; params: { groupId: string; name: string; worksheet: WorksheetKey; done: boolean } }
  /** Whether groups see each other's cards. */
  | { code: 'room.shared'; params: { shared: boolean } }
  /**
   * A decision on a proposal: accepted as a new program, merged into one (`program`: its code, '' when
   * not known), declined. `reopened`: the decision taken back (an undo), the proposal new again.
   */
  | { code: 'proposal.decided'; params: { id: string; name: string; decision: ProposalDecision; program: string; reopened: boolean } }
  /** A command this version cannot describe (a newer app's). */
  | { code: 'unknown'; params: { type: string } };

export type ChangeCode = Change['code'];

/** A change and the page where it is edited: the worksheet (route segment), 'pratinjau' for the preview and export page, or null. */
export type ChangeDescription = Change & { place: WorksheetId | 'pratinjau' | null };

/** A logged step: the command applied and the one that takes it back. */
export interface DescribedEntry {
  command: { type: string };
  inverse: { type: string };
}

const NAME_LIMIT = 80;
/** How many parts of a batch are told by name. */
const BATCH_NAMED = 2;

const shorten = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= NAME_LIMIT) return flat;
  const cut = flat.slice(0, NAME_LIMIT - 1);
  const space = cut.lastIndexOf(' ');
  // Cut between words when there is one in the last third, so no word is left half shown.
  return `${(space > (NAME_LIMIT * 2) / 3 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

/** The worksheet where each collection is edited. Programs depend on which fields changed (see programPlace). */
const COLLECTION_PLACE: Record<CollectionName, WorksheetId> = {
  Opd: 'data-rujukan',
  Participant: 'komitmen',
  FundingSource: 'data-rujukan',
  ReadinessItem: 'kesiapan',
  Issue: 'isu',
  SwotItem: 'swot',
  TowsStrategy: 'swot',
  GapAnalysis: 'kesenjangan',
  Mission: 'visi',
  Goal: 'visi',
  Program: 'program',
  RpjmdMapping: 'pemetaan-rpjmd',
  Section: 'bagian',
  Dimension: 'data-rujukan',
  QuickWinCandidate: 'quick-win',
  CommitmentEntry: 'komitmen',
  Group: 'data-rujukan',
  Proposal: 'usulan',
  BimtekAttendee: 'pelaksanaan',
};

const SINGLETON_PLACE: Record<SingletonPart, ChangeDescription['place']> = {
  workshopTitle: null,
  planHorizon: 'profil',
  dimensionSet: 'data-rujukan',
  vision: 'visi',
  quickWinWeights: 'quick-win',
  quickWinSelection: 'quick-win',
  roadmap: 'roadmap',
  commitmentDetails: 'komitmen',
  reviewChecklist: 'komitmen',
  exportSettings: 'pratinjau',
  polls: 'jajak-pendapat',
  bimtekStages: 'pelaksanaan',
};

/**
 * The singleton a touch key (shared/commands/defs TouchKey, read without the workshop) belongs to:
 * by its base, or by its base and first field where one part holds several (`quickWins#weights`).
 */
const PART_OF_TOUCH: Record<string, SingletonPart> = {
  title: 'workshopTitle',
  horizon: 'planHorizon',
  dimensionSet: 'dimensionSet',
  vision: 'vision',
  'quickWins#weights': 'quickWinWeights',
  'quickWins#selection': 'quickWinSelection',
  roadmap: 'roadmap',
  'commitment#place': 'commitmentDetails',
  'commitment#date': 'commitmentDetails',
  'commitment#statement': 'commitmentDetails',
  'commitment#reviewChecklist': 'reviewChecklist',
  exportSettings: 'exportSettings',
  Poll: 'polls',
  'bimtek#stages': 'bimtekStages',
};

const partOfTouch = (key: string): SingletonPart | undefined => (Object.hasOwn(PART_OF_TOUCH, key) ? PART_OF_TOUCH[key] : undefined);

/** Program fields edited on worksheets other than the program matrix. */
const PROGRAM_FIELD_PLACE: Partial<Record<keyof Program, WorksheetId>> = {
  innovationType: 'inovasi',
  innovationDescription: 'inovasi',
  years: 'roadmap',
  horizon: 'roadmap',
  rpjmdAlignment: 'pemetaan-rpjmd',
  quickWin: 'quick-win',
};

type Named = { id: string } & Record<string, unknown>;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNamed = (value: unknown): value is Named => isRecord(value) && typeof value.id === 'string';
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A program edit that only touched one other worksheet's fields is shown there (innovation, roadmap …). */
const programPlace = (before: Named | null, after: Named): WorksheetId => {
  if (!before) return 'program';
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...fields].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  const places = new Set(changed.map((k) => PROGRAM_FIELD_PLACE[k as keyof Program] ?? 'program'));
  const [only] = places;
  return places.size === 1 && only ? only : 'program';
};

/**
 * The words that name an item in its list: a program's name, a section's title, a quick-win candidate's
 * program … Items named by what they point at (a gap analysis by its dimension) are looked up in
 * `names` (the workshop at hand), and stay unnamed without it.
 */
export const itemName = (collection: CollectionName, item: Named, names: Workshop | null): string => {
  switch (collection) {
    case 'Program':
      return shorten(text(item.name) || text(item.code));
    case 'Opd':
    case 'FundingSource':
    case 'Group':
    case 'Proposal':
      return shorten(text(item.name));
    case 'Participant':
      // An attendee may be known by title only ("Kepala Bidang Aplikasi Informatika").
      return shorten(text(item.name) || text(item.position));
    case 'ReadinessItem':
    case 'Section':
      return shorten(text(item.title));
    case 'Dimension':
      return shorten(text(item.nameId));
    case 'GapAnalysis':
      return shorten(names?.dimensionSet.dimensions.find((d) => d.id === item.dimensionId)?.nameId ?? '');
    case 'QuickWinCandidate':
      return shorten(names?.programs.find((p) => p.id === item.programId)?.name ?? '');
    case 'BimtekAttendee':
      return shorten(text(item.name) || text(item.title));
    case 'CommitmentEntry': {
      const opd = names?.opds.find((o) => o.id === item.opdId);
      return shorten(opd?.name ?? (text(item.headTitle) || text(item.headName)));
    }
    case 'RpjmdMapping':
      return shorten(text(item.rpjmdProgram) || text(item.renstraProgram) || text(item.kegiatan));
    case 'Issue':
    case 'SwotItem':
    case 'TowsStrategy':
    case 'Mission':
    case 'Goal':
      return shorten(text(item.text));
  }
};

/** The commands of a step, a batch opened up. */
const partsOf = (command: { type: string }): { type: string }[] =>
  command.type === 'batch' && 'commands' in command && Array.isArray(command.commands) ? (command.commands as { type: string }[]) : [command];

/** A collection command's family (from its definition) and the item it writes: the whole item for an upsert, the id for a removal. */
const collectionCommand = (command: { type: string }): { name: CollectionName; verb: 'upsert' | 'remove'; id: string; item: Named | null } | null => {
  const collection = commandDefOf(command.type)?.collection;
  if (!collection || !Object.hasOwn(COLLECTIONS, collection.name)) return null;
  const name = collection.name as CollectionName;
  const item = 'item' in command && isNamed(command.item) ? command.item : null;
  const id = item?.id ?? ('id' in command && typeof command.id === 'string' ? command.id : '');
  return { name, verb: collection.verb, id, item };
};

/** The item as it was before the step, from the inverse that puts it back (an upsert of the same item), or null when the step added it. */
const previousItem = (name: CollectionName, id: string, inverse: { type: string }): Named | null => {
  for (const part of partsOf(inverse)) {
    const found = collectionCommand(part);
    if (found && found.name === name && found.id === id && found.verb === 'upsert') return found.item;
  }
  return null;
};

const describeItem = (found: NonNullable<ReturnType<typeof collectionCommand>>, inverse: { type: string }, names: Workshop | null): ChangeDescription => {
  const previous = previousItem(found.name, found.id, inverse);
  const shown = found.verb === 'remove' ? previous : found.item;
  const action: ItemAction = found.verb === 'remove' ? 'removed' : previous ? 'changed' : 'added';
  const place = found.name === 'Program' && found.item ? programPlace(previous, found.item) : COLLECTION_PLACE[found.name];
  return { code: `item.${action}`, params: { collection: found.name, id: found.id, name: shown ? itemName(found.name, shown, names) : '' }, place };
};

/** The revision a history snapshot's id records (`…_r42_…`), when it does. */
const snapshotRevision = (command: { type: string }): number | null => {
  const id = 'snapshotId' in command && typeof command.snapshotId === 'string' ? command.snapshotId : '';
  const revision = /_r(\d+)_/.exec(id)?.[1];
  return revision === undefined ? null : Number(revision);
};

// ——— the room (issue 12) ———

const CARD_COLLECTION: Record<string, CardCollection> = { issue: 'Issue', swotItem: 'SwotItem', gapAnalysis: 'GapAnalysis' };
const CARD_PLACE: Record<CardCollection, WorksheetId> = { Issue: 'isu', SwotItem: 'swot', GapAnalysis: 'kesenjangan' };
const DECISIONS: Record<string, ProposalDecision> = { acceptProposal: 'diterima', mergeProposal: 'digabung', declineProposal: 'ditolak' };

const str = (command: object, key: string): string => {
  const value = (command as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
};
const flag = (command: object, key: string): boolean => (command as Record<string, unknown>)[key] === true;

/** A card's words (its text; a gap row by its dimension), from the workshop at hand. */
const cardName = (collection: CardCollection, id: string, names: Workshop | null): string => {
  if (!names) return '';
  const list: readonly { id: string }[] = collection === 'Issue' ? names.issues : collection === 'SwotItem' ? names.swotItems : names.gapAnalyses;
  const card = list.find((x) => x.id === id);
  return card ? itemName(collection, card as Named, names) : '';
};

/** The upserts of one collection among a step's commands, by the item's id. */
const upsertsOf = (command: { type: string }, name: 'Proposal' | 'Program'): Map<string, Named> => {
  const found = new Map<string, Named>();
  for (const part of partsOf(command)) {
    const c = collectionCommand(part);
    if (c && c.name === name && c.verb === 'upsert' && c.item) found.set(c.id, c.item);
  }
  return found;
};

const isDecision = (status: unknown): status is ProposalDecision => status === 'diterima' || status === 'digabung' || status === 'ditolak';

/** A program's code for a decision: from the step's own commands, the command, or the workshop at hand. */
const programCode = (programId: string, inStep: ReadonlyMap<string, Named>, names: Workshop | null): string =>
  text(inStep.get(programId)?.code) || (names?.programs.find((p) => p.id === programId)?.code ?? '');

/** A decision on a proposal, from the command and its inverse (which puts the proposal back as it was: new). */
const describeDecision = (command: { type: string }, inverse: { type: string }, names: Workshop | null, decision: ProposalDecision): ChangeDescription => {
  const id = str(command, 'proposalId');
  const before = (upsertsOf(inverse, 'Proposal').get(id) ?? names?.proposals.find((p) => p.id === id) ?? null) as Partial<ProgramProposal> | null;
  const programId = str(command, 'programId');
  let program = '';
  if (decision !== 'ditolak') {
    program = str(command, 'code') || programCode(programId, upsertsOf(inverse, 'Program'), names);
    // Accepting on the workshop it is applied to (a redo): the code the reducer gives the new program.
    if (!program && decision === 'diterima' && names && before?.dimensionId && names.proposals.some((p) => p.id === id && p.status === 'baru')) {
      const elementId = str(command, 'elementId') || before.elementId;
      program = (elementId && nextProgramCode(names, before.dimensionId, elementId)) || '';
    }
  }
  return { code: 'proposal.decided', params: { id, name: shorten(text(before?.name)), decision, program, reopened: false }, place: 'usulan' };
};

/**
 * A decision taken back: a step that puts a decided proposal back to new (the undo of accepting,
 * merging or declining; nothing else does), told as that decision, reopened. Null for any other step.
 */
const describeReopened = (command: { type: string }, inverse: { type: string }, names: Workshop | null): ChangeDescription | null => {
  const decided = upsertsOf(inverse, 'Proposal');
  for (const [id, item] of upsertsOf(command, 'Proposal')) {
    const was = decided.get(id);
    if (item.status !== 'baru' || !was || !isDecision(was.status)) continue;
    const programId = text(was.programId);
    const program = was.status === 'ditolak' || !programId ? '' : programCode(programId, upsertsOf(inverse, 'Program'), names);
    return { code: 'proposal.decided', params: { id, name: shorten(text(was.name)), decision: was.status, program, reopened: true }, place: 'usulan' };
  }
  return null;
};

/** The room's own commands (not its collections'), or null for another command. */
const describeRoom = (command: { type: string }, inverse: { type: string }, names: Workshop | null): ChangeDescription | null => {
  switch (command.type) {
    case 'hideCard': {
      const collection = CARD_COLLECTION[str(command, 'card')] ?? 'Issue';
      const id = str(command, 'id');
      return { code: 'card.hidden', params: { collection, id, name: cardName(collection, id, names), hidden: flag(command, 'hidden') }, place: CARD_PLACE[collection] };
    }
    case 'mergeCards': {
      const collection = str(command, 'card') === 'swotItem' ? 'SwotItem' : 'Issue';
      const id = str(command, 'keepId');
      const merged = (command as { mergeIds?: unknown }).mergeIds;
      return { code: 'cards.merged', params: { collection, id, name: cardName(collection, id, names), count: Array.isArray(merged) ? merged.length : 0 }, place: CARD_PLACE[collection] };
    }
    case 'setWorksheetLock': {
      const worksheet = str(command, 'worksheet') as WorksheetKey;
      return { code: 'worksheet.locked', params: { worksheet, locked: flag(command, 'locked') }, place: worksheet };
    }
    case 'setGroupDone': {
      const groupId = str(command, 'groupId');
      const worksheet = str(command, 'worksheet') as WorksheetKey;
      const name = shorten(names?.groups.find((g) => g.id === groupId)?.name ?? '');
      return { code: 'group.done', params: { groupId, name, worksheet, done: flag(command, 'done') }, place: worksheet };
    }
    case 'setRoomSharing':
      return { code: 'room.shared', params: { shared: flag(command, 'shareAcrossGroups') }, place: null };
  }
  const decision = DECISIONS[command.type];
  return decision ? describeDecision(command, inverse, names, decision) : null;
};

/**
 * The same change seen the other way: what an undo took back, told as what the user did (a card
 * shown again by an undo was hidden by the user; a proposal new again was decided). Additions and
 * removals turn around too; other changes stay as they are.
 */
export const reversedChange = (change: Change): Change => {
  switch (change.code) {
    case 'item.added':
    case 'item.removed':
      return { ...change, code: `item.${reversedAction(change.code === 'item.added' ? 'added' : 'removed')}` };
    case 'card.hidden':
      return { ...change, params: { ...change.params, hidden: !change.params.hidden } };
    case 'worksheet.locked':
      return { ...change, params: { ...change.params, locked: !change.params.locked } };
    case 'group.done':
      return { ...change, params: { ...change.params, done: !change.params.done } };
    case 'room.shared':
      return { ...change, params: { shared: !change.params.shared } };
    case 'proposal.decided':
      return { ...change, params: { ...change.params, reopened: !change.params.reopened } };
    case 'batch':
      return { ...change, params: { ...change.params, first: change.params.first.map(reversedChange) } };
    default:
      return change;
  }
};

/**
 * What a logged step changed and where. `entry` is the command applied and its inverse (a log line,
 * or an undo/redo with the inverse of the command the core applied); `names` is the workshop used to
 * name items that are told by what they point at (a quick-win candidate by its program), or null.
 */
export const describeEntry = (entry: DescribedEntry, names: Workshop | null): ChangeDescription => {
  const { command, inverse } = entry;
  if (command.type === 'restoreSnapshot') return { code: 'snapshot.restored', params: { revision: snapshotRevision(command) }, place: null };
  // An undone decision on a proposal is a batch (the program goes, the proposal is new again) or one upsert: told as one change.
  const reopened = describeReopened(command, inverse, names);
  if (reopened) return reopened;
  if (command.type === 'batch') {
    const parts = partsOf(command);
    const inverses = partsOf(inverse);
    const first = parts.slice(0, BATCH_NAMED).map((part) => describeEntry({ command: part, inverse: { type: 'batch', commands: inverses } as { type: string } }, names));
    const [lead] = first;
    return { code: 'batch', params: { count: parts.length, first: first.map(({ place: _place, ...change }) => change) }, place: lead?.place ?? null };
  }
  const def = commandDefOf(command.type);
  if (!def) return { code: 'unknown', params: { type: command.type }, place: null };
  const room = describeRoom(command, inverse, names);
  if (room) return room;
  const found = collectionCommand(command);
  if (found) return describeItem(found, inverse, names);
  if (command.type === 'decideQuickWin' && 'candidateId' in command && typeof command.candidateId === 'string') {
    // A decision writes the candidate (and its program's quick-win flag): told as a change of the candidate.
    const candidate = names?.quickWins.candidates.find((c) => c.id === command.candidateId);
    return {
      code: 'item.changed',
      params: { collection: 'QuickWinCandidate', id: command.candidateId, name: candidate ? itemName('QuickWinCandidate', candidate, names) : '' },
      place: 'quick-win',
    };
  }
  if (command.type === 'applyPollResult') {
    // Applying a poll's result shows where it wrote: the page of the first command its inverse puts back.
    const [back] = partsOf(inverse);
    const place = back && back.type !== 'applyPollResult' ? describeEntry({ command: back, inverse: { type: 'batch', commands: [] } as { type: string } }, names).place : null;
    return { code: 'part.changed', params: { part: 'polls' }, place: place ?? 'jajak-pendapat' };
  }
  const keys = def.touches(null, command).map(splitKey);
  if (keys.length > 0 && keys.every((k) => k.base === 'region')) {
    const fields = keys.flatMap((k) => (k.field === null ? [] : [k.field.split('.')[0] as RegionField]));
    return { code: 'region.changed', params: { fields }, place: 'profil' };
  }
  for (const { base, field } of keys) {
    const part = partOfTouch(`${base}#${field?.split('.')[0] ?? ''}`) ?? partOfTouch(base) ?? partOfTouch(base.split(':')[0] ?? '');
    if (part) return { code: 'part.changed', params: { part }, place: SINGLETON_PLACE[part] };
  }
  return { code: 'unknown', params: { type: command.type }, place: null };
};

/** The action the user originally took, seen from its undo: undoing an addition removes the item, and so on. */
export const reversedAction = (action: ItemAction): ItemAction => (action === 'added' ? 'removed' : action === 'removed' ? 'added' : 'changed');
