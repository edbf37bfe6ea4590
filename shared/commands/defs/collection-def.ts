import { z } from 'zod';
import { IdSchema, type Workshop } from '../../model';
import { AppError } from '../command-error';
import { usesParam, type NounKey, type Problem as Found } from '../../i18n/errors';
import { FACILITATOR_ONLY, changedFields, defineCommand, itemKey, type Access, type CommandDef, type TouchKey } from './def';

type Problem = Found | null;

/** A list inside a workshop that commands can upsert into and remove from. */
export interface CollectionSpec<T extends { id: string }> {
  /** The catalogue's noun for messages (shared/i18n/errors NOUNS_*), e.g. 'program'. */
  readonly label: NounKey;
  readonly item: z.ZodType<T>;
  get(w: Workshop): readonly T[];
  set(w: Workshop, items: T[]): Workshop;
  /** Rules that need the whole workshop (unique codes, references); returns a message or null. */
  check?(w: Workshop, item: T): Problem;
  /** Rules for removing an item that others may still point at; returns a message or null. */
  checkRemove?(w: Workshop, id: string): Problem;
}

type AnyItem = { id: string };
type AnySpec = CollectionSpec<AnyItem>;

/** A collection at the top of the workshop (`programs`, `opds` …). */
export const topCollection = <K extends keyof Workshop, T extends AnyItem>(
  key: K,
  label: NounKey,
  item: z.ZodType<T>,
  check?: CollectionSpec<T>['check'],
  checkRemove?: CollectionSpec<T>['checkRemove'],
): CollectionSpec<T> => ({
  label,
  item,
  get: (w) => w[key] as unknown as readonly T[],
  set: (w, items) => ({ ...w, [key]: items }),
  ...(check ? { check } : {}),
  ...(checkRemove ? { checkRemove } : {}),
});

/**
 * Items of another collection that point at an item of this one. Removing the item is refused
 * while any do (AppError 'conflict', naming them by count), unless the command says `cascade`:
 * then each is removed, or unlinked when `unlink` says how (a goal keeps living without its mission).
 */
export interface Reference {
  /** The collection's name in its command types (`QuickWinCandidate`). */
  readonly collection: string;
  readonly spec: AnySpec;
  /** The catalogue's noun for the count in a refusal ('quickWinCandidate'). */
  readonly noun: NounKey;
  pointsAt(item: AnyItem, id: string): boolean;
  /** The item without its link; leave out to remove the item on cascade. */
  unlink?(item: AnyItem, id: string): AnyItem;
  /**
   * A link that never holds the removal up (a program's link to a mission, a SWOT factor or a TOWS
   * strategy it answers): every removal unlinks it, and the inverse puts it back.
   */
  soft?: boolean;
}

/** Makes a reference from a typed spec. */
export const reference = <T extends AnyItem>(
  collection: string,
  spec: CollectionSpec<T>,
  noun: NounKey,
  pointsAt: (item: T, id: string) => boolean,
  unlink?: (item: T, id: string) => T,
  soft = false,
): Reference => ({
  collection,
  spec: spec as unknown as AnySpec,
  noun,
  pointsAt: pointsAt as unknown as (item: AnyItem, id: string) => boolean,
  ...(unlink ? { unlink: unlink as unknown as (item: AnyItem, id: string) => AnyItem } : {}),
  ...(soft ? { soft } : {}),
});

/** A soft reference (see Reference.soft): always unlinked on removal, never a reason to refuse it. */
export const softReference = <T extends AnyItem>(collection: string, spec: CollectionSpec<T>, noun: NounKey, pointsAt: (item: T, id: string) => boolean, unlink: (item: T, id: string) => T): Reference =>
  reference(collection, spec, noun, pointsAt, unlink, true);

export interface CollectionOptions<T extends AnyItem> {
  /** Who may send the upsert besides the facilitator. */
  upsertAccess?: Access<{ type: string; item: T; index?: number | undefined }>;
  /** Who may send the removal besides the facilitator. */
  removeAccess?: Access<{ type: string; id: string; cascade?: boolean | undefined }>;
  /** Items elsewhere that point at this collection's items (see Reference). */
  references?: readonly Reference[];
  /** Rules for a new upsert only (not re-judged on replay, undo or redo). */
  checkNewUpsert?(before: Workshop, after: Workshop, item: T): void;
}

const IndexSchema = z.number().int().nonnegative().optional();

const withoutDuplicates = (keys: TouchKey[]): TouchKey[] => [...new Set(keys)];

/** The references a removal takes along: every soft one, and the others with `cascade`. */
const reached = (references: readonly Reference[], cascade: boolean | undefined): readonly Reference[] => (cascade ? references : references.filter((r) => r.soft));

/** What points at `id` now, per reference. */
export const pointersTo = (w: Workshop, references: readonly Reference[], id: string): { ref: Reference; items: AnyItem[] }[] =>
  references.map((ref) => ({ ref, items: ref.spec.get(w).filter((x) => ref.pointsAt(x, id)) })).filter((p) => p.items.length > 0);

/** The `{uses}` param of a refusal: "3 kandidat quick win dan 1 pemetaan RPJMD" once worded. */
export const countWords = (pointers: { ref: Reference; items: AnyItem[] }[]): string =>
  usesParam(pointers.map((p) => ({ kind: p.ref.noun, count: p.items.length })));

