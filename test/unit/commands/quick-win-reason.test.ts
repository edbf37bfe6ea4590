import { describe, expect, it } from 'vitest';
import { AppError, applyCommand, applyNewCommand, invertCommand, type Command } from '../../../shared/commands';
import type { LogEntry } from '../../../shared/contract';
import { QuickWinCandidateSchema, type QuickWinCandidate, type QuickWinGates, type Workshop } from '../../../shared/model';
import { replayLog } from '../../../electron/services/store/load-workshop';
import { LATER, aProgram, emptyWorkshop } from '../logic/workshop-fixtures';

const allGates: QuickWinGates = { within12Months: true, singleLeadOpd: true, fundingIdentified: true, linkedToIssueAndRpjmd: true };
const uniform = (n: number): QuickWinCandidate['scores'] => ({ impact: n, speed: n, feasibility: n, cost: n, innovation: n, sustainability: n });
const candidate = (id: string, programId: string, score: number, fields: Partial<QuickWinCandidate> = {}): QuickWinCandidate =>
  QuickWinCandidateSchema.parse({ id, programId, gates: allGates, scores: uniform(score), ...fields });

/** Online permits (scored 5, the app's suggestion) ahead of e-office (scored 4, not suggested in the default top 1 per dimension). */
const board = (): Workshop => {
  const w = emptyWorkshop();
  return {
    ...w,
    programs: [aProgram({ id: 'izin', code: 'SG-SV-01', name: 'Perizinan daring' }), aProgram({ id: 'eoffice', code: 'SG-BR-01', elementId: 'governance-bureaucracy', name: 'E-office' })],
    quickWins: { ...w.quickWins, candidates: [candidate('izin-qw', 'izin', 5), candidate('eoffice-qw', 'eoffice', 4)] },
  };
};

const decide = (w: Workshop, id: string, decision: QuickWinCandidate['decision'], overrideReason = ''): Command => {
  const current = w.quickWins.candidates.find((c) => c.id === id);
  if (!current) throw new Error(`no candidate ${id}`);
  return { type: 'upsertQuickWinCandidate', item: { ...current, decision, overrideReason } };
};

const refusal = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the command was accepted');
};

describe('the store refuses a quick-win decision that differs from the suggestion without a reason', () => {
  it('choosing the candidate the app does not suggest is refused, naming the reason field', () => {
    const w = board();
    const error = refusal(() => applyNewCommand(w, decide(w, 'eoffice-qw', 'chosen'), LATER));
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe('item.overrideReason');
    expect(error.message).toBe('Alasan penetapan wajib diisi: program ini tidak termasuk usulan quick win aplikasi');
  });

  it('rejecting the suggested candidate is refused without a reason', () => {
    const w = board();
    const error = refusal(() => applyNewCommand(w, decide(w, 'izin-qw', 'rejected', '   '), LATER));
    expect(error.field).toBe('item.overrideReason');
    expect(error.message).toMatch(/^Alasan penolakan wajib diisi/);
  });

  it('the same decisions with a reason are taken, and following the suggestion needs none', () => {
    const w = board();
    const chosen = applyNewCommand(w, decide(w, 'eoffice-qw', 'chosen', 'Arahan Bupati'), LATER);
    expect(chosen.quickWins.candidates[1]).toMatchObject({ decision: 'chosen', overrideReason: 'Arahan Bupati' });
    expect(applyNewCommand(w, decide(w, 'izin-qw', 'chosen'), LATER).quickWins.candidates[0]?.decision).toBe('chosen');
    expect(applyNewCommand(w, decide(w, 'eoffice-qw', 'rejected'), LATER).quickWins.candidates[1]?.decision).toBe('rejected');
  });

  it('clearing the reason of a decision that still differs is refused', () => {
    const w = applyNewCommand(board(), decide(board(), 'eoffice-qw', 'chosen', 'Arahan Bupati'), LATER);
    const error = refusal(() => applyNewCommand(w, decide(w, 'eoffice-qw', 'chosen', ''), LATER));
    expect(error.field).toBe('item.overrideReason');
  });

  it('rescoring a decided candidate leaves its decision alone, even when the suggestion has moved since', () => {
    // Chosen when it led; the scores of the other candidate rise later, so it is no longer the suggestion.
    const start = board();
    const decided = applyNewCommand(start, decide(start, 'izin-qw', 'chosen'), LATER);
    const overtaken = applyNewCommand(decided, { type: 'upsertQuickWinCandidate', item: { ...decided.quickWins.candidates[1]!, scores: uniform(5) } }, LATER);
    const rescored = { ...overtaken.quickWins.candidates[0]!, scores: { ...uniform(5), cost: 1 } };
    const after = applyNewCommand(overtaken, { type: 'upsertQuickWinCandidate', item: rescored }, LATER);
    expect(after.quickWins.candidates[0]).toMatchObject({ decision: 'chosen', overrideReason: '' });
  });

  it('the reducer alone still applies such a decision, so undo, redo and old log lines keep working', () => {
    const w = board();
    const command = decide(w, 'eoffice-qw', 'chosen');
    expect(applyCommand(w, command, LATER).quickWins.candidates[1]?.decision).toBe('chosen');
    // Undoing a rejection with a reason restores the undecided candidate through applyCommand.
    const rejected = applyNewCommand(w, decide(w, 'izin-qw', 'rejected', 'Sudah berjalan'), LATER);
    const inverse = invertCommand(w, decide(w, 'izin-qw', 'rejected', 'Sudah berjalan'));
    expect(applyCommand(rejected, inverse, LATER).quickWins.candidates[0]?.decision).toBe('pending');
  });

  it('a log written before the rule, with a decision without a reason, still replays on open', () => {
    const w = board();
    const command = decide(w, 'eoffice-qw', 'chosen');
    const entry: LogEntry = {
      seq: 1,
      revision: w.revision + 1,
      at: LATER,
      actor: { name: 'Fasilitator', opdId: null },
      kind: 'do',
      command,
      inverse: invertCommand(w, command),
    };
    const replayed = replayLog(w, [entry]);
    expect(replayed.stoppedAt).toBeNull();
    expect(replayed.applied).toBe(1);
    expect(replayed.workshop.quickWins.candidates[1]).toMatchObject({ decision: 'chosen', overrideReason: '' });
  });
});
