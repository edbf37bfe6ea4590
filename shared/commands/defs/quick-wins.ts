import { z } from 'zod';
import { IdSchema, QuickWinCandidateSchema, QuickWinSelectionSchema, QuickWinWeightsSchema, multilineText, type QuickWinCandidate, type Workshop } from '../../model';
import { differsFromSuggestion, isSuggested } from '../../logic/quick-win-decision';
import { AppError } from '../command-error';
import { checkQuickWinCandidate } from '../integrity';
import { collectionCommands, type CollectionSpec } from './collection-def';
import { FACILITATOR_ONLY, changedFields, defineCommand, itemKey, partKey } from './def';

/*
 * The quick-win board (Tahap III): weights, selection, candidates, and the room's decision.
 */

export const QuickWinCandidateCollection: CollectionSpec<QuickWinCandidate> = {
  label: 'quickWinCandidate',
  item: QuickWinCandidateSchema,
  get: (w) => w.quickWins.candidates,
  set: (w, candidates) => ({ ...w, quickWins: { ...w.quickWins, candidates } }),
  check: checkQuickWinCandidate,
};

/**
 * The quick-win rule (reference §6.3): a decision that differs from the app's suggestion is taken only
 * with a reason. Judged when the command changes the decision or clears the reason, so a decision made
 * when the scores were different is not refused for edits that leave it alone. A rule for new commands
 * only: replaying the log, undo and redo restore what was there.
 */
const checkDecisionReason = (before: Workshop, after: Workshop, next: QuickWinCandidate): void => {
  if (next.decision === 'pending' || next.overrideReason.trim() !== '') return;
  const previous = before.quickWins.candidates.find((x) => x.id === next.id);
  const decisionChanged = previous?.decision !== next.decision;
  const reasonCleared = previous !== undefined && previous.overrideReason.trim() !== '';
  if (!decisionChanged && !reasonCleared) return;
  if (differsFromSuggestion(next.decision, isSuggested(after, next.id))) {
    throw new AppError('invalid_input', { reason: next.decision === 'chosen' ? 'quickWin.reasonToChoose' : 'quickWin.reasonToReject', field: 'item.overrideReason' });
  }
};

const DecisionSchema = QuickWinCandidateSchema.shape.decision.removeDefault();

const candidateAt = (w: Workshop, id: string): { candidate: QuickWinCandidate; index: number } => {
  const index = w.quickWins.candidates.findIndex((c) => c.id === id);
  const candidate = w.quickWins.candidates[index];
  if (!candidate) throw new AppError('not_found', { reason: 'item.notFound', params: { item: 'quickWinCandidate' }, field: 'candidateId' });
  return { candidate, index };
};

/** The candidate and program as a decision leaves them: the program's quick-win flag follows a changed decision. */
const decided = (w: Workshop, c: { candidateId: string; decision: QuickWinCandidate['decision']; reason: string }) => {
  const { candidate, index } = candidateAt(w, c.candidateId);
  const next: QuickWinCandidate = { ...candidate, decision: c.decision, overrideReason: c.reason.trim() };
  const programIndex = w.programs.findIndex((p) => p.id === candidate.programId);
  const program = w.programs[programIndex];
  const flag = c.decision === 'chosen';
  const flagChanges = program !== undefined && candidate.decision !== c.decision && program.quickWin !== flag;
  return { candidate, index, next, program, programIndex, nextProgram: flagChanges && program ? { ...program, quickWin: flag } : null };
};

export const quickWinDefs = {
  setQuickWinWeights: defineCommand({
    type: 'setQuickWinWeights',
    schema: z.object({ type: z.literal('setQuickWinWeights'), weights: QuickWinWeightsSchema }),
    apply: (w, c) => ({ ...w, quickWins: { ...w.quickWins, weights: c.weights } }),
    invert: (before) => ({ type: 'setQuickWinWeights', weights: before.quickWins.weights }),
    touches: (before, c) => (before ? changedFields(before.quickWins.weights, c.weights, (f) => partKey('quickWins', `weights.${f}`)) : [partKey('quickWins', 'weights')]),
    access: FACILITATOR_ONLY,
  }),
  setQuickWinSelection: defineCommand({
    type: 'setQuickWinSelection',
    schema: z.object({ type: z.literal('setQuickWinSelection'), selection: QuickWinSelectionSchema }),
    apply: (w, c) => ({ ...w, quickWins: { ...w.quickWins, selection: c.selection } }),
    invert: (before) => ({ type: 'setQuickWinSelection', selection: before.quickWins.selection }),
    touches: (before, c) => (before ? changedFields(before.quickWins.selection, c.selection, (f) => partKey('quickWins', `selection.${f}`)) : [partKey('quickWins', 'selection')]),
    access: FACILITATOR_ONLY,
  }),
  ...collectionCommands('QuickWinCandidate', QuickWinCandidateCollection, { checkNewUpsert: checkDecisionReason }),
  /**
   * The facilitator's final choice as one step: the candidate's decision and reason, and the
   * program matrix's quick-win flag kept in step when the decision changes.
   */
  decideQuickWin: defineCommand({
    type: 'decideQuickWin',
    schema: z.object({ type: z.literal('decideQuickWin'), candidateId: IdSchema, decision: DecisionSchema, reason: multilineText(2000).default('') }),
    apply(w, c) {
      const { index, next, programIndex, nextProgram } = decided(w, c);
      const candidates = [...w.quickWins.candidates];
      candidates[index] = next;
      const programs = nextProgram ? w.programs.map((p, i) => (i === programIndex ? nextProgram : p)) : w.programs;
      return { ...w, programs, quickWins: { ...w.quickWins, candidates } };
    },
    checkNew: (before, after, c) => checkDecisionReason(before, after, candidateAt(after, c.candidateId).candidate),
    invert(before, c) {
      const { candidate, index, program, programIndex, nextProgram } = decided(before, c);
      const back = { type: 'upsertQuickWinCandidate', item: candidate, index };
      return nextProgram && program ? { type: 'batch', commands: [back, { type: 'upsertProgram', item: program, index: programIndex }] } : back;
    },
    touches(before, c) {
      if (!before) return [itemKey('QuickWinCandidate', c.candidateId), 'Program:*'];
      const { candidate, next, nextProgram } = decided(before, c);
      const keys = changedFields(candidate, next, (f) => itemKey('QuickWinCandidate', c.candidateId, f));
      return nextProgram ? [...keys, itemKey('Program', nextProgram.id, 'quickWin')] : keys;
    },
    access: FACILITATOR_ONLY,
  }),
};
