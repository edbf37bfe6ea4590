import { useMemo } from 'react';
import { decideQuickWin, type QuickWinDecision } from '../../../../shared/logic/quick-win-decision';
import type { QuickWinCandidate, QuickWinWeights, Workshop } from '../../../../shared/model';
import { newItemId } from '../../forms/new-item-id';
import type { DispatchResult } from '../../session/workshop-session';
import { useSession } from '../../session/session-context';
import { notLoaded } from '../../session/workshop-command';

export type DecisionResult = { ok: true; flagProblem: string | null } | { ok: false; problem: 'reason-required' | 'unknown-candidate' | 'refused'; message?: string };


/**
 * The commands of the quick-win worksheet. Every change starts from the session's current view, so
 * quick successive edits (ticking gates, typing scores) never overwrite each other with a stale copy.
 */
export const useQuickWinCommands = () => {
  const session = useSession();
  return useMemo(() => {
    const current = (): Workshop | null => session.getSnapshot().workshop;
    const candidateOf = (w: Workshop, id: string) => w.quickWins.candidates.find((c) => c.id === id);

    return {
      addCandidate: (programId: string): DispatchResult =>
        session.dispatch({ type: 'upsertQuickWinCandidate', item: { id: newItemId('qw'), programId } }),

      removeCandidate: (candidateId: string): DispatchResult => {
        const w = current();
        const candidate = w ? candidateOf(w, candidateId) : undefined;
        if (!candidate) return { ok: false, message: 'Kandidat quick win tidak ditemukan (mungkin sudah dihapus)' };
        const remove = { type: 'removeQuickWinCandidate', id: candidateId } as const;
        // A chosen candidate takes the program's quick-win flag with it, in the same step.
        const program = w?.programs.find((p) => p.id === candidate.programId);
        if (candidate.decision !== 'chosen' || !program?.quickWin) return session.dispatch(remove);
        return session.dispatch({ type: 'batch', commands: [remove, { type: 'upsertProgram', item: { ...program, quickWin: false } }] });
      },

      updateCandidate: (candidateId: string, change: (candidate: QuickWinCandidate) => QuickWinCandidate): DispatchResult => {
        const w = current();
        if (!w) return notLoaded();
        const candidate = candidateOf(w, candidateId);
        if (!candidate) return { ok: false, message: 'Kandidat quick win tidak ditemukan (mungkin sudah dihapus)' };
        return session.dispatch({ type: 'upsertQuickWinCandidate', item: change(candidate) });
      },

      setWeights: (change: (weights: QuickWinWeights) => QuickWinWeights): DispatchResult => {
        const w = current();
        return w ? session.dispatch({ type: 'setQuickWinWeights', weights: change(w.quickWins.weights) }) : notLoaded();
      },

      setSelection: (change: (selection: Workshop['quickWins']['selection']) => Workshop['quickWins']['selection']): DispatchResult => {
        const w = current();
        return w ? session.dispatch({ type: 'setQuickWinSelection', selection: change(w.quickWins.selection) }) : notLoaded();
      },

      /**
       * The facilitator's final choice, one command (`decideQuickWin`) that also keeps the program
       * matrix's quick-win flag in step: one log line, one undo step. Refused (nothing stored) when it
       * differs from the suggestion without a reason.
       */
      decide: (candidateId: string, decision: QuickWinDecision, reason: string): DecisionResult => {
        const w = current();
        if (!w) return { ok: false, problem: 'refused', message: notLoaded().message };
        const outcome = decideQuickWin(w, candidateId, decision, reason);
        if (!outcome.ok) return { ok: false, problem: outcome.problem };
        const stored = session.dispatch({ type: 'decideQuickWin', candidateId, decision, reason });
        if (!stored.ok) return { ok: false, problem: 'refused', message: stored.message };
        return { ok: true, flagProblem: null };
      },
    };
  }, [session]);
};
