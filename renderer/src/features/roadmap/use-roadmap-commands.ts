import { useMemo } from 'react';
import type { PlanHorizon, Program, Roadmap } from '../../../../shared/model';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useSession } from '../../session/session-context';

/**
 * The commands of the roadmap worksheet. Each change is built on the session's current view at the
 * moment it is sent, so two quick edits in a row never overwrite each other with a stale copy.
 */
export const useRoadmapCommands = () => {
  const session = useSession();
  return useMemo(() => {
    const current = () => session.getSnapshot().workshop;
    return {
      setHorizon: (horizon: PlanHorizon): CommitOutcome => session.dispatch({ type: 'setPlanHorizon', horizon }),
      /** Names one of the three phases. */
      setPhaseLabel: (phase: keyof Roadmap['phaseLabels'], label: string): CommitOutcome => session.dispatch({ type: 'setRoadmapPhase', phase, label }),
      /** One dimension's note; an empty text removes it. */
      setNote: (dimensionId: string, text: string): CommitOutcome => session.dispatch({ type: 'setRoadmapNote', dimensionId, text }),
      /** Changes one program of the matrix, e.g. its years; the reducer checks the years against the plan. */
      updateProgram: (programId: string, change: (program: Program) => Program): CommitOutcome => {
        const program = current()?.programs.find((p) => p.id === programId);
        if (!program) return { ok: false, message: 'Program tidak ditemukan (mungkin sudah dihapus)' };
        const next = change(program);
        return session.dispatch({ type: 'upsertProgram', item: { ...next, years: [...new Set(next.years)].sort((a, b) => a - b) } });
      },
    };
  }, [session]);
};
