import { z } from 'zod';
import { IdSchema } from '../model';

/**
 * `quickWins.suggest`: the quick-win suggestion the app shows on the Quick win worksheet (best eligible candidate per
 * dimension, or the top N), readable by scripts. The room's decision stays its own; this only reads.
 */

export const QuickWinSuggestInputSchema = z.object({ workshopId: IdSchema });

export const SuggestedQuickWinSchema = z.object({
  candidateId: IdSchema,
  programId: IdSchema,
  programCode: z.string(),
  programName: z.string(),
  dimensionId: IdSchema,
  /** The weighted score on the 1–5 scale of the worksheet. */
  score: z.number().nullable(),
  /** The same score on the 0–100 rescale (all 1s give 0), by which candidates are ranked. */
  score100: z.number().nullable(),
  /** The room's decision so far (the suggestion leaves rejected candidates out). */
  decision: z.enum(['pending', 'chosen', 'rejected']),
});

export const QuickWinSuggestOutputSchema = z.object({
  /** One per dimension, or the top N over all dimensions (the workshop's selection setting). */
  mode: z.enum(['per-dimension', 'top-n']),
  topN: z.number().int(),
  suggested: z.array(SuggestedQuickWinSchema),
  /** Dimensions with no suggested quick win, in the dimension set's order. */
  dimensionsWithout: z.array(z.object({ id: IdSchema, name: z.string() })),
});
export type QuickWinSuggestOutput = z.infer<typeof QuickWinSuggestOutputSchema>;
