import { useCallback, useMemo } from 'react';
import { invertCommand, type Command } from '../../../../shared/commands';
import { EMPTY_INDICATOR, type Goal, type Mission, type Vision } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import { newItemId } from '../../forms/new-item-id';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';
import { notLoaded } from '../../session/workshop-command';

const gone = (what: string): CommitOutcome => ({ ok: false, message: `${what} tidak ditemukan (mungkin sudah dihapus)` });

/**
 * The commands of the vision worksheet. Every change starts from the workshop as the session holds it
 * at that moment, so two fields committed one after the other never overwrite each other.
 */
export const useVisionCommands = () => {
  const session = useSession();
  const toast = useToast();
  const t = useT();
  const current = useCallback(() => session.getSnapshot().workshop, [session]);

  const patchVision = useCallback(
    (fields: Partial<Vision>): CommitOutcome => {
      const w = current();
      if (!w) return notLoaded();
      return session.dispatch({ type: 'setVision', vision: { ...w.vision, ...fields } });
    },
    [session, current],
  );

  /** One keyword, sent on its own (the vision's text is not re-sent). */
  const addKeyword = useCallback((keyword: string): CommitOutcome => session.dispatch({ type: 'addVisionKeyword', keyword }), [session]);
  const removeKeyword = useCallback((keyword: string): CommitOutcome => session.dispatch({ type: 'removeVisionKeyword', keyword }), [session]);

  const addMission = useCallback((text: string): CommitOutcome => session.dispatch({ type: 'upsertMission', item: { id: newItemId('misi'), text, dimensionIds: [] } }), [session]);

  const patchMission = useCallback(
    (id: string, fields: Partial<Pick<Mission, 'text' | 'dimensionIds'>>): CommitOutcome => {
      const mission = current()?.missions.find((m) => m.id === id);
      return mission ? session.dispatch({ type: 'upsertMission', item: { ...mission, ...fields } }) : gone('Misi');
    },
    [session, current],
  );

  /** Deletes a mission; its goals stay, without a mission (one step). "Urungkan" puts both back as they were. */
  const removeMission = useCallback(
    (id: string): CommitOutcome => {
      const w = current();
      if (!w || !w.missions.some((m) => m.id === id)) return gone('Misi');
      const orphans = w.goals.filter((g) => g.missionId === id).length;
      const command: Command = orphans > 0 ? { type: 'removeMission', id, cascade: true } : { type: 'removeMission', id };
      const restore = invertCommand(w, command);
      const outcome = session.dispatch(command);
      if (!outcome.ok) return outcome;
      toast({
        tone: 'info',
        message: orphans > 0 ? t('vision.mission.removedWithGoals', { count: orphans }) : t('vision.mission.removed'),
        action: { label: t('common.undoAction'), run: () => void session.dispatch(restore) },
      });
      return outcome;
    },
    [session, current, toast, t],
  );

  const addGoal = useCallback(
    (text: string, missionId: string | null): CommitOutcome =>
      session.dispatch({ type: 'upsertGoal', item: { id: newItemId('tujuan'), text, missionId, indicator: EMPTY_INDICATOR } }),
    [session],
  );

  const patchGoal = useCallback(
    (id: string, fields: Partial<Omit<Goal, 'id'>>): CommitOutcome => {
      const goal = current()?.goals.find((g) => g.id === id);
      return goal ? session.dispatch({ type: 'upsertGoal', item: { ...goal, ...fields } }) : gone('Tujuan');
    },
    [session, current],
  );

  const removeGoal = useCallback(
    (id: string): CommitOutcome => {
      const goals = current()?.goals ?? [];
      const index = goals.findIndex((g) => g.id === id);
      const goal = goals[index];
      if (!goal) return gone('Tujuan');
      const outcome = session.dispatch({ type: 'removeGoal', id });
      if (outcome.ok) {
        toast({ tone: 'info', message: t('vision.goal.removed'), action: { label: t('common.undoAction'), run: () => void session.dispatch({ type: 'upsertGoal', item: goal, index }) } });
      }
      return outcome;
    },
    [session, current, toast, t],
  );

  return useMemo(
    () => ({ patchVision, addKeyword, removeKeyword, addMission, patchMission, removeMission, addGoal, patchGoal, removeGoal }),
    [patchVision, addKeyword, removeKeyword, addMission, patchMission, removeMission, addGoal, patchGoal, removeGoal],
  );
};
