import { DEFAULT_SCALE_ENDS, type Poll, type PollScaleEnds, type QuickWinCriterion } from '../model';

/*
 * What 1 and 5 mean on a scale poll. Most polls keep the usual "sangat rendah" / "sangat tinggi"
 * (stored as empty ends); a poll scoring a quick-win criterion where 5 is not simply "more" names
 * its own, so the room does not score the cost criterion backwards (5 = cheapest, reference §6.3).
 */

/** The ends a scale poll over a quick-win criterion starts with, where the usual words would mislead. */
export const CRITERION_SCALE_ENDS: Readonly<Partial<Record<QuickWinCriterion, PollScaleEnds>>> = {
  cost: { low: 'biaya besar, anggaran belum ada', high: 'tanpa biaya atau anggaran sudah ada' },
  speed: { low: 'hasil sekitar 12 bulan', high: 'hasil kurang dari 3 bulan' },
};

/** The ends a new scale poll over `criterion` starts with (the usual ones when it has none of its own). */
export const suggestedScaleEnds = (criterion: QuickWinCriterion | null): PollScaleEnds => (criterion ? CRITERION_SCALE_ENDS[criterion] : undefined) ?? DEFAULT_SCALE_ENDS;

const sameEnds = (a: PollScaleEnds, b: PollScaleEnds): boolean => a.low === b.low && a.high === b.high;

/**
 * The ends after the facilitator picks another criterion in the poll form: the new criterion's
 * suggestion, unless the facilitator already wrote ends of their own (those are kept).
 */
export const scaleEndsAfterCriterion = (ends: PollScaleEnds, from: QuickWinCriterion | null, to: QuickWinCriterion | null): PollScaleEnds =>
  sameEnds(ends, DEFAULT_SCALE_ENDS) || sameEnds(ends, suggestedScaleEnds(from)) ? suggestedScaleEnds(to) : ends;

/** The usual names of the two ends, as the documents print them. */
export const USUAL_SCALE_END_WORDS: PollScaleEnds = { low: 'sangat rendah', high: 'sangat tinggi' };

/** The two ends of a poll in words, its own or the usual ones ("1 = tanpa biaya …" reads from this). */
export const scaleEndWords = (poll: Pick<Poll, 'scaleEnds'>): PollScaleEnds => ({
  low: poll.scaleEnds.low || USUAL_SCALE_END_WORDS.low,
  high: poll.scaleEnds.high || USUAL_SCALE_END_WORDS.high,
});
