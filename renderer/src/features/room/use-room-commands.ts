import { useCallback, useMemo } from 'react';
import type { Command } from '../../../../shared/commands';
import type { FgdGroup, WorksheetKey } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { notLoaded } from '../../session/workshop-command';

export type CardKind = 'issue' | 'swotItem' | 'gapAnalysis';

/**
 * The facilitator's commands of the room: groups, hiding and merging cards, locks and "Selesai"
 * marks, and the proposals inbox. A command that changes what the room sees announces itself in a
 * toast with "Urungkan".
 */
export const useRoomCommands = () => {
  const session = useSession();
  const toast = useToast();
  const t = useT();

  /**
   * Sends a command; on success a toast with `message` whose "Urungkan" is the facilitator's undo
   * (the server's undo of their last change: an accepted proposal's inverse is no new command a
   * facilitator could send, since only a new proposal may be written).
   */
  const withUndo = useCallback(
    (command: Command, message: string): CommitOutcome => {
      const outcome = session.dispatch(command);
      if (!outcome.ok) {
        toast({ tone: 'error', message: outcome.message });
        return outcome;
      }
      toast({ tone: 'success', message, action: { label: t('common.undoAction'), run: () => session.undo() } });
      return outcome;
    },
    [session, toast, t],
  );

  const hideCard = useCallback(
    (card: CardKind, id: string, hidden: boolean): CommitOutcome =>
      withUndo({ type: 'hideCard', card, id, hidden }, t(hidden ? 'room.card.hiddenToast' : 'room.card.shownToast')),
    [withUndo, t],
  );

  const mergeCards = useCallback(
    (card: 'issue' | 'swotItem', keepId: string, mergeIds: string[]): CommitOutcome =>
      withUndo({ type: 'mergeCards', card, keepId, mergeIds }, t('room.merge.done', { count: mergeIds.length + 1 })),
    [withUndo, t],
  );

  const setLock = useCallback(
    (worksheet: WorksheetKey, locked: boolean): CommitOutcome => {
      const outcome = session.dispatch({ type: 'setWorksheetLock', worksheet, locked });
      if (!outcome.ok) toast({ tone: 'error', message: outcome.message });
      return outcome;
    },
    [session, toast],
  );

  const setDone = useCallback(
    (groupId: string, worksheet: WorksheetKey, done: boolean): CommitOutcome => {
      const outcome = session.dispatch({ type: 'setGroupDone', groupId, worksheet, done });
      if (!outcome.ok) toast({ tone: 'error', message: outcome.message });
      return outcome;
    },
    [session, toast],
  );

  const upsertGroup = useCallback((group: FgdGroup): CommitOutcome => session.dispatch({ type: 'upsertGroup', item: group }), [session]);

  const patchGroup = useCallback(
    (id: string, fields: Partial<Pick<FgdGroup, 'name' | 'dimensionId'>>): CommitOutcome => {
      const current = session.getSnapshot().workshop?.groups.find((g) => g.id === id);
      if (!current) return notLoaded();
      return session.dispatch({ type: 'upsertGroup', item: { ...current, ...fields } });
    },
    [session],
  );

  const removeGroup = useCallback(
    (group: FgdGroup, cascade: boolean): CommitOutcome =>
      withUndo(cascade ? { type: 'removeGroup', id: group.id, cascade: true } : { type: 'removeGroup', id: group.id }, t('room.groups.removed', { name: group.name })),
    [withUndo, t],
  );

  return useMemo(
    () => ({ withUndo, hideCard, mergeCards, setLock, setDone, upsertGroup, patchGroup, removeGroup }),
    [withUndo, hideCard, mergeCards, setLock, setDone, upsertGroup, patchGroup, removeGroup],
  );
};
