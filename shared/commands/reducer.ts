import type { Workshop } from '../model';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from './collections';
import type { Command } from './command';
import { applyEffect, checkNewEffect, commandDefOf } from './defs';

/** The collection a command upserts into or removes from, from its definition (never from its name's spelling). */
export const collectionOf = (type: string): { verb: 'upsert' | 'remove'; spec: CollectionSpec<{ id: string }>; name: CollectionName } | null => {
  const collection = commandDefOf(type)?.collection;
  if (!collection || !(collection.name in COLLECTIONS)) return null;
  const name = collection.name as CollectionName;
  return { verb: collection.verb, spec: COLLECTIONS[name] as unknown as CollectionSpec<{ id: string }>, name };
};

/**
 * The one reducer: applies a validated command to a workshop and returns the new workshop with its
 * revision bumped once (a batch too). Pure; throws AppError when the command breaks a workshop rule.
 * Each command's effect is its definition's `apply` (shared/commands/defs).
 */
export const applyCommand = (w: Workshop, c: Command, at: string): Workshop => {
  const next = applyEffect(w, c);
  return { ...next, revision: w.revision + 1, updatedAt: at };
};

/**
 * Rules a new command must pass that older log lines may not: a rule added later must not make a
 * workshop refuse to open, so replaying the log (and undo/redo, which restore what was there) use
 * `applyCommand` alone, and only the store's "do" path and the optimistic view call this. Each
 * definition's `checkNew`: the quick-win reason rule (reference §6.3), and a removal refused while
 * other items still point at what it removes (unless it cascades).
 */
export const checkNewCommand = (before: Workshop, after: Workshop, c: Command): void => checkNewEffect(before, after, c);

/** A command from a user now: the reducer plus the rules for new commands (see checkNewCommand). */
export const applyNewCommand = (w: Workshop, c: Command, at: string): Workshop => {
  const next = applyCommand(w, c, at);
  checkNewCommand(w, next, c);
  return next;
};
