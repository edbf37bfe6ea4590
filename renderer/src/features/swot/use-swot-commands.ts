import { useCallback, useMemo } from 'react';
import { swotFactorLabels, towsStrategyLabels } from '../../../../shared/logic/tows';
import type { SwotQuadrant, TowsStrategy } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';

export type StrategyDraft = Omit<TowsStrategy, 'id'> & { id?: string };

const NOT_FOUND = { ok: false, message: 'Data tidak ditemukan (mungkin sudah dihapus)' } as const;

/**
 * The commands of the SWOT/TOWS worksheet. Deletes come with an "Urungkan" that puts the item back
 * where it was; changes always start from what the session holds now, never from a stale render.
 */
export const useSwotCommands = () => {
  const session = useSession();
  const toast = useToast();
  const t = useT();
  const current = useCallback(() => session.getSnapshot().workshop, [session]);

  const addFactor = useCallback(
    (dimensionId: string, quadrant: SwotQuadrant, text: string): CommitOutcome & { id?: string } => {
      const id = newItemId('swot');
      const outcome = session.dispatch({ type: 'upsertSwotItem', item: { id, dimensionId, quadrant, text } });
      return outcome.ok ? { ...outcome, id } : outcome;
    },
    [session],
  );

  const patchFactor = useCallback(
    (id: string, text: string): CommitOutcome => {
      const factor = current()?.swotItems.find((s) => s.id === id);
      return factor ? session.dispatch({ type: 'upsertSwotItem', item: { ...factor, text } }) : NOT_FOUND;
    },
    [session, current],
  );

  const removeFactor = useCallback(
    (id: string): CommitOutcome => {
      const items = current()?.swotItems ?? [];
      const index = items.findIndex((s) => s.id === id);
      const factor = items[index];
      if (!factor) return NOT_FOUND;
      const label = swotFactorLabels(items, factor.dimensionId).get(id) ?? factor.quadrant;
      const outcome = session.dispatch({ type: 'removeSwotItem', id });
      if (!outcome.ok) toast({ tone: 'error', message: outcome.message });
      else
        toast({
          message: t('swot.factor.removed', { label }),
          action: { label: t('common.undoAction'), run: () => void session.dispatch({ type: 'upsertSwotItem', item: factor, index }) },
        });
      return outcome;
    },
    [session, current, toast, t],
  );

  const saveStrategy = useCallback(
    (draft: StrategyDraft): CommitOutcome => session.dispatch({ type: 'upsertTowsStrategy', item: { ...draft, id: draft.id ?? newItemId('tows') } }),
    [session],
  );

  const removeStrategy = useCallback(
    (id: string): CommitOutcome => {
      const strategies = current()?.towsStrategies ?? [];
      const index = strategies.findIndex((s) => s.id === id);
      const strategy = strategies[index];
      if (!strategy) return NOT_FOUND;
      const label = towsStrategyLabels(strategies, strategy.dimensionId).get(id) ?? strategy.kind;
      const outcome = session.dispatch({ type: 'removeTowsStrategy', id });
      if (!outcome.ok) toast({ tone: 'error', message: outcome.message });
      else
        toast({
          message: t('swot.tows.removed', { label }),
          action: { label: t('common.undoAction'), run: () => void session.dispatch({ type: 'upsertTowsStrategy', item: strategy, index }) },
        });
      return outcome;
    },
    [session, current, toast, t],
  );

  return useMemo(() => ({ addFactor, patchFactor, removeFactor, saveStrategy, removeStrategy }), [addFactor, patchFactor, removeFactor, saveStrategy, removeStrategy]);
};
