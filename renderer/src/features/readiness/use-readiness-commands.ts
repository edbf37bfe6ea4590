import { useCallback } from 'react';
import { readinessItemIndex } from '../../../../shared/logic/readiness-items';
import type { ReadinessItem } from '../../../../shared/model';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useSession } from '../../session/session-context';

export type ReadinessPatch = Partial<Omit<ReadinessItem, 'id' | 'pillar' | 'templateId'>>;
export type RemovedItem = { ok: true; item: ReadinessItem; index: number } | { ok: false; message: string };

/**
 * The commands of the readiness worksheet. Changes are merged into the item as the session holds
 * it right now, not as it was at the last render, so two quick edits of one item never undo each other.
 */
export const useReadinessCommands = () => {
  const session = useSession();

  const current = useCallback((id: string): ReadinessItem | undefined => session.getSnapshot().workshop?.readinessItems.find((i) => i.id === id), [session]);

  const addItem = useCallback((item: ReadinessItem): CommitOutcome => session.dispatch({ type: 'upsertReadinessItem', item }), [session]);

  const updateItem = useCallback(
    (id: string, patch: ReadinessPatch): CommitOutcome => {
      const item = current(id);
      if (!item) return { ok: false, message: 'Item kesiapan tidak ditemukan (mungkin sudah dihapus)' };
      return session.dispatch({ type: 'upsertReadinessItem', item: { ...item, ...patch } });
    },
    [session, current],
  );

  const removeItem = useCallback(
    (id: string): RemovedItem => {
      const items = session.getSnapshot().workshop?.readinessItems ?? [];
      const index = readinessItemIndex(items, id);
      const item = items[index];
      if (!item) return { ok: false, message: 'Item kesiapan tidak ditemukan (mungkin sudah dihapus)' };
      const outcome = session.dispatch({ type: 'removeReadinessItem', id });
      return outcome.ok ? { ok: true, item, index } : outcome;
    },
    [session],
  );

  /** Puts a deleted item back where it was; does nothing when an undo already brought it back. */
  const restoreItem = useCallback(
    (item: ReadinessItem, index: number): CommitOutcome => (current(item.id) ? { ok: true } : session.dispatch({ type: 'upsertReadinessItem', item, index })),
    [session, current],
  );

  return { addItem, updateItem, removeItem, restoreItem };
};
