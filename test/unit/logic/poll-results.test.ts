import { describe, expect, it } from 'vitest';
import { AppError, CommandSchema, applyCommand, applyNewCommand, invertCommand, touchesOf, type Command } from '../../../shared/commands';
import { opdScopeProblem, participantView } from '../../../shared/handoff';
import { ballotAnswerProblem, ballotWords, pollApplication, pollResults, wordKey } from '../../../shared/logic/poll-results';
import { PollSchema, type Ballot, type BallotAnswer, type Poll, type PollKind, type Workshop } from '../../../shared/model';
import { LATER, demoWorkshop } from './workshop-fixtures';

/*
 * A plenary in Kabupaten Malang: the room votes on the issues of Smart Governance with dots, ranks
 * programs, scores quick-win candidates on impact, and sends words for the vision. Counts first.
 */

const items = (...labels: string[]) => labels.map((label, i) => ({ id: `p${i + 1}`, label, ref: null }));
const poll = (kind: PollKind, ballots: { voter: string; answer: BallotAnswer; paper?: boolean }[], extra: Partial<Poll> = {}): Poll =>
  PollSchema.parse({
    id: 'poll-uji',
    title: 'Uji',
    kind,
    items: items('Antrean perizinan', 'Data tidak terpadu', 'Jaringan desa'),
    status: 'open',
    limits: { dotsPerPerson: 3, maxPerItem: 2, wordsPerPerson: 3 },
    ballots: ballots.map((b) => ({ voterId: b.voter, voterName: b.voter, paper: b.paper ?? false, answer: b.answer })),
    ...extra,
  });
const dots = (...counts: [string, number][]): BallotAnswer => ({ kind: 'dots', dots: counts.map(([itemId, count]) => ({ itemId, count })) });

