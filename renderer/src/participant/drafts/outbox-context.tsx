import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { NarrativeSection, Program } from '../../../../shared/model';
import { useSessionSnapshot } from '../../session/session-context';
import type { Collection, Draft } from './drafts';
import type { Outbox, OutboxSnapshot } from './outbox';

const OutboxContext = createContext<Outbox | null>(null);

export const OutboxProvider = ({ outbox, children }: { outbox: Outbox; children: ReactNode }) => <OutboxContext.Provider value={outbox}>{children}</OutboxContext.Provider>;

export const useOutbox = (): Outbox => {
  const outbox = useContext(OutboxContext);
  if (!outbox) throw new Error('useOutbox outside OutboxProvider');
  return outbox;
};

export const useOutboxSnapshot = (): OutboxSnapshot => {
  const outbox = useOutbox();
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
};

export interface EditableItem<T> {
  /** What the participant sees: their draft, else what the server acknowledged, else the stored item. */
  shown: T;
  draft: Draft | undefined;
  change(next: T): void;
}

/** One section or program as the participant edits it: drafts first, saved through the outbox. */
export const useEditableItem = <T extends NarrativeSection | Program>(collection: Collection, stored: T): EditableItem<T> => {
  const outbox = useOutbox();
  const { drafts, acked } = useOutboxSnapshot();
  const { workshop } = useSessionSnapshot();
  const revision = workshop?.revision ?? 0;
  const draft = drafts.find((d) => d.collection === collection && d.id === stored.id);
  const ack = acked.get(`${collection}:${stored.id}`);
  // Our own save is acknowledged but the live update has not reached this page yet: show what was saved.
  const confirmed = ack && ack.revision > revision && ack.item ? { item: ack.item as T, revision: ack.revision } : { item: stored, revision };
  const shown = (draft?.item as T | undefined) ?? confirmed.item;
  const change = useCallback((next: T) => outbox.edit(collection, confirmed.item, confirmed.revision, next), [outbox, collection, confirmed.item, confirmed.revision]);
  return { shown, draft, change };
};
