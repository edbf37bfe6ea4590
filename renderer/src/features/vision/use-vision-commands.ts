import { useCallback, useMemo } from 'react';
import type { Goal, Mission, Vision } from '../../../../shared/model';
import { useToast } from '../../components/Toasts';
import { newItemId } from '../../forms/new-item-id';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useSession } from '../../session/session-context';

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
      if (!w) return { ok: false, message: 'Lokakarya belum dimuat' };
      return session.dispatch({ type: 'setVision', vision: { ...w.vision, ...fields } });
    },
    [session, current],
  );

  const addMission = useCallback((text: string): CommitOutcome => session.dispatch({ type: 'upsertMission', item: { id: newItemId('misi'), text, dimensionIds: [] } }), [session]);

  const patchMission = useCallback(
    (id: string, fields: Partial<Pick<Mission, 'text' | 'dimensionIds'>>): CommitOutcome => {
      const mission = current()?.missions.find((m) => m.id === id);
      return mission ? session.dispatch({ type: 'upsertMission', item: { ...mission, ...fields } }) : gone('Misi');
    },
    [session, current],
  );

  /** Deletes a mission; its goals stay, without a mission. "Urungkan" puts both back as they were. */
  const removeMission = useCallback(
    (id: string): CommitOutcome => {
      const w = current();
      const index = w?.missions.findIndex((m) => m.id === id) ?? -1;
      const mission = w?.missions[index];
      if (!w || !mission) return gone('Misi');
      const orphans = w.goals.filter((g) => g.missionId === id);
      const outcome = session.dispatch({ type: 'removeMission', id });
      if (!outcome.ok) return outcome;
      for (const goal of orphans) session.dispatch({ type: 'upsertGoal', item: { ...goal, missionId: null } });
      toast({
        tone: 'info',
        message: orphans.length > 0 ? t('vision.mission.removedWithGoals', { count: orphans.length }) : t('vision.mission.removed'),
        action: {
          label: t('common.undoAction'),
          run: () => {
            session.dispatch({ type: 'upsertMission', item: mission, index });
            for (const goal of orphans) {
              const now = session.getSnapshot().workshop?.goals.find((g) => g.id === goal.id);
              if (now) session.dispatch({ type: 'upsertGoal', item: { ...now, missionId: id } });
            }
          },
        },
      });
      return outcome;
    },
    [session, current, toast, t],
  );

  const addGoal = useCallback(
    (text: string, missionId: string | null): CommitOutcome =>
      session.dispatch({ type: 'upsertGoal', item: { id: newItemId('tujuan'), text, missionId, indicator: '', unit: '', baseline: '', target: '' } }),
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
    () => ({ patchVision, addMission, patchMission, removeMission, addGoal, patchGoal, removeGoal }),
    [patchVision, addMission, patchMission, removeMission, addGoal, patchGoal, removeGoal],
  );
};
