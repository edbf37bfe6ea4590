import { describe, expect, it } from 'vitest';
import { decideQuickWin, differsFromSuggestion, isSuggested, unexplainedDecisions } from '../../../shared/logic/quick-win-decision';
import { QuickWinCandidateSchema, type QuickWinCandidate, type QuickWinGates, type Workshop } from '../../../shared/model';
import { aProgram, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

const allGates: QuickWinGates = { within12Months: true, singleLeadOpd: true, fundingIdentified: true, linkedToIssueAndRpjmd: true };
const uniform = (n: number): QuickWinCandidate['scores'] => ({ impact: n, speed: n, feasibility: n, cost: n, innovation: n, sustainability: n });
const candidate = (id: string, programId: string, score: number, fields: Partial<QuickWinCandidate> = {}): QuickWinCandidate =>
  QuickWinCandidateSchema.parse({ id, programId, gates: allGates, scores: uniform(score), ...fields });

/** Two Smart Governance candidates: online permits (scored 5) ahead of e-office (scored 4). */
const board = (candidates: QuickWinCandidate[]): Workshop => {
  const w = emptyWorkshop();
  return {
    ...w,
    programs: [aProgram({ id: 'izin', code: 'SG-SV-01', name: 'Perizinan daring' }), aProgram({ id: 'eoffice', code: 'SG-BR-01', elementId: 'governance-bureaucracy', name: 'E-office' })],
    quickWins: { ...w.quickWins, candidates },
  };
};

describe('the facilitator’s final choice of quick wins', () => {
  const twoCandidates = () => board([candidate('izin-qw', 'izin', 5), candidate('eoffice-qw', 'eoffice', 4)]);

  it('choosing the suggested candidate needs no reason and raises the program’s quick-win flag', () => {
    const outcome = decideQuickWin(twoCandidates(), 'izin-qw', 'chosen', '');
    expect(outcome).toMatchObject({ ok: true, programQuickWin: true, candidate: { id: 'izin-qw', decision: 'chosen', overrideReason: '' } });
  });

  it('choosing a candidate the app does not suggest is refused without a reason', () => {
    expect(decideQuickWin(twoCandidates(), 'eoffice-qw', 'chosen', '   ')).toEqual({ ok: false, problem: 'reason-required' });
  });

  it('choosing it with a reason records the reason', () => {
    const outcome = decideQuickWin(twoCandidates(), 'eoffice-qw', 'chosen', ' Arahan Bupati ');
    expect(outcome).toMatchObject({ ok: true, candidate: { decision: 'chosen', overrideReason: 'Arahan Bupati' } });
  });

  it('rejecting the suggested candidate needs a reason; rejecting another one does not', () => {
    expect(decideQuickWin(twoCandidates(), 'izin-qw', 'rejected', '')).toEqual({ ok: false, problem: 'reason-required' });
    expect(decideQuickWin(twoCandidates(), 'eoffice-qw', 'rejected', '')).toMatchObject({ ok: true, programQuickWin: false });
  });

  it('once the leader is rejected, the runner-up becomes the suggestion and may be chosen without a reason', () => {
    const w = board([candidate('izin-qw', 'izin', 5, { decision: 'rejected', overrideReason: 'Sudah berjalan' }), candidate('eoffice-qw', 'eoffice', 4)]);
    expect(isSuggested(w, 'eoffice-qw')).toBe(true);
    expect(decideQuickWin(w, 'eoffice-qw', 'chosen', '')).toMatchObject({ ok: true });
  });

  it('a rejected candidate is judged as if undecided, so it still counts as suggested', () => {
    const w = board([candidate('izin-qw', 'izin', 5, { decision: 'rejected' })]);
    expect(isSuggested(w, 'izin-qw')).toBe(true);
  });

  it('choosing a candidate that fails a gate always needs a reason', () => {
    const w = board([candidate('izin-qw', 'izin', 5, { gates: { ...allGates, fundingIdentified: false } })]);
    expect(decideQuickWin(w, 'izin-qw', 'chosen', '')).toEqual({ ok: false, problem: 'reason-required' });
  });

  it('leaving a candidate undecided never needs a reason and lowers the flag', () => {
    expect(differsFromSuggestion('pending', true)).toBe(false);
    expect(decideQuickWin(twoCandidates(), 'izin-qw', 'pending', '')).toMatchObject({ ok: true, programQuickWin: false });
  });

  it('an unknown candidate is reported, not invented', () => {
    expect(decideQuickWin(twoCandidates(), 'hilang', 'chosen', 'x')).toEqual({ ok: false, problem: 'unknown-candidate' });
  });

  it('lists decisions that no longer match the suggestion and have no reason', () => {
    const w = board([candidate('izin-qw', 'izin', 3, { decision: 'pending' }), candidate('eoffice-qw', 'eoffice', 4, { decision: 'rejected' })]);
    expect(unexplainedDecisions(w).map((c) => c.id)).toEqual(['eoffice-qw']);
  });

  it('the demo room explained its one override, so nothing is left unexplained', () => {
    expect(unexplainedDecisions(demoWorkshop())).toEqual([]);
  });
});
