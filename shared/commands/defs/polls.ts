import { z } from 'zod';
import { BallotSchema, IdSchema, PollSchema, PollSettingsSchema, PollStatusSchema, pollSettings, type Ballot, type Poll, type Workshop } from '../../model';
import { wordError, type ErrorDetail } from '../../i18n/errors';
import { ballotAnswerProblem, ballotStateProblem, pollApplication, type PollApplication } from '../../logic/poll-results';
import { AppError } from '../command-error';
import { FACILITATOR_ONLY, changedFields, defineCommand, itemKey, partKey, sameValue, type TouchKey } from './def';

/*
 * Polls of the room. The facilitator sets a poll up, opens, closes and reveals it; every participant
 * casts one ballot per poll (a second replaces the first); paper ballots are keyed in; the result is
 * applied where it belongs (issue priorities, quick-win scores, vision keywords) as one undoable step.
 * A ballot touches only its own voter's slot (`Poll:<id>#ballots.<voterId>`), so eighty phones voting
 * at once never conflict with each other.
 */

const POLL = 'Poll';
const pollKey = (id: string, field?: string): TouchKey => itemKey(POLL, id, field);
const ballotKey = (pollId: string, voterId: string): TouchKey => pollKey(pollId, `ballots.${voterId}`);

const pollAt = (w: Workshop, id: string): { poll: Poll; index: number } => {
  const index = w.polls.findIndex((p) => p.id === id);
  const poll = w.polls[index];
  if (!poll) throw new AppError('not_found', { reason: 'poll.notFound', field: 'pollId' });
  return { poll, index };
};

const withPoll = (w: Workshop, index: number, poll: Poll): Workshop => ({ ...w, polls: w.polls.map((p, i) => (i === index ? poll : p)) });

const checkSettings = (settings: z.infer<typeof PollSettingsSchema>): void => {
  if (new Set(settings.items.map((i) => i.id)).size !== settings.items.length) throw new AppError('invalid_input', { reason: 'poll.itemIdTwice', field: 'settings.items' });
  if (settings.criterion !== null && settings.kind !== 'scale') throw new AppError('invalid_input', { reason: 'poll.criterionNeedsScale', field: 'settings.criterion' });
};

const refuse = (code: 'invalid_input' | 'forbidden', detail: ErrorDetail | null): void => {
  if (detail) throw new AppError(code, detail);
};

/** Puts a ballot in its voter's slot (where it was, or at `index`, or last). */
const placeBallot = (poll: Poll, ballot: Ballot, index: number | undefined): Poll => {
  const ballots = [...poll.ballots];
  const at = ballots.findIndex((b) => b.voterId === ballot.voterId);
  if (at >= 0) ballots[at] = ballot;
  else ballots.splice(Math.min(index ?? ballots.length, ballots.length), 0, ballot);
  return { ...poll, ballots };
};

/** The command that puts a ballot back as it was (a paper ballot as paper). */
const restoreBallot = (pollId: string, ballot: Ballot, index: number) =>
  ballot.paper ? { type: 'addPaperBallot', pollId, ballot, index } : { type: 'castBallot', pollId, ballot, index };

/** Takes a cast or keyed-in ballot back: the voter's previous ballot, or none. */
const invertBallot = (before: Workshop, pollId: string, voterId: string) => {
  const { poll } = pollAt(before, pollId);
  const index = poll.ballots.findIndex((b) => b.voterId === voterId);
  const previous = poll.ballots[index];
  return previous ? restoreBallot(pollId, previous, index) : { type: 'removeBallot', pollId, voterId };
};

const StateSchema = z.object({ type: z.literal('setPollState'), pollId: IdSchema, status: PollStatusSchema, revealed: z.boolean() });
const stateOf = (poll: Poll) => ({ status: poll.status, revealed: poll.revealed });
const stateBack = (before: Workshop, pollId: string) => ({ type: 'setPollState' as const, pollId, ...stateOf(pollAt(before, pollId).poll) });
const stateTouches = (before: Workshop | null, pollId: string, next: { status?: Poll['status']; revealed?: boolean }): TouchKey[] => {
  const poll = before?.polls.find((p) => p.id === pollId);
  const keys: TouchKey[] = [];
  if (next.status !== undefined && (!poll || poll.status !== next.status)) keys.push(pollKey(pollId, 'status'));
  if (next.revealed !== undefined && (!poll || poll.revealed !== next.revealed)) keys.push(pollKey(pollId, 'revealed'));
  return keys.length > 0 ? keys : [pollKey(pollId, next.status !== undefined ? 'status' : 'revealed')];
};

