import { useCallback } from 'react';
import { useSessionSnapshot } from '../../session/session-context';
import type { Draft, Draftable, GroupCollection } from '../drafts/drafts';
import { useOutbox, useOutboxSnapshot } from '../drafts/outbox-context';

/*
 * A group's cards and proposals as its phone shows them: what the server sent, with this phone's own
 * writes laid over it — acknowledged ones until the live feed catches up, drafts (new, edited or
 * removed) until the server acknowledges them. The same outbox as an OPD's sections and programs.
 */

export interface ShownItem<T> {
  item: T;
  /** This phone's unsent (or refused, or conflicting) change of the item. */
  draft: Draft | undefined;
}

/** The items of one collection with this phone's writes laid over them, in the stored order, new ones last. */
export const useShownItems = <T extends Draftable>(collection: GroupCollection, stored: readonly T[]): ShownItem<T>[] => {
  const { drafts, acked } = useOutboxSnapshot();
  const { workshop } = useSessionSnapshot();
  const revision = workshop?.revision ?? 0;
  const shown = new Map<string, ShownItem<T>>(stored.map((item) => [item.id, { item, draft: undefined }]));
  for (const [key, ack] of acked) {
    if (!key.startsWith(`${collection}:`) || ack.revision <= revision) continue;
    const id = key.slice(collection.length + 1);
    if (ack.item === null) shown.delete(id);
    else shown.set(id, { item: ack.item as T, draft: undefined });
  }
  for (const draft of drafts) {
    if (draft.collection !== collection) continue;
    // A removal waiting to be sent hides the item; a refused one shows it again, with why.
    if (draft.removal && draft.state.kind === 'pending') shown.delete(draft.id);
    else shown.set(draft.id, { item: draft.item as T, draft });
  }
  return [...shown.values()];
};

export interface EditableCard<T> {
  /** The item as the phone shows it; undefined: not there (a new one not typed yet, or gone). */
  shown: T | undefined;
  draft: Draft | undefined;
  change(next: T): void;
  remove(): void;
}

/** One card or proposal as its group edits it (`stored`: as the server sent it, undefined for a new one). */
export const useEditableCard = <T extends Draftable>(collection: GroupCollection, id: string, stored: T | undefined): EditableCard<T> => {
  const outbox = useOutbox();
  const { drafts, acked } = useOutboxSnapshot();
  const { workshop } = useSessionSnapshot();
  const revision = workshop?.revision ?? 0;
  const draft = drafts.find((d) => d.collection === collection && d.id === id);
  const ack = acked.get(`${collection}:${id}`);
  const confirmed = ack && ack.revision > revision ? { item: (ack.item ?? undefined) as T | undefined, revision: ack.revision } : { item: stored, revision };
  const shown = draft && !(draft.removal && draft.state.kind === 'pending') ? (draft.item as T) : draft ? undefined : confirmed.item;
  const change = useCallback((next: T) => outbox.edit(collection, confirmed.item ?? null, confirmed.revision, next), [outbox, collection, confirmed.item, confirmed.revision]);
  const remove = useCallback(() => outbox.remove(collection, confirmed.item ?? null, confirmed.revision, id), [outbox, collection, confirmed.item, confirmed.revision, id]);
  return { shown, draft, change, remove };
};
