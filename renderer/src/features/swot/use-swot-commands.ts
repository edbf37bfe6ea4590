import { useCallback, useMemo } from 'react';
import { swotFactorLabels, towsStrategyLabels } from '../../../../shared/logic/tows';
import { invertCommand, type Command } from '../../../../shared/commands';
import type { SwotQuadrant, TowsStrategy } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { newItemId } from '../../forms/new-item-id';
import { wordCodedError } from '../../i18n/error-wording';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';

export type StrategyDraft = Omit<TowsStrategy, 'id'> & { id?: string };

/** "Faktor SWOT tidak ditemukan (mungkin sudah dihapus)", in the UI's language. */
const notFound = (item: 'swotItem' | 'towsStrategy' = 'swotItem'): CommitOutcome => ({ ok: false, message: wordCodedError({ reason: 'item.notFound', params: { item }, message: '' }) });

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
      return factor ? session.dispatch({ type: 'upsertSwotItem', item: { ...factor, text } }) : notFound();
    },
    [session, current],
  );

  /**
   * Deletes a factor. One that TOWS strategies picked is only deleted with `cascade` (the user agreed in
   * the dialog): the strategies stay without it. "Urungkan" brings the factor and every link back.
   */
  const removeFactor = useCallback(
    (id: string, cascade = false): CommitOutcome => {
      const w = current();
      const factor = w?.swotItems.find((s) => s.id === id);
      if (!w || !factor) return notFound();
      const label = swotFactorLabels(w.swotItems, factor.dimensionId).get(id) ?? factor.quadrant;
      const command: Command = cascade ? { type: 'removeSwotItem', id, cascade: true } : { type: 'removeSwotItem', id };
      const restore = invertCommand(w, command);
      const outcome = session.dispatch(command);
      if (!outcome.ok) toast({ tone: 'error', message: outcome.message });
      else
        toast({
          message: t('swot.factor.removed', { label }),
          action: {
            label: t('common.undoAction'),
            run: () => {
              const back = session.dispatch(restore);
              if (!back.ok) toast({ tone: 'error', message: back.message });
            },
          },
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
      if (!strategy) return notFound('towsStrategy');
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
