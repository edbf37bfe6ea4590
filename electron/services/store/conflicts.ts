import { AppError, COLLECTIONS, applyCommand, baseOf, commandDefOf, keysOverlap, splitKey, touchesOf, type AppErrorDetail, type Command, type TouchKey } from '../../../shared/commands';
import type { LogEntry } from '../../../shared/contract';
import type { Workshop } from '../../../shared/model';

/*
 * One conflict policy for every writer (the facilitator's windows, participants on the room's
 * network): a write based on revision R is refused only when something it touches changed after R,
 * per item and field; otherwise it applies. An upsert re-sends its whole item, so a stale copy of a
 * field someone else changed meanwhile is merged away (three-way, per field: base = the workshop at
 * R, rebuilt from the log's inverses), never written over their change.
 */

/** A write someone else made after the sender's base revision, with the keys it wrote (null: not known finely, read coarsely). */
export interface PastWrite {
  entry: LogEntry;
  keys: readonly TouchKey[] | null;
}

/** What a refused write is told: the keys in conflict, the stored item or part now, and what was sent. */
export interface ConflictCurrent {
  /** The revision to base the next attempt on. */
  revision: number;
  /** `item`: the write met a change of what it touches; `colleague`: (participants) another item of their OPD changed unseen. */
  cause: 'item' | 'colleague';
  /** The item or part the first conflicting key belongs to (`Program:abc`, `region`). */
  target: string | null;
  /** The touched keys both sides changed. */
  keys: TouchKey[];
  /** The item or part as stored now ("theirs"); null when it was removed. */
  item: unknown;
  /** The item or part as the refused write would have made it ("yours"); null when it removed it. */
  yours: unknown;
}

/** 409 for a write that changes what someone else changed after its base revision, with both versions. */
export class EditConflictError extends AppError {
  readonly current: ConflictCurrent;
  constructor(current: ConflictCurrent, code: 'conflict' | 'stale_revision' = 'conflict', detail?: AppErrorDetail) {
    super(code, detail ?? { reason: 'edit.conflict', params: { count: current.keys.length, where: current.keys.join(', ') }, field: 'baseRevision' });
    this.current = current;
  }
}

/** The log no longer reaches back to the base revision (a restart, a restore): refused as stale, plainly. */
export const tooOld = (base: number, revision: number): AppError =>
  new AppError('stale_revision', { reason: 'edit.tooOld', params: { base, revision }, field: 'baseRevision' });

/** The item or part a key's base names, as it is in `w` (null when there is no such item). */
export const valueAt = (w: Workshop, base: string): unknown => {
  const colon = base.indexOf(':');
  if (colon < 0) return (w as unknown as Record<string, unknown>)[base] ?? null;
  const name = base.slice(0, colon);
  const id = base.slice(colon + 1);
  const spec = (COLLECTIONS as Record<string, { get(w: Workshop): readonly { id: string }[] }>)[name];
  return spec?.get(w).find((x) => x.id === id) ?? null;
};

/** The keys a past write wrote: as recorded when it was committed, or read from the command alone (the whole item or part). */
const keysOf = (past: PastWrite): readonly TouchKey[] => {
  if (past.keys) return past.keys;
  const command = past.entry.command;
  if (command.type === 'restoreSnapshot') return ['*'];
  return touchesOf(null, command).map(baseOf);
};

const overlapsAny = (key: TouchKey, keys: readonly TouchKey[]): boolean => keys.some((k) => k === '*' || keysOverlap(key, k));

/** The workshop as it was at the sender's base revision: the current one with the later writes taken back, newest first. */
const workshopAt = (current: Workshop, later: readonly PastWrite[]): Workshop | null => {
  let w = current;
  try {
    for (const { entry } of [...later].reverse()) {
      if (entry.inverse.type === 'restoreSnapshot') return null;
      w = applyCommand(w, entry.inverse, entry.at);
    }
  } catch {
    return null;
  }
  return w;
};

const conflictOf = (current: Workshop, command: Command, keys: TouchKey[]): EditConflictError => {
  const target = keys[0] === undefined ? null : baseOf(keys[0]);
  let yours: unknown = null;
  if (target !== null) {
    try {
      yours = valueAt(applyCommand(current, command, current.updatedAt), target);
    } catch {
      yours = 'item' in command ? command.item : null;
    }
  }
  return new EditConflictError({ revision: current.revision, cause: 'item', target, keys, item: target === null ? null : valueAt(current, target), yours });
};

/**
 * An upsert's item rebuilt on the stored one: the fields the sender changed from its base take the
 * sender's value, the others keep what is stored now. Null when the command is not an upsert of an
 * item that exists both at the base and now.
 */
const mergedUpsert = (base: Workshop, current: Workshop, command: Command, mine: readonly TouchKey[]): Command | null => {
  const collection = commandDefOf(command.type)?.collection;
  if (!collection || collection.verb !== 'upsert' || !('item' in command)) return null;
  const sent = command.item as unknown as Record<string, unknown> & { id: string };
  const target = `${collection.name}:${sent.id}`;
  const before = valueAt(base, target);
  const now = valueAt(current, target);
  if (before === null || now === null) return null;
  const merged: Record<string, unknown> = { ...(now as Record<string, unknown>) };
  for (const key of mine) {
    const { base: b, field } = splitKey(key);
    if (b !== target || field === null) return null;
    merged[field] = sent[field];
  }
  return { ...command, item: merged } as unknown as Command;
};

/**
 * The command to apply for a write based on `baseRevision`, given the writes after it (oldest first):
 * the command itself when it meets nothing changed since, the command merged onto the stored item when
 * it only re-sends stale copies of fields it did not change, or an EditConflictError when it changes
 * what someone else changed. `tooOld` when the writes after the base are not all known.
 */
export const settleWrite = (current: Workshop, baseRevision: number, later: readonly PastWrite[], command: Command): Command => {
  if (baseRevision === current.revision) return command;
  const count = current.revision - baseRevision;
  if (count < 0 || later.length !== count || later[0]?.entry.revision !== baseRevision + 1) throw tooOld(baseRevision, current.revision);
  const theirs = later.flatMap(keysOf);
  if (theirs.includes('*')) throw tooOld(baseRevision, current.revision);
  const now = touchesOf(current, command);
  if (!now.some((k) => overlapsAny(k, theirs))) return command;
  // Something it would write was changed by someone else: what did the sender itself change?
  const base = workshopAt(current, later);
  if (!base) throw tooOld(baseRevision, current.revision);
  let mine: TouchKey[];
  try {
    mine = touchesOf(base, command);
  } catch {
    mine = now;
  }
  const both = mine.filter((k) => overlapsAny(k, theirs) && now.some((n) => keysOverlap(n, k)));
  if (both.length > 0) throw conflictOf(current, command, both);
  const merged = mergedUpsert(base, current, command, mine);
  // A write that is not an item's upsert cannot be merged: refused rather than writing a stale copy over their change.
  if (!merged) throw conflictOf(current, command, now.filter((k) => overlapsAny(k, theirs)));
  return merged;
};
