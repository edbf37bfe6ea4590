import { useMemo } from 'react';
import { decideQuickWin, type QuickWinDecision } from '../../../../shared/logic/quick-win-decision';
import type { QuickWinCandidate, QuickWinWeights, Workshop } from '../../../../shared/model';
import { newItemId } from '../../forms/new-item-id';
import type { DispatchResult } from '../../session/workshop-session';
import { useSession } from '../../session/session-context';

export type DecisionResult = { ok: true; flagProblem: string | null } | { ok: false; problem: 'reason-required' | 'unknown-candidate' | 'refused'; message?: string };

const NOT_LOADED = 'Lokakarya belum dimuat';
const notLoaded: DispatchResult = { ok: false, message: NOT_LOADED };

/**
 * The commands of the quick-win worksheet. Every change starts from the session's current view, so
 * quick successive edits (ticking gates, typing scores) never overwrite each other with a stale copy.
 */
export const useQuickWinCommands = () => {
  const session = useSession();
  return useMemo(() => {
    const current = (): Workshop | null => session.getSnapshot().workshop;
    const candidateOf = (w: Workshop, id: string) => w.quickWins.candidates.find((c) => c.id === id);

    /** Keeps the program matrix's quick-win flag in step with the room's decision. */
    const syncFlag = (programId: string, quickWin: boolean): string | null => {
      const program = current()?.programs.find((p) => p.id === programId);
      if (!program || program.quickWin === quickWin) return null;
      const outcome = session.dispatch({ type: 'upsertProgram', item: { ...program, quickWin } });
      return outcome.ok ? null : outcome.message;
    };

    return {
      addCandidate: (programId: string): DispatchResult =>
        session.dispatch({ type: 'upsertQuickWinCandidate', item: { id: newItemId('qw'), programId } }),

      removeCandidate: (candidateId: string): DispatchResult => {
        const w = current();
        const candidate = w ? candidateOf(w, candidateId) : undefined;
        if (!candidate) return { ok: false, message: 'Kandidat quick win tidak ditemukan (mungkin sudah dihapus)' };
        const outcome = session.dispatch({ type: 'removeQuickWinCandidate', id: candidateId });
        if (outcome.ok && candidate.decision === 'chosen') syncFlag(candidate.programId, false);
        return outcome;
      },

      updateCandidate: (candidateId: string, change: (candidate: QuickWinCandidate) => QuickWinCandidate): DispatchResult => {
        const w = current();
        if (!w) return notLoaded;
        const candidate = candidateOf(w, candidateId);
        if (!candidate) return { ok: false, message: 'Kandidat quick win tidak ditemukan (mungkin sudah dihapus)' };
        return session.dispatch({ type: 'upsertQuickWinCandidate', item: change(candidate) });
      },

      setWeights: (change: (weights: QuickWinWeights) => QuickWinWeights): DispatchResult => {
        const w = current();
        return w ? session.dispatch({ type: 'setQuickWinWeights', weights: change(w.quickWins.weights) }) : notLoaded;
      },

      setSelection: (change: (selection: Workshop['quickWins']['selection']) => Workshop['quickWins']['selection']): DispatchResult => {
        const w = current();
        return w ? session.dispatch({ type: 'setQuickWinSelection', selection: change(w.quickWins.selection) }) : notLoaded;
      },

      /**
       * The facilitator's final choice. Refused (nothing stored) when it differs from the suggestion
       * without a reason. Two commands when the program's flag changes too: the session has no batch,
       * so undo takes back the flag first and the decision with a second step.
       */
      decide: (candidateId: string, decision: QuickWinDecision, reason: string): DecisionResult => {
        const w = current();
        if (!w) return { ok: false, problem: 'refused', message: NOT_LOADED };
        const outcome = decideQuickWin(w, candidateId, decision, reason);
        if (!outcome.ok) return { ok: false, problem: outcome.problem };
        const stored = session.dispatch({ type: 'upsertQuickWinCandidate', item: outcome.candidate });
        if (!stored.ok) return { ok: false, problem: 'refused', message: stored.message };
        const flagChanges = candidateOf(w, candidateId)?.decision !== decision;
        return { ok: true, flagProblem: flagChanges ? syncFlag(outcome.candidate.programId, outcome.programQuickWin) : null };
      },
    };
  }, [session]);
};
