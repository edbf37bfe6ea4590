import type { QuickWinCandidate, Workshop } from '../model';
import { suggestQuickWins } from './quick-win-score';

type Board = Pick<Workshop, 'programs' | 'quickWins' | 'dimensionSet'>;
export type QuickWinDecision = QuickWinCandidate['decision'];

/**
 * Whether the app suggests this candidate, judged as if the room had not decided on it yet: the
 * suggestion leaves rejected candidates out, so a candidate must not drop out of it just because it
 * was rejected. The other candidates keep their decisions (a rejected leader makes room for the next).
 */
export const isSuggested = (w: Board, candidateId: string): boolean => {
  const undecided: Board = {
    ...w,
    quickWins: { ...w.quickWins, candidates: w.quickWins.candidates.map((c) => (c.id === candidateId ? { ...c, decision: 'pending' as const } : c)) },
  };
  return suggestQuickWins(undecided).suggested.some((r) => r.candidate.id === candidateId);
};

/** Choosing a candidate the app does not suggest, or rejecting one it does, differs from the suggestion. */
export const differsFromSuggestion = (decision: QuickWinDecision, suggested: boolean): boolean =>
  (decision === 'chosen' && !suggested) || (decision === 'rejected' && suggested);

export type DecisionOutcome =
  | { ok: true; candidate: QuickWinCandidate; programQuickWin: boolean }
  | { ok: false; problem: 'reason-required' | 'unknown-candidate' };

/**
 * The facilitator's final choice (reference §6.3: "allow a facilitator override with a recorded
 * reason"). A decision that differs from the suggestion is only taken with a reason; without one
 * nothing changes. Returns the candidate to store and the program's quick-win flag to match.
 */
export const decideQuickWin = (w: Board, candidateId: string, decision: QuickWinDecision, reason: string): DecisionOutcome => {
  const candidate = w.quickWins.candidates.find((c) => c.id === candidateId);
  if (!candidate) return { ok: false, problem: 'unknown-candidate' };
  const overrideReason = reason.trim();
  if (differsFromSuggestion(decision, isSuggested(w, candidateId)) && overrideReason === '') return { ok: false, problem: 'reason-required' };
  return { ok: true, candidate: { ...candidate, decision, overrideReason }, programQuickWin: decision === 'chosen' };
};

/** Decisions that differ from the suggestion as it stands now (scores may have moved since) and carry no reason. */
export const unexplainedDecisions = (w: Board): QuickWinCandidate[] =>
  w.quickWins.candidates.filter((c) => c.overrideReason.trim() === '' && differsFromSuggestion(c.decision, isSuggested(w, c.id)));
