import type { Program, Workshop } from '../model';
import type { WorksheetId } from '../logic/worksheets';
import { pollApplication, type PollApplication } from '../logic/poll-results';
import type { CollectionName } from './collections';
import type { Command, RegionPatchSchema } from './command';
import { collectionOf } from './reducer';
import type { z } from 'zod';

/**
 * What a command changed and where, for the undo/redo notice ("Dibatalkan: Provinsi — Profil Daerah").
 * Structured only: the renderer words it in the UI's language, so no sentence lives here.
 */
export type RegionField = keyof z.infer<typeof RegionPatchSchema>;

/** The singletons a command replaces as a whole. */
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
  | 'polls';

/** Added, changed or removed by the command as applied (an undo of an addition is a removal). */
export type ItemAction = 'added' | 'changed' | 'removed';

export type ChangeWhat =
  | { kind: 'region'; fields: RegionField[] }
  | { kind: 'singleton'; part: SingletonPart }
  | { kind: 'item'; collection: CollectionName; action: ItemAction; id: string; name: string };

export interface ChangeDescription {
  /** The worksheet to open (route segment), 'pratinjau' for the preview and export page, or null when it has no page. */
  place: WorksheetId | 'pratinjau' | null;
  what: ChangeWhat;
}

const NAME_LIMIT = 80;

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
};

/** Program fields edited on worksheets other than the program matrix. */
const PROGRAM_FIELD_PLACE: Partial<Record<keyof Program, WorksheetId>> = {
  innovationType: 'inovasi',
  innovationDescription: 'inovasi',
  years: 'roadmap',
  horizon: 'roadmap',
  rpjmdAlignment: 'pemetaan-rpjmd',
  quickWin: 'quick-win',
};

/** A program edit that only touched one other worksheet's fields is shown there (innovation, roadmap …). */
const programPlace = (before: Program | undefined, after: Program): WorksheetId => {
  if (!before) return 'program';
  const changed = (Object.keys(after) as (keyof Program)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  const places = new Set(changed.map((k) => PROGRAM_FIELD_PLACE[k] ?? 'program'));
  const [only] = places;
  return places.size === 1 && only ? only : 'program';
};

type Named = { id: string } & Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The words that name an item in its list: a program's code and name, a section's title, a quick-win candidate's program … */
export const itemName = (collection: CollectionName, item: Named, w: Workshop): string => {
  switch (collection) {
    case 'Program':
      return shorten(`${text(item.code)} ${text(item.name)}`);
    case 'Opd':
    case 'FundingSource':
    case 'Participant':
      return shorten(text(item.name));
    case 'ReadinessItem':
    case 'Section':
      return shorten(text(item.title));
    case 'Dimension':
      return shorten(text(item.nameId));
    case 'GapAnalysis':
      return shorten(w.dimensionSet.dimensions.find((d) => d.id === item.dimensionId)?.nameId ?? '');
    case 'QuickWinCandidate':
      return shorten(w.programs.find((p) => p.id === item.programId)?.name ?? '');
    case 'CommitmentEntry': {
      const opd = w.opds.find((o) => o.id === item.opdId);
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

const SINGLETON_OF: Partial<Record<Command['type'], SingletonPart>> = {
  renameWorkshop: 'workshopTitle',
  setPlanHorizon: 'planHorizon',
  setDimensionSet: 'dimensionSet',
  setVision: 'vision',
  addVisionKeyword: 'vision',
  removeVisionKeyword: 'vision',
  setQuickWinWeights: 'quickWinWeights',
  setQuickWinSelection: 'quickWinSelection',
  setRoadmap: 'roadmap',
  setRoadmapPhase: 'roadmap',
  setRoadmapNote: 'roadmap',
  setCommitmentDetails: 'commitmentDetails',
  setReviewChecklist: 'reviewChecklist',
  setExportSettings: 'exportSettings',
  createPoll: 'polls',
  updatePoll: 'polls',
  removePoll: 'polls',
  restorePoll: 'polls',
  openPoll: 'polls',
  closePoll: 'polls',
  revealPoll: 'polls',
  setPollState: 'polls',
  castBallot: 'polls',
  addPaperBallot: 'polls',
  removeBallot: 'polls',
};

/** Where applying a poll's result shows: the worksheet it wrote to. */
const POLL_RESULT_PLACE: Record<PollApplication['target'] & string, WorksheetId> = { issuePriority: 'isu', quickWinScores: 'quick-win', visionKeywords: 'visi' };

/**
 * What `command` changes in `before` (the workshop it is applied to), and on which page.
 * For an undo or redo, pass the command the core applied (`Applied.applied`) and the workshop it was applied to.
 */
export const describeCommand = (command: Command, before: Workshop): ChangeDescription => {
  if (command.type === 'setRegionProfile') {
    const fields = (Object.keys(command.patch) as RegionField[]).filter((k) => command.patch[k] !== undefined);
    return { place: 'profil', what: { kind: 'region', fields } };
  }
  if (command.type === 'batch') {
    // A batch is told by what it does first (an import's first program, a decision's candidate).
    const [first] = command.commands;
    if (!first) throw new Error('An empty batch has no description');
    return describeCommand(first, before);
  }
  if (command.type === 'decideQuickWin') {
    const candidate = before.quickWins.candidates.find((c) => c.id === command.candidateId);
    const name = candidate ? itemName('QuickWinCandidate', candidate, before) : '';
    return { place: 'quick-win', what: { kind: 'item', collection: 'QuickWinCandidate', action: 'changed', id: command.candidateId, name } };
  }
  if (command.type === 'applyPollResult') {
    const poll = before.polls.find((p) => p.id === command.pollId);
    const target = poll ? pollApplication(before, poll, command.top).target : null;
    return { place: target ? POLL_RESULT_PLACE[target] : 'jajak-pendapat', what: { kind: 'singleton', part: 'polls' } };
  }
  const collection = collectionOf(command.type);
  if (collection) {
    const existing = collection.spec.get(before);
    if ('item' in command) {
      const previous = existing.find((x) => x.id === command.item.id);
      const item = command.item as Named;
      const place = collection.name === 'Program' ? programPlace(previous as Program | undefined, command.item as Program) : COLLECTION_PLACE[collection.name];
      return { place, what: { kind: 'item', collection: collection.name, action: previous ? 'changed' : 'added', id: item.id, name: itemName(collection.name, item, before) } };
    }
    const id = 'id' in command ? command.id : '';
    const previous = existing.find((x) => x.id === id) as Named | undefined;
    return {
      place: COLLECTION_PLACE[collection.name],
      what: { kind: 'item', collection: collection.name, action: 'removed', id, name: previous ? itemName(collection.name, previous, before) : '' },
    };
  }
  const part = SINGLETON_OF[command.type];
  if (!part) throw new Error(`No description for command ${command.type}`);
  return { place: SINGLETON_PLACE[part], what: { kind: 'singleton', part } };
};

/** The action the user originally took, seen from its undo: undoing an addition removes the item, and so on. */
export const reversedAction = (action: ItemAction): ItemAction => (action === 'added' ? 'removed' : action === 'removed' ? 'added' : 'changed');