/**
 * The upsert and remove commands of one collection (`upsertProgram`, `removeProgram`): the generic
 * part of every collection family. The family file gives the spec (label, checks) and the specifics.
 */
export const collectionCommands = <N extends string, T extends AnyItem>(name: N, spec: CollectionSpec<T>, options: CollectionOptions<T> = {}) => {
  const references = options.references ?? [];
  const upsertType = `upsert${name}` as `upsert${N}`;
  const removeType = `remove${name}` as `remove${N}`;
  const upsertSchema = z.object({ type: z.literal(upsertType), item: spec.item, index: IndexSchema });
  const removeSchema = z.object({
    type: z.literal(removeType),
    id: IdSchema,
    /** Remove (or unlink) what points at the item too, with the user's consent. Only where the collection has references. */
    cascade: z.boolean().optional(),
  });
  const upsertAgain = (item: AnyItem, index: number) => ({ type: `upsert${name}`, item, index });

  const upsert = defineCommand({
    type: upsertType,
    schema: upsertSchema,
    collection: { name, verb: 'upsert' },
    apply(w, c) {
      const problem = spec.check?.(w, c.item);
      if (problem) throw new AppError('invalid_input', { ...problem, field: `item.${problem.field}` });
      const items = [...spec.get(w)];
      const at = items.findIndex((x) => x.id === c.item.id);
      if (at >= 0) items[at] = c.item;
      else items.splice(Math.min(c.index ?? items.length, items.length), 0, c.item);
      return spec.set(w, items);
    },
    ...(options.checkNewUpsert ? { checkNew: (before: Workshop, after: Workshop, c: { item: T }) => options.checkNewUpsert?.(before, after, c.item) } : {}),
    invert(before, c) {
      const items = spec.get(before);
      const index = items.findIndex((x) => x.id === c.item.id);
      const previous = items[index];
      return previous ? upsertAgain(previous, index) : { type: removeType, id: c.item.id };
    },
    touches(before, c) {
      const previous = before ? spec.get(before).find((x) => x.id === c.item.id) : undefined;
      if (!previous) return [itemKey(name, c.item.id)];
      return changedFields(previous, c.item, (field) => itemKey(name, c.item.id, field));
    },
    access: options.upsertAccess ?? FACILITATOR_ONLY,
  });

  const remove = defineCommand({
    type: removeType,
    schema: removeSchema,
    collection: { name, verb: 'remove' },
    apply(w, c) {
      const items = spec.get(w);
      if (!items.some((x) => x.id === c.id)) throw new AppError('not_found', { reason: 'item.notFound', params: { item: spec.label }, field: 'id' });
      const problem = spec.checkRemove?.(w, c.id);
      if (problem) throw new AppError('invalid_input', problem);
      let next = spec.set(w, items.filter((x) => x.id !== c.id));
      for (const { ref } of pointersTo(w, reached(references, c.cascade), c.id)) {
        const unlink = ref.unlink;
        const others = ref.spec.get(next);
        next = ref.spec.set(next, unlink ? others.map((x) => (ref.pointsAt(x, c.id) ? unlink(x, c.id) : x)) : others.filter((x) => !ref.pointsAt(x, c.id)));
      }
      return next;
    },
    checkNew(before, _after, c) {
      if (c.cascade) return;
      const pointers = pointersTo(before, references.filter((r) => !r.soft), c.id);
      if (pointers.length > 0) {
        throw new AppError('conflict', { reason: 'item.stillReferenced', params: { item: spec.label, uses: countWords(pointers) }, field: 'id' });
      }
    },
    invert(before, c) {
      const items = spec.get(before);
      const index = items.findIndex((x) => x.id === c.id);
      const previous = items[index];
      if (!previous) throw new AppError('not_found', { reason: 'item.notFound', params: { item: spec.label }, field: 'id' });
      const back = upsertAgain(previous, index);
      const restores = pointersTo(before, reached(references, c.cascade), c.id).flatMap(({ ref }) => {
        const all = ref.spec.get(before);
        return all.flatMap((x, i) => (ref.pointsAt(x, c.id) ? [{ type: `upsert${ref.collection}`, item: x, index: i }] : []));
      });
      return restores.length === 0 ? back : { type: 'batch', commands: [back, ...restores] };
    },
    touches(before, c) {
      const keys = [itemKey(name, c.id)];
      if (before) {
        for (const { ref, items } of pointersTo(before, reached(references, c.cascade), c.id)) {
          // An unlinked item changes in the field that pointed here; a removed one goes as a whole.
          for (const x of items) keys.push(...(ref.unlink ? changedFields(x, ref.unlink(x, c.id), (f) => itemKey(ref.collection, x.id, f)) : [itemKey(ref.collection, x.id)]));
        }
      } else {
        // Read on its own, a removal names the collections it may reach.
        for (const ref of reached(references, c.cascade)) keys.push(`${ref.collection}:*`);
      }
      return withoutDuplicates(keys);
    },
    access: options.removeAccess ?? FACILITATOR_ONLY,
  });

  return { [upsertType]: upsert, [removeType]: remove } as { [K in `upsert${N}`]: typeof upsert } & { [K in `remove${N}`]: typeof remove };
};

export type CollectionDefs = Record<string, CommandDef<z.ZodType<{ type: string }>>>;
