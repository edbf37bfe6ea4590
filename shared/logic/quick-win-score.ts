import {
  CRITERIA,
  type Dimension,
  type Program,
  type QuickWinCandidate,
  type QuickWinCriterion,
  type QuickWinGates,
  type QuickWinWeights,
  type Workshop,
} from '../model';

/** The gate checks in the order of reference §6.3, with the Indonesian text shown when one fails. */
export const GATE_LABELS: Record<keyof QuickWinGates, string> = {
  within12Months: 'Dapat diluncurkan dan menunjukkan hasil dalam 12 bulan',
  singleLeadOpd: 'Memiliki satu OPD penanggung jawab yang bersedia',
  fundingIdentified: 'Sumber dana sudah teridentifikasi atau tidak butuh anggaran baru',
  linkedToIssueAndRpjmd: 'Terkait isu/kelemahan SWOT dan program RPJMD/Renstra',
};

export const CRITERION_LABELS: Record<QuickWinCriterion, string> = {
  impact: 'Dampak langsung ke masyarakat',
  speed: 'Kecepatan hasil',
  feasibility: 'Kesiapan pelaksanaan',
  cost: 'Biaya dan kepastian anggaran',
  innovation: 'Kebaruan',
  sustainability: 'Keberlanjutan',
};

const GATE_KEYS = Object.keys(GATE_LABELS) as (keyof QuickWinGates)[];

/** The gates a candidate fails, as Indonesian sentences; empty when it may be scored. */
export const failedGates = (gates: QuickWinGates): string[] => GATE_KEYS.filter((k) => !gates[k]).map((k) => GATE_LABELS[k]);

export const gatesPass = (gates: QuickWinGates): boolean => GATE_KEYS.every((k) => gates[k]);

export interface QuickWinScore {
  /** 0–100: the weighted mean of the 1–5 scores, where all 1s give 0 and all 5s give 100. Null until complete. */
  score: number | null;
  /** Criteria with a weight above zero that have no score yet. */
  missing: QuickWinCriterion[];
}

/**
 * Weighted score of a candidate with the workshop's editable weights (reference §6.3).
 * Weights need not add up to 100: they are normalised. Criteria weighted 0 are ignored.
 */
export const quickWinScore = (scores: QuickWinCandidate['scores'], weights: QuickWinWeights): QuickWinScore => {
  const counted = CRITERIA.filter((c) => weights[c] > 0);
  const missing = counted.filter((c) => scores[c] === null);
  const totalWeight = counted.reduce((sum, c) => sum + weights[c], 0);
  if (missing.length > 0 || totalWeight === 0) return { score: null, missing };
  const weightedMean = counted.reduce((sum, c) => sum + weights[c] * (scores[c] ?? 0), 0) / totalWeight;
  return { score: Math.round(((weightedMean - 1) / 4) * 1000) / 10, missing };
};

/**
 * The weighted mean of a candidate's 1–5 scores, on Kominfo's 1–5 scale (4.3 where quickWinScore gives 82.5), rounded
 * to two decimals as the worksheets print it; null until every weighted criterion is scored.
 */
export const quickWinWeightedMean = (scores: QuickWinCandidate['scores'], weights: QuickWinWeights): number | null => {
  const counted = CRITERIA.filter((c) => weights[c] > 0);
  const totalWeight = counted.reduce((sum, c) => sum + weights[c], 0);
  if (totalWeight === 0 || counted.some((c) => scores[c] === null)) return null;
  const mean = counted.reduce((sum, c) => sum + weights[c] * (scores[c] ?? 0), 0) / totalWeight;
  return Math.round(mean * 100) / 100;
};

export interface RankedCandidate {
  candidate: QuickWinCandidate;
  program: Program;
  dimensionId: string;
  gatesPass: boolean;
  score: number | null;
  /** Gates pass, fully scored and not rejected: it may be suggested. */
  eligible: boolean;
}

const byRank = (a: RankedCandidate, b: RankedCandidate): number =>
  (b.score ?? -1) - (a.score ?? -1) ||
  (b.candidate.scores.impact ?? 0) - (a.candidate.scores.impact ?? 0) ||
  a.program.code.localeCompare(b.program.code);

/** Every candidate with its program, gate result and score, best first (ties: higher impact, then program code). */
export const rankQuickWins = (w: Pick<Workshop, 'programs' | 'quickWins'>): RankedCandidate[] => {
  const ranked: RankedCandidate[] = [];
  for (const candidate of w.quickWins.candidates) {
    const program = w.programs.find((p) => p.id === candidate.programId);
    if (!program) continue;
    const passes = gatesPass(candidate.gates);
    const { score } = quickWinScore(candidate.scores, w.quickWins.weights);
    ranked.push({ candidate, program, dimensionId: program.dimensionId, gatesPass: passes, score, eligible: passes && score !== null && candidate.decision !== 'rejected' });
  }
  return ranked.sort(byRank);
};

export interface QuickWinSuggestion {
  mode: 'per-dimension' | 'top-n';
  suggested: RankedCandidate[];
  /** Dimensions with no suggested quick win, in the dimension set's order. */
  dimensionsWithout: Dimension[];
}

/**
 * The facilitator's starting point: the best eligible candidate per dimension (the 6-per-dimension
 * pattern), or the top N overall with the dimensions left without one. The decision stays with the room.
 */
export const suggestQuickWins = (w: Pick<Workshop, 'programs' | 'quickWins' | 'dimensionSet'>): QuickWinSuggestion => {
  const eligible = rankQuickWins(w).filter((r) => r.eligible);
  const { mode, topN } = w.quickWins.selection;
  const dimensions = w.dimensionSet.dimensions;
  const suggested =
    mode === 'per-dimension'
      ? dimensions.flatMap((d) => eligible.find((r) => r.dimensionId === d.id) ?? [])
      : eligible.slice(0, topN);
  const covered = new Set(suggested.map((r) => r.dimensionId));
  return { mode, suggested, dimensionsWithout: dimensions.filter((d) => !covered.has(d.id)) };
};
