import { z } from 'zod';
import { IdSchema, multilineText, optionalLine, requiredText } from './ids';
import { QuickWinCriterionSchema } from './quick-win';
import { code } from '../i18n/validation';

/*
 * Polls on the room's network (Tahap I–IV plenary decisions): the facilitator asks, participants
 * answer from their phones, paper ballots are keyed in, and the counts are kept with the workshop
 * (every ballot is a logged command) so each figure on the projector traces back to ballots.
 */

/** Dot voting, ranking, a 1–5 scale per item, a word cloud, open text. */
export const PollKindSchema = z.enum(['dots', 'ranking', 'scale', 'words', 'text']);
export type PollKind = z.infer<typeof PollKindSchema>;

/** What a workshop item a poll item points at is (by reference; the label is kept as it read when the poll was made). */
export const PollItemSourceSchema = z.enum(['issue', 'quickWinCandidate', 'program', 'towsStrategy']);
export type PollItemSource = z.infer<typeof PollItemSourceSchema>;

/** One thing to vote on: a workshop item by reference, or typed. */
export const PollItemSchema = z.object({
  id: IdSchema,
  label: requiredText('Pilihan', 300),
  ref: z.object({ source: PollItemSourceSchema, id: IdSchema }).nullable().default(null),
});
export type PollItem = z.infer<typeof PollItemSchema>;

/** The most items one poll may offer. */
export const MAX_POLL_ITEMS = 60;
/** A word of a word cloud: short (one or two words). */
export const MAX_WORD_LENGTH = 40;

export const PollLimitsSchema = z.object({
  /** Dot voting: how many dots each person has. */
  dotsPerPerson: z.number().int().min(1, code('invalid.tooSmall')).max(20, code('invalid.tooBig')).default(3),
  /** Dot voting: how many of them may go to one item. */
  maxPerItem: z.number().int().min(1, code('invalid.tooSmall')).max(20, code('invalid.tooBig')).default(1),
  /** Word cloud: how many words each person may send. */
  wordsPerPerson: z.number().int().min(1, code('invalid.tooSmall')).max(10, code('invalid.tooBig')).default(3),
});
export type PollLimits = z.infer<typeof PollLimitsSchema>;
export const DEFAULT_POLL_LIMITS: PollLimits = { dotsPerPerson: 3, maxPerItem: 1, wordsPerPerson: 3 };

/** What one person answered, by kind. */
export const BallotAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dots'), dots: z.array(z.object({ itemId: IdSchema, count: z.number().int().min(1).max(20) })).max(MAX_POLL_ITEMS) }),
  z.object({ kind: z.literal('ranking'), order: z.array(IdSchema).min(1, code('invalid.listTooShort')).max(MAX_POLL_ITEMS) }),
  z.object({ kind: z.literal('scale'), scores: z.array(z.object({ itemId: IdSchema, score: z.number().int(code('invalid.notInteger')).min(1, code('invalid.tooSmall')).max(5, code('invalid.tooBig')) })).max(MAX_POLL_ITEMS) }),
  z.object({ kind: z.literal('words'), words: z.array(requiredText('Kata', MAX_WORD_LENGTH)).min(1, code('invalid.listTooShort')).max(10) }),
  z.object({ kind: z.literal('text'), text: z.string().transform((t) => t.trim()).pipe(multilineText(1000)).pipe(z.string().min(1, code('invalid.required'))) }),
]);
export type BallotAnswer = z.infer<typeof BallotAnswerSchema>;

/**
 * One person's ballot. `voterId` is the participant's id on the room's network (the server sets
 * it; one ballot per voter), or the paper ballot's own id. An anonymous poll keeps the voter so a
 * second ballot replaces the first, but never shows it to participants (participantView).
 */
export const BallotSchema = z.object({
  voterId: IdSchema,
  voterName: optionalLine(120).default(''),
  opdId: IdSchema.nullable().default(null),
  /** Keyed in by the facilitator from a paper form. */
  paper: z.boolean().default(false),
  answer: BallotAnswerSchema,
});
export type Ballot = z.infer<typeof BallotSchema>;

export const PollStatusSchema = z.enum(['draft', 'open', 'closed']);
export type PollStatus = z.infer<typeof PollStatusSchema>;

/** The longest name of one end of a scale ("anggaran sudah ada atau tanpa biaya"). */
export const MAX_SCALE_END_LENGTH = 60;

/**
 * What 1 and 5 mean on a scale poll, in the facilitator's words ("1 = sangat mahal"). Empty is the
 * usual "sangat rendah" / "sangat tinggi"; a criterion where higher is better in another sense (a cost
 * where 5 is cheapest) names its own ends so nobody scores it backwards.
 */
export const PollScaleEndsSchema = z.object({
  low: optionalLine(MAX_SCALE_END_LENGTH).default(''),
  high: optionalLine(MAX_SCALE_END_LENGTH).default(''),
});
export type PollScaleEnds = z.infer<typeof PollScaleEndsSchema>;
export const DEFAULT_SCALE_ENDS: PollScaleEnds = { low: '', high: '' };

/** What the facilitator sets up: everything but the state and the ballots. */
export const PollSettingsSchema = z.object({
  title: requiredText('Pertanyaan', 300),
  kind: PollKindSchema,
  items: z.array(PollItemSchema).max(MAX_POLL_ITEMS, code('invalid.listTooLong')).default([]),
  anonymous: z.boolean().default(true),
  limits: PollLimitsSchema.default(DEFAULT_POLL_LIMITS),
  /** A scale poll over quick-win candidates: the criterion its scores fill. */
  criterion: QuickWinCriterionSchema.nullable().default(null),
  /** A scale poll: its own names for 1 and 5 (empty: the usual ones). */
  scaleEnds: PollScaleEndsSchema.default(DEFAULT_SCALE_ENDS),
});
export type PollSettings = z.infer<typeof PollSettingsSchema>;

export const PollSchema = PollSettingsSchema.extend({
  id: IdSchema,
  status: PollStatusSchema.default('draft'),
  /** Results are visible to participants and on the stage. */
  revealed: z.boolean().default(false),
  ballots: z.array(BallotSchema).max(2000, code('invalid.listTooLong')).default([]),
});
export type Poll = z.infer<typeof PollSchema>;

/** The settings part of a poll. */
export const pollSettings = (poll: Poll): PollSettings => ({
  title: poll.title,
  kind: poll.kind,
  items: poll.items,
  anonymous: poll.anonymous,
  limits: poll.limits,
  criterion: poll.criterion,
  scaleEnds: poll.scaleEnds,
});