/** What applying a poll's result changes, or a refusal when it changes nothing. */
const applicationOf = (w: Workshop, pollId: string, top: number | undefined): Exclude<PollApplication, { target: null }> => {
  const { poll } = pollAt(w, pollId);
  const application = pollApplication(w, poll, top);
  if (application.target === null) throw new AppError('invalid_input', { reason: 'poll.nothingToApply', field: 'pollId' });
  return application;
};

export const pollDefs = {
  createPoll: defineCommand({
    type: 'createPoll',
    schema: z.object({ type: z.literal('createPoll'), pollId: IdSchema, settings: PollSettingsSchema, index: z.number().int().nonnegative().optional() }),
    apply(w, c) {
      if (w.polls.some((p) => p.id === c.pollId)) throw new AppError('conflict', { reason: 'poll.exists', field: 'pollId' });
      checkSettings(c.settings);
      const poll: Poll = { id: c.pollId, ...c.settings, status: 'draft', revealed: false, ballots: [] };
      const polls = [...w.polls];
      polls.splice(Math.min(c.index ?? polls.length, polls.length), 0, poll);
      return { ...w, polls };
    },
    invert: (_before, c) => ({ type: 'removePoll', pollId: c.pollId }),
    touches: (_before, c) => [pollKey(c.pollId)],
    access: FACILITATOR_ONLY,
  }),
  updatePoll: defineCommand({
    type: 'updatePoll',
    schema: z.object({ type: z.literal('updatePoll'), pollId: IdSchema, settings: PollSettingsSchema }),
    apply(w, c) {
      const { poll, index } = pollAt(w, c.pollId);
      checkSettings(c.settings);
      return withPoll(w, index, { ...poll, ...c.settings });
    },
    checkNew(before, _after, c) {
      const { poll } = pollAt(before, c.pollId);
      const was = pollSettings(poll);
      // What a cast ballot meant must not change under it: its kind, its items, its limits, what 1 and 5 stand for.
      const reshaped =
        was.kind !== c.settings.kind ||
        !sameValue(was.items.map((i) => i.id), c.settings.items.map((i) => i.id)) ||
        !sameValue(was.limits, c.settings.limits) ||
        !sameValue(was.scaleEnds, c.settings.scaleEnds);
      if (poll.ballots.length > 0 && reshaped) throw new AppError('invalid_input', { reason: 'poll.hasBallots', field: 'settings' });
    },
    invert: (before, c) => ({ type: 'updatePoll', pollId: c.pollId, settings: pollSettings(pollAt(before, c.pollId).poll) }),
    touches(before, c) {
      const poll = before?.polls.find((p) => p.id === c.pollId);
      if (!poll) return [pollKey(c.pollId)];
      const keys = changedFields(pollSettings(poll), c.settings, (f) => pollKey(c.pollId, f));
      return keys.length > 0 ? keys : [pollKey(c.pollId, 'title')];
    },
    access: FACILITATOR_ONLY,
  }),
  removePoll: defineCommand({
    type: 'removePoll',
    schema: z.object({ type: z.literal('removePoll'), pollId: IdSchema }),
    apply(w, c) {
      pollAt(w, c.pollId);
      return { ...w, polls: w.polls.filter((p) => p.id !== c.pollId) };
    },
    invert(before, c) {
      const { poll, index } = pollAt(before, c.pollId);
      return { type: 'restorePoll', poll, index };
    },
    touches: (_before, c) => [pollKey(c.pollId)],
    access: FACILITATOR_ONLY,
  }),
  /** A poll back as it was, ballots included (the undo of a removal). */
  restorePoll: defineCommand({
    type: 'restorePoll',
    schema: z.object({ type: z.literal('restorePoll'), poll: PollSchema, index: z.number().int().nonnegative().optional() }),
    apply(w, c) {
      const polls = [...w.polls];
      const at = polls.findIndex((p) => p.id === c.poll.id);
      if (at >= 0) polls[at] = c.poll;
      else polls.splice(Math.min(c.index ?? polls.length, polls.length), 0, c.poll);
      return { ...w, polls };
    },
    invert(before, c) {
      const index = before.polls.findIndex((p) => p.id === c.poll.id);
      const previous = before.polls[index];
      return previous ? { type: 'restorePoll', poll: previous, index } : { type: 'removePoll', pollId: c.poll.id };
    },
    touches: (_before, c) => [pollKey(c.poll.id)],
    access: FACILITATOR_ONLY,
  }),
  openPoll: defineCommand({
    type: 'openPoll',
    schema: z.object({ type: z.literal('openPoll'), pollId: IdSchema }),
    apply(w, c) {
      const { poll, index } = pollAt(w, c.pollId);
      return withPoll(w, index, { ...poll, status: 'open' });
    },
    checkNew(before, _after, c) {
      const { poll } = pollAt(before, c.pollId);
      if (poll.items.length === 0 && poll.kind !== 'words' && poll.kind !== 'text') throw new AppError('invalid_input', { reason: 'poll.noItems', field: 'settings.items' });
    },
    invert: (before, c) => stateBack(before, c.pollId),
    touches: (before, c) => stateTouches(before, c.pollId, { status: 'open' }),
    access: FACILITATOR_ONLY,
  }),
  closePoll: defineCommand({
    type: 'closePoll',
    schema: z.object({ type: z.literal('closePoll'), pollId: IdSchema }),
    apply(w, c) {
      const { poll, index } = pollAt(w, c.pollId);
      return withPoll(w, index, { ...poll, status: 'closed' });
    },
    invert: (before, c) => stateBack(before, c.pollId),
    touches: (before, c) => stateTouches(before, c.pollId, { status: 'closed' }),
    access: FACILITATOR_ONLY,
  }),
  /** Shows the results to participants and on the stage (or hides them again). */
  revealPoll: defineCommand({
    type: 'revealPoll',
    schema: z.object({ type: z.literal('revealPoll'), pollId: IdSchema, revealed: z.boolean().default(true) }),
    apply(w, c) {
      const { poll, index } = pollAt(w, c.pollId);
      return withPoll(w, index, { ...poll, revealed: c.revealed });
    },
    invert: (before, c) => stateBack(before, c.pollId),
    touches: (before, c) => stateTouches(before, c.pollId, { revealed: c.revealed }),
    access: FACILITATOR_ONLY,
  }),
  /** A poll's state as it was (the undo of open, close and reveal). */
  setPollState: defineCommand({
    type: 'setPollState',
    schema: StateSchema,
    apply(w, c) {
      const { poll, index } = pollAt(w, c.pollId);
      return withPoll(w, index, { ...poll, status: c.status, revealed: c.revealed });
    },
    invert: (before, c) => stateBack(before, c.pollId),
    touches: (before, c) => stateTouches(before, c.pollId, { status: c.status, revealed: c.revealed }),
    access: FACILITATOR_ONLY,
  }),
  /**
   * A participant's ballot. The server puts the participant's own id and name in it; one ballot per
   * voter: a second one replaces the first. Only while the poll is open, and within its limits.
   */
  castBallot: defineCommand({
    type: 'castBallot',
    schema: z.object({ type: z.literal('castBallot'), pollId: IdSchema, ballot: BallotSchema, index: z.number().int().nonnegative().optional() }),
    apply(w, c) {
      const { poll, index } = pollAt(w, c.pollId);
      return withPoll(w, index, placeBallot(poll, { ...c.ballot, paper: false }, c.index));
    },
    checkNew(before, _after, c) {
      const poll = before.polls.find((p) => p.id === c.pollId);
      refuse('forbidden', ballotStateProblem(poll));
      if (poll) refuse('invalid_input', ballotAnswerProblem(poll, c.ballot.answer));
    },
    invert: (before, c) => invertBallot(before, c.pollId, c.ballot.voterId),
    touches: (_before, c) => [ballotKey(c.pollId, c.ballot.voterId)],
    access: {
      facilitator: true,
      /** Any participant (of any OPD) while the poll is open; the answer's limits are judged as for everyone. */
      opd: (before, _opdId, c) => {
        const problem = ballotStateProblem(before.polls.find((p) => p.id === c.pollId));
        return problem ? wordError(problem.reason, problem.params ?? {}, 'id') : null;
      },
      /** Any FGD group's member, likewise. */
      group: (before, _groupId, c) => ballotStateProblem(before.polls.find((p) => p.id === c.pollId)),
    },
  }),
  /** A paper ballot keyed in by the facilitator (shown as paper); open or closed polls alike. */
  addPaperBallot: defineCommand({
    type: 'addPaperBallot',
    schema: z.object({ type: z.literal('addPaperBallot'), pollId: IdSchema, ballot: BallotSchema, index: z.number().int().nonnegative().optional() }),
    apply(w, c) {
      const { poll, index } = pollAt(w, c.pollId);
      return withPoll(w, index, placeBallot(poll, { ...c.ballot, paper: true }, c.index));
    },
    checkNew(before, _after, c) {
      refuse('invalid_input', ballotAnswerProblem(pollAt(before, c.pollId).poll, c.ballot.answer));
    },
    invert: (before, c) => invertBallot(before, c.pollId, c.ballot.voterId),
    touches: (_before, c) => [ballotKey(c.pollId, c.ballot.voterId)],
    access: FACILITATOR_ONLY,
  }),
  removeBallot: defineCommand({
    type: 'removeBallot',
    schema: z.object({ type: z.literal('removeBallot'), pollId: IdSchema, voterId: IdSchema }),
    apply(w, c) {
      const { poll, index } = pollAt(w, c.pollId);
      if (!poll.ballots.some((b) => b.voterId === c.voterId)) throw new AppError('not_found', { reason: 'poll.ballotNotFound', field: 'voterId' });
      return withPoll(w, index, { ...poll, ballots: poll.ballots.filter((b) => b.voterId !== c.voterId) });
    },
    invert(before, c) {
      const { poll } = pollAt(before, c.pollId);
      const index = poll.ballots.findIndex((b) => b.voterId === c.voterId);
      const previous = poll.ballots[index];
      if (!previous) throw new AppError('not_found', { reason: 'poll.ballotNotFound', field: 'voterId' });
      return restoreBallot(c.pollId, previous, index);
    },
    touches: (_before, c) => [ballotKey(c.pollId, c.voterId)],
    access: FACILITATOR_ONLY,
  }),
  /**
   * The result where it belongs, as one step: a dot vote or ranking over issues sets their priority,
   * a scale over quick-win candidates one criterion's scores, a word cloud adds vision keywords
   * (see pollApplication). Undone in one step.
   */
  applyPollResult: defineCommand({
    type: 'applyPollResult',
    schema: z.object({ type: z.literal('applyPollResult'), pollId: IdSchema, top: z.number().int().min(1).max(50).optional() }),
    apply(w, c) {
      const application = applicationOf(w, c.pollId, c.top);
      switch (application.target) {
        case 'issuePriority': {
          const priorities = new Map(application.issues.map((i) => [i.id, i.priority]));
          return { ...w, issues: w.issues.map((i) => (priorities.has(i.id) ? { ...i, priority: priorities.get(i.id) ?? null } : i)) };
        }
        case 'quickWinScores': {
          const scores = new Map(application.scores.map((s) => [s.candidateId, s.score]));
          const candidates = w.quickWins.candidates.map((q) => {
            const score = scores.get(q.id);
            return score === undefined ? q : { ...q, scores: { ...q.scores, [application.criterion]: score } };
          });
          return { ...w, quickWins: { ...w.quickWins, candidates } };
        }
        case 'visionKeywords':
          return { ...w, vision: { ...w.vision, keywords: [...w.vision.keywords, ...application.keywords] } };
      }
    },
    invert(before, c) {
      const application = applicationOf(before, c.pollId, c.top);
      switch (application.target) {
        case 'issuePriority': {
          const ids = new Set(application.issues.map((i) => i.id));
          const commands = before.issues.flatMap((item, index) => (ids.has(item.id) ? [{ type: 'upsertIssue', item, index }] : []));
          return { type: 'batch', commands };
        }
        case 'quickWinScores': {
          const ids = new Set(application.scores.map((s) => s.candidateId));
          const commands = before.quickWins.candidates.flatMap((item, index) => (ids.has(item.id) ? [{ type: 'upsertQuickWinCandidate', item, index }] : []));
          return { type: 'batch', commands };
        }
        case 'visionKeywords':
          return { type: 'batch', commands: [...application.keywords].reverse().map((keyword) => ({ type: 'removeVisionKeyword', keyword })) };
      }
    },
    touches(before, c) {
      if (!before) return ['Issue:*', 'QuickWinCandidate:*', partKey('vision', 'keywords')];
      const application = applicationOf(before, c.pollId, c.top);
      switch (application.target) {
        case 'issuePriority':
          return application.issues.map((i) => itemKey('Issue', i.id, 'priority'));
        case 'quickWinScores':
          return application.scores.map((s) => itemKey('QuickWinCandidate', s.candidateId, `scores.${application.criterion}`));
        case 'visionKeywords':
          return [partKey('vision', 'keywords')];
      }
    },
    access: FACILITATOR_ONLY,
  }),
};
