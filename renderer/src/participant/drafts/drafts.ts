import type { GapAnalysis, NarrativeSection, Program, ProgramProposal, RegionalIssue, SwotItem } from '../../../../shared/model';

/*
 * What a participant typed and the server has not acknowledged yet, kept in localStorage per
 * workshop and item, so a dropped Wi-Fi connection or a reload loses nothing. Each draft remembers
 * the revision it was based on and the item as it was then, so it is re-sent with that base (the
 * server merges disjoint fields and refuses a true conflict with both versions) instead of being
 * replayed blindly over what others saved meanwhile.
 */

export type DraftItem =
  | { collection: 'section'; item: NarrativeSection }
  | { collection: 'program'; item: Program }
  // An FGD group's cards and program proposals (issue 12).
  | { collection: 'issue'; item: RegionalIssue }
  | { collection: 'swotItem'; item: SwotItem }
  | { collection: 'gapAnalysis'; item: GapAnalysis }
  | { collection: 'proposal'; item: ProgramProposal };
export type Collection = DraftItem['collection'];
/** Anything a participant drafts. */
export type Draftable = DraftItem['item'];
/** What a group member drafts: a card or a proposal. */
export type GroupCollection = Exclude<Collection, 'section' | 'program'>;

export const COLLECTIONS: readonly Collection[] = ['section', 'program', 'issue', 'swotItem', 'gapAnalysis', 'proposal'];

/** Where a draft stands: waiting to be sent, held by a true conflict, or refused by a rule (shown, not resent until edited). */
export type DraftState =
  | { kind: 'pending' }
  | { kind: 'conflict'; revision: number; theirs: Draftable | null; keys: string[] }
  | { kind: 'refused'; message: string };

export interface Draft {
  collection: Collection;
  id: string;
  /** The revision the participant's copy of the item was at when they started this edit. */
  baseRevision: number;
  /** The item as it was at `baseRevision`: what tells the participant's own changes from stale copies; null: a new item, not on the server yet. */
  baseItem: Draftable | null;
  /** The item as the participant has it now (as it was, when `removal`). */
  item: Draftable;
  /** The participant removes the item: sent as its remove command. */
  removal?: boolean;
  state: DraftState;
  updatedAt: string;
}

export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

const PREFIX = 'masterplan.peserta.draf.';

export const draftKey = (workshopId: string, collection: Collection, id: string): string => `${PREFIX}${workshopId}.${collection}:${id}`;

const isDraft = (value: unknown): value is Draft => {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    COLLECTIONS.includes(d.collection as Collection) &&
    typeof d.id === 'string' &&
    typeof d.baseRevision === 'number' &&
    typeof d.baseItem === 'object' &&
    typeof d.item === 'object' &&
    d.item !== null &&
    typeof d.state === 'object' &&
    d.state !== null
  );
};

/** The drafts of one workshop kept in this browser (localStorage; in memory only where storage is refused). */
export class DraftStore {
  private readonly memory = new Map<string, Draft>();

  constructor(
    private readonly workshopId: string,
    private readonly storage: DraftStorage | null,
  ) {
    for (const draft of this.readAll()) this.memory.set(draftKey(workshopId, draft.collection, draft.id), draft);
  }

  all(): Draft[] {
    return [...this.memory.values()];
  }

  get(collection: Collection, id: string): Draft | undefined {
    return this.memory.get(draftKey(this.workshopId, collection, id));
  }

  put(draft: Draft): void {
    const key = draftKey(this.workshopId, draft.collection, draft.id);
    this.memory.set(key, draft);
    try {
      this.storage?.setItem(key, JSON.stringify(draft));
    } catch {
      // Storage full or refused: the draft stays in memory for this page.
    }
  }

  remove(collection: Collection, id: string): void {
    const key = draftKey(this.workshopId, collection, id);
    this.memory.delete(key);
    try {
      this.storage?.removeItem(key);
    } catch {
      // nothing stored
    }
  }

  private readAll(): Draft[] {
    if (!this.storage) return [];
    const prefix = `${PREFIX}${this.workshopId}.`;
    const found: Draft[] = [];
    try {
      for (let i = 0; i < this.storage.length; i += 1) {
        const key = this.storage.key(i);
        if (!key?.startsWith(prefix)) continue;
        const value: unknown = JSON.parse(this.storage.getItem(key) ?? 'null');
        if (isDraft(value)) found.push(value);
      }
    } catch {
      // Unreadable storage: start without drafts.
    }
    return found;
  }
}

export const browserStorage = (): DraftStorage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields the participant changed: where their item differs from the item their edit started from. */
export const changedFields = (base: object, mine: object): string[] => {
  const b = base as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(m)])].filter((field) => !same(b[field], m[field]));
};

/** `theirs` with the given fields taken from `mine`. */
export const overlay = <T extends object>(theirs: T, mine: T, fields: readonly string[]): T => {
  const out: Record<string, unknown> = { ...(theirs as Record<string, unknown>) };
  for (const field of fields) out[field] = (mine as Record<string, unknown>)[field];
  return out as T;
};

/**
 * The participant's edit moved onto a newer stored item: their changed fields over it. `conflict`
 * lists the fields both sides changed to different values (null item: it was removed).
 */
export const rebaseDraft = (draft: Pick<Draft, 'baseItem' | 'item'>, theirs: Draftable | null): { item: Draftable; conflict: string[] } | null => {
  if (!theirs) return null;
  const mine = changedFields(draft.baseItem ?? {}, draft.item);
  const theirsChanged = new Set(changedFields(draft.baseItem ?? {}, theirs));
  const conflict = mine.filter((field) => theirsChanged.has(field) && !same((theirs as unknown as Record<string, unknown>)[field], (draft.item as unknown as Record<string, unknown>)[field]));
  return { item: overlay(theirs, draft.item, mine), conflict };
};

export const sameItem = same;