const run = (w: Workshop, c: unknown): Workshop => applyNewCommand(w, CommandSchema.parse(c), LATER);
const refusal = (f: () => unknown): AppError => {
  try {
    f();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('dot voting', () => {
  const p = poll('dots', [
    { voter: 'ani', answer: dots(['p1', 2], ['p2', 1]) },
    { voter: 'budi', answer: dots(['p1', 1], ['p3', 2]) },
    { voter: 'kertas-1', answer: dots(['p2', 1]), paper: true },
  ]);

  it('counts dots and the people behind them per item, ranks them (ties share a rank), and counts paper ballots', () => {
    const r = pollResults(p);
    if (r.kind !== 'dots') throw new Error('dots');
    expect(r.rows.map((row) => [row.item.label, row.dots, row.voters, row.rank])).toEqual([
      ['Antrean perizinan', 3, 2, 1],
      ['Data tidak terpadu', 2, 2, 2],
      ['Jaringan desa', 2, 1, 2],
    ]);
    expect({ ballots: r.ballots, paper: r.paper, totalDots: r.totalDots }).toEqual({ ballots: 3, paper: 1, totalDots: 7 });
  });

  it('refuses more dots than a person has, more than the limit on one item, and items the poll does not offer, naming the field', () => {
    expect(ballotAnswerProblem(p, dots(['p1', 2], ['p2', 2]))).toEqual({ reason: 'poll.tooManyDots', params: { limit: 3, count: 4 }, field: 'ballot.answer.dots' });
    expect(ballotAnswerProblem(p, dots(['p1', 3]))).toEqual({ reason: 'poll.tooManyOnItem', params: { limit: 2, option: 'Antrean perizinan' }, field: 'ballot.answer.dots' });
    expect(ballotAnswerProblem(p, dots(['p9', 1]))?.reason).toBe('poll.unknownItem');
    expect(ballotAnswerProblem(p, dots(['p1', 1], ['p1', 1]))?.reason).toBe('poll.itemTwice');
    expect(ballotAnswerProblem(p, { kind: 'words', words: ['inklusif'] })?.reason).toBe('poll.wrongKind');
    expect(ballotAnswerProblem(p, dots(['p1', 2], ['p3', 1]))).toBeNull();
  });
});

describe('ranking', () => {
  it('gives Borda points (first of k earns k), counts first places, and ranks by points', () => {
    const p = poll('ranking', [
      { voter: 'ani', answer: { kind: 'ranking', order: ['p2', 'p1', 'p3'] } },
      { voter: 'budi', answer: { kind: 'ranking', order: ['p1', 'p2', 'p3'] } },
      { voter: 'citra', answer: { kind: 'ranking', order: ['p2'] } },
    ]);
    const r = pollResults(p);
    if (r.kind !== 'ranking') throw new Error('ranking');
    expect(r.rows.map((row) => [row.item.id, row.points, row.firstPlaces, row.rankedBy, row.rank])).toEqual([
      ['p1', 5, 1, 2, 2],
      ['p2', 6, 2, 3, 1],
      ['p3', 2, 0, 2, 3],
    ]);
  });
});

describe('a 1–5 scale per item', () => {
  it('counts each score and gives the mean beside the number who scored', () => {
    const p = poll('scale', [
      { voter: 'ani', answer: { kind: 'scale', scores: [{ itemId: 'p1', score: 5 }, { itemId: 'p2', score: 2 }] } },
      { voter: 'budi', answer: { kind: 'scale', scores: [{ itemId: 'p1', score: 4 }] } },
      { voter: 'citra', answer: { kind: 'scale', scores: [{ itemId: 'p1', score: 4 }] } },
    ]);
    const r = pollResults(p);
    if (r.kind !== 'scale') throw new Error('scale');
    expect(r.rows.map((row) => [row.item.id, row.counts, row.n, row.mean])).toEqual([
      ['p1', [0, 0, 0, 2, 1], 3, 4.3],
      ['p2', [0, 1, 0, 0, 0], 1, 2],
      ['p3', [0, 0, 0, 0, 0], 0, null],
    ]);
  });
});

describe('word cloud', () => {
  it('normalises case, spaces, punctuation and reduplication, so obvious duplicates are one word', () => {
    expect(wordKey('  Pelayanan   PUBLIK! ')).toBe('pelayanan publik');
    expect(wordKey('Desa-desa')).toBe('desa');
    expect(wordKey('e - government')).toBe('e-government');
    expect(wordKey('“Inklusif”')).toBe('inklusif');
    expect(ballotWords(['Inklusif', 'inklusif ', 'INKLUSIF.', 'hijau'])).toEqual(['Inklusif', 'hijau']);
  });

  it('counts each word once per person, shows the spelling most people used, most-sent first', () => {
    const p = poll('words', [
      { voter: 'ani', answer: { kind: 'words', words: ['UMKM', 'inklusif', 'Inklusif'] } },
      { voter: 'budi', answer: { kind: 'words', words: ['umkm', 'Berdaya saing'] } },
      { voter: 'citra', answer: { kind: 'words', words: ['UMKM ', ' inklusif'] } },
    ]);
    const r = pollResults(p);
    if (r.kind !== 'words') throw new Error('words');
    expect(r.rows.map((row) => [row.word, row.count])).toEqual([
      ['UMKM', 3],
      ['inklusif', 2],
      ['Berdaya saing', 1],
    ]);
    expect(r.totalWords).toBe(6);
    expect(ballotAnswerProblem(p, { kind: 'words', words: ['a', 'b', 'c', 'd'] })).toEqual({ reason: 'poll.tooManyWords', params: { limit: 3, count: 4 }, field: 'ballot.answer.words' });
    // The same word four times is one word, within the limit.
    expect(ballotAnswerProblem(p, { kind: 'words', words: ['Hijau', 'hijau', 'HIJAU', 'hijau!'] })).toBeNull();
  });
});

describe('open text', () => {
  it('lists every answer, names only for a named poll', () => {
    const ballots = [
      { voter: 'ani', answer: { kind: 'text' as const, text: 'Perlu pelatihan operator desa' } },
      { voter: 'kertas-1', answer: { kind: 'text' as const, text: 'Anggaran pemeliharaan' }, paper: true },
    ];
    const anonymous = pollResults(poll('text', ballots));
    const named = pollResults(poll('text', ballots, { anonymous: false }));
    expect(anonymous.kind === 'text' && anonymous.rows).toEqual([
      { text: 'Perlu pelatihan operator desa', paper: false, voterName: null },
      { text: 'Anggaran pemeliharaan', paper: true, voterName: null },
    ]);
    expect(named.kind === 'text' && named.rows.map((r) => r.voterName)).toEqual(['ani', 'kertas-1']);
  });
});

describe('the poll commands on the demo workshop', () => {
  // Without the demo's own closed polls: this block's poll is the only one.
  const w0 = { ...demoWorkshop(), polls: [] };
  const [i1, i2, i3] = w0.issues;
  if (!i1 || !i2 || !i3) throw new Error('the demo has issues');
  const setup = [
    { type: 'createPoll', pollId: 'isu', settings: { title: 'Isu paling mendesak', kind: 'dots', items: [i1, i2, i3].map((i) => ({ id: `o-${i.id}`, label: i.text.slice(0, 80), ref: { source: 'issue', id: i.id } })), limits: { dotsPerPerson: 3, maxPerItem: 2 } } },
    { type: 'openPoll', pollId: 'isu' },
  ];
  const open = setup.reduce(run, w0);
  const ballot = (voterId: string, answer: BallotAnswer): Command => CommandSchema.parse({ type: 'castBallot', pollId: 'isu', ballot: { voterId, voterName: voterId, answer } });

  it('a second ballot from the same person replaces the first, never doubles; each ballot touches only its voter', () => {
    const once = run(open, ballot('ani', dots([`o-${i1.id}`, 2])));
    const twice = run(once, ballot('ani', dots([`o-${i2.id}`, 1])));
    expect(twice.polls[0]?.ballots.map((b: Ballot) => [b.voterId, b.answer])).toEqual([['ani', dots([`o-${i2.id}`, 1])]]);
    expect(touchesOf(once, ballot('ani', dots([`o-${i2.id}`, 1])))).toEqual(['Poll:isu#ballots.ani']);
    // Undoing the replacement brings the first ballot back.
    expect(applyCommand(twice, invertCommand(once, ballot('ani', dots([`o-${i2.id}`, 1]))), LATER).polls[0]?.ballots).toEqual(once.polls[0]?.ballots);
  });

  it('refuses over-limit ballots (400, naming the field) and ballots on a draft or closed poll (403)', () => {
    const over = refusal(() => run(open, ballot('ani', dots([`o-${i1.id}`, 2], [`o-${i2.id}`, 2]))));
    expect([over.code, over.reason, over.field]).toEqual(['invalid_input', 'poll.tooManyDots', 'ballot.answer.dots']);
    const closed = run(open, { type: 'closePoll', pollId: 'isu' });
    const late = refusal(() => run(closed, ballot('ani', dots([`o-${i1.id}`, 1]))));
    expect([late.code, late.reason]).toEqual(['forbidden', 'poll.closed']);
    expect(opdScopeProblem(closed, 'bappeda', ballot('ani', dots([`o-${i1.id}`, 1])))).toMatch(/sudah ditutup/);
    expect(opdScopeProblem(open, 'bappeda', ballot('ani', dots([`o-${i1.id}`, 1])))).toBeNull();
  });

  it('applying a dot vote sets issue priorities by rank in one step, and one undo takes them all back', () => {
    const voted = [ballot('ani', dots([`o-${i1.id}`, 2], [`o-${i2.id}`, 1])), ballot('budi', dots([`o-${i2.id}`, 2]))].reduce(run, open);
    expect(pollApplication(voted, voted.polls[0] as Poll)).toMatchObject({ target: 'issuePriority', issues: [{ id: i1.id, priority: 2 }, { id: i2.id, priority: 1 }, { id: i3.id, priority: null }] });
    const apply = CommandSchema.parse({ type: 'applyPollResult', pollId: 'isu' });
    const applied = run(voted, apply);
    expect([i1, i2, i3].map((i) => applied.issues.find((x) => x.id === i.id)?.priority)).toEqual([2, 1, null]);
    expect(applied.revision).toBe(voted.revision + 1);
    const undone = applyCommand(applied, invertCommand(voted, apply), LATER);
    expect(undone.issues).toEqual(voted.issues);
  });

  it('a scale over quick-win candidates fills the chosen criterion with the rounded mean; a word cloud adds new keywords', () => {
    const candidate = w0.quickWins.candidates[0];
    if (!candidate) throw new Error('the demo has candidates');
    const scored = [
      { type: 'createPoll', pollId: 'skor', settings: { title: 'Dampak', kind: 'scale', criterion: 'impact', items: [{ id: 'c1', label: 'Izin sehari', ref: { source: 'quickWinCandidate', id: candidate.id } }] } },
      { type: 'openPoll', pollId: 'skor' },
      { type: 'castBallot', pollId: 'skor', ballot: { voterId: 'ani', answer: { kind: 'scale', scores: [{ itemId: 'c1', score: 4 }] } } },
      { type: 'castBallot', pollId: 'skor', ballot: { voterId: 'budi', answer: { kind: 'scale', scores: [{ itemId: 'c1', score: 5 }] } } },
      { type: 'castBallot', pollId: 'skor', ballot: { voterId: 'citra', answer: { kind: 'scale', scores: [{ itemId: 'c1', score: 5 }] } } },
      { type: 'applyPollResult', pollId: 'skor' },
    ].reduce(run, w0);
    expect(scored.quickWins.candidates.find((c) => c.id === candidate.id)?.scores.impact).toBe(5);

    const existing = w0.vision.keywords[0] ?? 'melayani';
    const words = [
      { type: 'createPoll', pollId: 'kata', settings: { title: 'Satu kata untuk Malang 2045', kind: 'words' } },
      { type: 'openPoll', pollId: 'kata' },
      { type: 'castBallot', pollId: 'kata', ballot: { voterId: 'ani', answer: { kind: 'words', words: ['Tangguh', existing.toUpperCase()] } } },
      { type: 'castBallot', pollId: 'kata', ballot: { voterId: 'budi', answer: { kind: 'words', words: ['tangguh'] } } },
    ].reduce(run, w0);
    const withKeywords = run(words, { type: 'applyPollResult', pollId: 'kata' });
    expect(withKeywords.vision.keywords).toEqual([...w0.vision.keywords, 'tangguh']);
    expect(refusal(() => run(withKeywords, { type: 'applyPollResult', pollId: 'kata' })).reason).toBe('poll.nothingToApply');
  });

  it('participants see no ballots before reveal but their own, and an anonymous poll never says who voted what', () => {
    const voted = [ballot('ani', dots([`o-${i1.id}`, 1])), ballot('budi', dots([`o-${i2.id}`, 1]))].reduce(run, open);
    const hidden = participantView(voted, 'bappeda', 'ani').polls[0];
    expect(hidden?.ballots.map((b) => b.voterId)).toEqual(['ani']);
    const revealed = run(voted, { type: 'revealPoll', pollId: 'isu' });
    const shown = participantView(revealed, 'bappeda', 'ani').polls[0];
    expect(shown?.ballots).toHaveLength(2);
    expect(JSON.stringify(shown)).not.toContain('budi');
    expect(pollResults(shown as Poll)).toEqual(pollResults(revealed.polls[0] as Poll));
  });
});
