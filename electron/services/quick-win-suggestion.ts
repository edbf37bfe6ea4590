import type { QuickWinSuggestOutput } from '../../shared/contract/quick-wins';
import { quickWinWeightedMean, suggestQuickWins } from '../../shared/logic/quick-win-score';
import type { Workshop } from '../../shared/model';

/** `quickWins.suggest`: the suggestion the Quick win worksheet shows (shared/logic/quick-win-score.ts), as the contract carries it. */
export const quickWinSuggestionOf = (workshop: Workshop): QuickWinSuggestOutput => {
  const suggestion = suggestQuickWins(workshop);
  return {
    mode: suggestion.mode,
    topN: workshop.quickWins.selection.topN,
    suggested: suggestion.suggested.map((r) => ({
      candidateId: r.candidate.id,
      programId: r.program.id,
      programCode: r.program.code,
      programName: r.program.name,
      dimensionId: r.dimensionId,
      score: quickWinWeightedMean(r.candidate.scores, workshop.quickWins.weights),
      score100: r.score,
      decision: r.candidate.decision,
    })),
    dimensionsWithout: suggestion.dimensionsWithout.map((d) => ({ id: d.id, name: d.nameId })),
  };
};
