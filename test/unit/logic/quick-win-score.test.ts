import { describe, expect, it } from 'vitest';
import { failedGates, gatesPass, quickWinScore, rankQuickWins, suggestQuickWins } from '../../../shared/logic';
import { DEFAULT_WEIGHTS, QuickWinCandidateSchema, type QuickWinCandidate, type QuickWinGates, type Workshop } from '../../../shared/model';
import { aProgram, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

const allGates: QuickWinGates = { within12Months: true, singleLeadOpd: true, fundingIdentified: true, linkedToIssueAndRpjmd: true };
const uniform = (n: number): QuickWinCandidate['scores'] => ({ impact: n, speed: n, feasibility: n, cost: n, innovation: n, sustainability: n });

const candidate = (id: string, programId: string, scores: QuickWinCandidate['scores'], fields: Partial<QuickWinCandidate> = {}): QuickWinCandidate =>
  QuickWinCandidateSchema.parse({ id, programId, gates: allGates, scores, ...fields });

/** A workshop with programs in Governance (two) and Branding (one), and their candidates. */
const board = (candidates: QuickWinCandidate[], selection: Workshop['quickWins']['selection'] = { mode: 'per-dimension', topN: 6 }): Workshop => {
  const w = emptyWorkshop();
  return {
    ...w,
    programs: [
      aProgram({ id: 'izin', code: 'SG-SV-01', name: 'Perizinan daring' }),
      aProgram({ id: 'eoffice', code: 'SG-BR-01', elementId: 'governance-bureaucracy', name: 'E-office' }),
      aProgram({ id: 'bromo', code: 'SB-TR-01', dimensionId: 'smart-branding', elementId: 'branding-tourism', name: 'Promosi Bromo', leadOpdId: 'dispar' }),
    ],
    quickWins: { ...w.quickWins, selection, candidates },
  };
};

describe('the gate checks', () => {
  it('pass only when all four hold', () => {
    expect(gatesPass(allGates)).toBe(true);
    expect(gatesPass({ ...allGates, singleLeadOpd: false })).toBe(false);
  });

  it('say in Indonesian which gate a candidate fails', () => {
    expect(failedGates({ ...allGates, fundingIdentified: false })).toEqual(['Sumber dana sudah teridentifikasi atau tidak butuh anggaran baru']);
    expect(failedGates(allGates)).toEqual([]);
  });
});

describe('the weighted quick-win score', () => {
  it('runs from 0 (all scores 1) to 100 (all scores 5)', () => {
    expect(quickWinScore(uniform(1), DEFAULT_WEIGHTS).score).toBe(0);
    expect(quickWinScore(uniform(3), DEFAULT_WEIGHTS).score).toBe(50);
    expect(quickWinScore(uniform(5), DEFAULT_WEIGHTS).score).toBe(100);
  });

  it('weighs public impact most with the default weights', () => {
    const onlyImpact = { ...uniform(1), impact: 5 };
    const onlyInnovation = { ...uniform(1), innovation: 5 };
    expect(quickWinScore(onlyImpact, DEFAULT_WEIGHTS).score).toBe(30);
    expect(quickWinScore(onlyInnovation, DEFAULT_WEIGHTS).score).toBe(10);
  });

  it('scores the online-permit candidate of the demo at 80', () => {
    expect(quickWinScore({ impact: 5, speed: 4, feasibility: 4, cost: 4, innovation: 3, sustainability: 4 }, DEFAULT_WEIGHTS).score).toBe(80);
  });

  it('normalises weights that do not add up to 100', () => {
    const scores = { impact: 5, speed: 2, feasibility: 4, cost: 3, innovation: 1, sustainability: 4 };
    const doubled = Object.fromEntries(Object.entries(DEFAULT_WEIGHTS).map(([k, v]) => [k, v * 2])) as typeof DEFAULT_WEIGHTS;
    expect(quickWinScore(scores, doubled).score).toBe(quickWinScore(scores, DEFAULT_WEIGHTS).score);
  });

  it('waits for every weighted criterion to be scored, and ignores those weighted 0', () => {
    const partial = { ...uniform(4), cost: null, innovation: null };
    expect(quickWinScore(partial, DEFAULT_WEIGHTS)).toEqual({ score: null, missing: ['cost', 'innovation'] });
    expect(quickWinScore(partial, { ...DEFAULT_WEIGHTS, cost: 0, innovation: 0 }).score).toBe(75);
  });

  it('has no score when every weight is 0', () => {
    expect(quickWinScore(uniform(5), { impact: 0, speed: 0, feasibility: 0, cost: 0, innovation: 0, sustainability: 0 }).score).toBeNull();
  });
});

describe('ranking and suggesting quick wins', () => {
  it('ranks best first and breaks ties on public impact', () => {
    const ranked = rankQuickWins(
      board([
        candidate('a', 'izin', { ...uniform(4), impact: 3, speed: 5, innovation: 5 }),
        candidate('b', 'eoffice', uniform(4)),
        candidate('c', 'bromo', uniform(5)),
      ]),
    );
    expect(ranked.map((r) => [r.candidate.id, r.score])).toEqual([
      ['c', 100],
      ['b', 75],
      ['a', 75],
    ]);
  });

  it('suggests the best eligible candidate per dimension and names the dimensions left without one', () => {
    const suggestion = suggestQuickWins(
      board([
        candidate('izin-qw', 'izin', uniform(4)),
        candidate('eoffice-qw', 'eoffice', uniform(5), { gates: { ...allGates, fundingIdentified: false } }),
        candidate('bromo-qw', 'bromo', uniform(3), { decision: 'rejected' }),
      ]),
    );
    expect(suggestion.suggested.map((r) => r.candidate.id)).toEqual(['izin-qw']);
    expect(suggestion.dimensionsWithout.map((d) => d.nameId)).toEqual(['Smart Branding', 'Smart Economy', 'Smart Living', 'Smart Society', 'Smart Environment']);
  });

  it('does not suggest a candidate that is not fully scored', () => {
    const suggestion = suggestQuickWins(board([candidate('izin-qw', 'izin', { ...uniform(4), speed: null })]));
    expect(suggestion.suggested).toEqual([]);
  });

  it('in top-N mode takes the best N overall, even from one dimension, and warns about the rest', () => {
    const suggestion = suggestQuickWins(
      board([candidate('izin-qw', 'izin', uniform(5)), candidate('eoffice-qw', 'eoffice', uniform(4)), candidate('bromo-qw', 'bromo', uniform(3))], { mode: 'top-n', topN: 2 }),
    );
    expect(suggestion.suggested.map((r) => r.candidate.id)).toEqual(['izin-qw', 'eoffice-qw']);
    expect(suggestion.dimensionsWithout.map((d) => d.id)).toContain('smart-branding');
  });

  it('covers all six dimensions in the demo, where the room overrode one suggestion', () => {
    const demo = demoWorkshop();
    const suggestion = suggestQuickWins(demo);
    expect(suggestion.dimensionsWithout).toEqual([]);
    const suggestedSociety = suggestion.suggested.find((r) => r.dimensionId === 'smart-society')!;
    const chosenSociety = demo.quickWins.candidates.find((c) => c.decision === 'chosen' && c.programId === 'prog-ss-cm-01')!;
    expect(suggestedSociety.program.code).toBe('SS-LR-01');
    expect(chosenSociety.overrideReason).toMatch(/arahan Bupati/);
  });
});
