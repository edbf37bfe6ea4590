import type { ErrorDetail } from '../i18n/errors';
import type { Ballot, BallotAnswer, Poll, PollItem, QuickWinCriterion, Workshop } from '../model';

/*
 * The counts of a poll, from its ballots: what the facilitator, the stage and (once revealed) the
 * participants see, and what "Terapkan hasil" writes into the workshop. Counts first; any share or
 * mean is shown beside the count it comes from.
 */

// ---------------------------------------------------------------------------------------------
// Words of a word cloud

/**
 * The form two words are compared in: Unicode-normalised, lower case, punctuation at the edges and
 * inside removed (hyphens kept), spaces collapsed, a reduplicated word ("desa-desa") as its base.
 */
export const wordKey = (word: string): string => {
  const cleaned = word
    .normalize('NFKC')
    .toLocaleLowerCase('id')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^-+|-+$/g, '')
    .trim();
  const twice = /^([\p{L}\p{N}]+)-\1$/u.exec(cleaned);
  return twice?.[1] ?? cleaned;
};

/** A word as typed, tidied for showing: spaces collapsed, edges trimmed of punctuation. */
const tidyWord = (word: string): string =>
  word
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .trim();

/** The distinct words of one ballot (a word typed twice counts once). */
export const ballotWords = (words: readonly string[]): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of words) {
    const key = wordKey(w);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Checking a ballot

/** Why a ballot cannot be cast on this poll now (the poll is not open), or null. */
export const ballotStateProblem = (poll: Poll | undefined): ErrorDetail | null => {
  if (!poll) return { reason: 'poll.notFound', field: 'pollId' };
  if (poll.status !== 'open') return { reason: poll.status === 'draft' ? 'poll.notOpenYet' : 'poll.closed', params: { title: poll.title }, field: 'pollId' };
  return null;
};

const itemIds = (poll: Poll): Set<string> => new Set(poll.items.map((i) => i.id));
const labelOf = (poll: Poll, id: string): string => poll.items.find((i) => i.id === id)?.label ?? id;

/**
 * Why an answer does not fit the poll (wrong kind, an item it does not offer, over a limit), or null.
 * The field names the part of the command at fault (`ballot.answer.dots` …).
 */
export const ballotAnswerProblem = (poll: Poll, answer: BallotAnswer): ErrorDetail | null => {
  const field = 'ballot.answer';
  if (answer.kind !== poll.kind) return { reason: 'poll.wrongKind', field: `${field}.kind` };
  const known = itemIds(poll);
  const twice = (ids: readonly string[]) => new Set(ids).size !== ids.length;
  switch (answer.kind) {
    case 'dots': {
      const unknown = answer.dots.find((d) => !known.has(d.itemId));
      if (unknown) return { reason: 'poll.unknownItem', field: `${field}.dots` };
      if (twice(answer.dots.map((d) => d.itemId))) return { reason: 'poll.itemTwice', field: `${field}.dots` };
      const total = answer.dots.reduce((sum, d) => sum + d.count, 0);
      if (total === 0) return { reason: 'poll.emptyBallot', field: `${field}.dots` };
      if (total > poll.limits.dotsPerPerson) return { reason: 'poll.tooManyDots', params: { limit: poll.limits.dotsPerPerson, count: total }, field: `${field}.dots` };
      const heavy = answer.dots.find((d) => d.count > poll.limits.maxPerItem);
      if (heavy) return { reason: 'poll.tooManyOnItem', params: { limit: poll.limits.maxPerItem, option: labelOf(poll, heavy.itemId) }, field: `${field}.dots` };
      return null;
    }
    case 'ranking':
      if (answer.order.some((id) => !known.has(id))) return { reason: 'poll.unknownItem', field: `${field}.order` };
      if (twice(answer.order)) return { reason: 'poll.itemTwice', field: `${field}.order` };
      return null;
    case 'scale':
      if (answer.scores.some((s) => !known.has(s.itemId))) return { reason: 'poll.unknownItem', field: `${field}.scores` };
      if (twice(answer.scores.map((s) => s.itemId))) return { reason: 'poll.itemTwice', field: `${field}.scores` };
      if (answer.scores.length === 0) return { reason: 'poll.emptyBallot', field: `${field}.scores` };
      return null;
    case 'words': {
      const words = ballotWords(answer.words);
      if (words.length === 0) return { reason: 'poll.emptyBallot', field: `${field}.words` };
      if (words.length > poll.limits.wordsPerPerson) return { reason: 'poll.tooManyWords', params: { limit: poll.limits.wordsPerPerson, count: words.length }, field: `${field}.words` };
      return null;
    }
    case 'text':
      return null;
  }
};

// ---------------------------------------------------------------------------------------------
// Results

export interface BallotTally {
  /** Every ballot counted. */
  ballots: number;
  /** Of which keyed in from paper. */
  paper: number;
}

export interface DotsRow {
  item: PollItem;
  /** Dots on this item. */
  dots: number;
  /** People who gave it at least one dot. */
  voters: number;
  /** 1 = most dots; items with the same count share a rank; null with no dots. */
  rank: number | null;
}

export interface RankingRow {
  item: PollItem;
  /** Borda points: on a ballot ranking k items, first place earns k points, the last 1. */
  points: number;
  /** Ballots that put it first. */
  firstPlaces: number;
  /** Ballots that ranked it at all. */
  rankedBy: number;
  rank: number | null;
}

export interface ScaleRow {
  item: PollItem;
  /** How many gave 1, 2, 3, 4, 5. */
  counts: [number, number, number, number, number];
  /** How many scored it. */
  n: number;
  /** Mean score, one decimal, or null when nobody scored it. */
  mean: number | null;
}

export interface WordRow {
  /** As most people spelled it. */
  word: string;
  key: string;
  /** People who sent it. */
  count: number;
}

export interface TextRow {
  text: string;
  paper: boolean;
  /** Only for a named poll. */
  voterName: string | null;
}

export type PollResults = BallotTally &
  (
    | { kind: 'dots'; rows: DotsRow[]; totalDots: number }
    | { kind: 'ranking'; rows: RankingRow[] }
    | { kind: 'scale'; rows: ScaleRow[] }
    | { kind: 'words'; rows: WordRow[]; totalWords: number }
    | { kind: 'text'; rows: TextRow[] }
  );

/** Competition ranking (1, 1, 3): by score, highest first; a score of 0 has no rank. */
const ranks = (scores: readonly number[]): (number | null)[] =>
  scores.map((s) => (s > 0 ? 1 + scores.filter((other) => other > s).length : null));

type AnswerOf<K extends BallotAnswer['kind']> = Extract<BallotAnswer, { kind: K }>;
const answersOf = <K extends BallotAnswer['kind']>(ballots: readonly Ballot[], kind: K): AnswerOf<K>[] =>
  ballots.flatMap((b) => (b.answer.kind === kind ? [b.answer as AnswerOf<K>] : []));

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The results of a poll from its ballots. A ballot of another kind (never accepted, but a log is a log) is not counted. */
export const pollResults = (poll: Poll): PollResults => {
  const counted = poll.ballots.filter((b) => b.answer.kind === poll.kind);
  const tally: BallotTally = { ballots: counted.length, paper: counted.filter((b) => b.paper).length };
  const known = itemIds(poll);
  switch (poll.kind) {
    case 'dots': {
      const answers = answersOf(counted, 'dots');
      const dots = poll.items.map((item) => answers.reduce((sum, a) => sum + a.dots.filter((d) => d.itemId === item.id).reduce((s, d) => s + d.count, 0), 0));
      const voters = poll.items.map((item) => answers.filter((a) => a.dots.some((d) => d.itemId === item.id && d.count > 0)).length);
      const rank = ranks(dots);
      return {
        ...tally,
        kind: 'dots',
        totalDots: dots.reduce((a, b) => a + b, 0),
        rows: poll.items.map((item, i) => ({ item, dots: dots[i] ?? 0, voters: voters[i] ?? 0, rank: rank[i] ?? null })),
      };
    }
    case 'ranking': {
      const answers = answersOf(counted, 'ranking').map((a) => a.order.filter((id, i) => known.has(id) && a.order.indexOf(id) === i));
      const points = poll.items.map((item) => answers.reduce((sum, order) => (order.includes(item.id) ? sum + order.length - order.indexOf(item.id) : sum), 0));
      const rank = ranks(points);
      return {
        ...tally,
        kind: 'ranking',
        rows: poll.items.map((item, i) => ({
          item,
          points: points[i] ?? 0,
          firstPlaces: answers.filter((order) => order[0] === item.id).length,
          rankedBy: answers.filter((order) => order.includes(item.id)).length,
          rank: rank[i] ?? null,
        })),
      };
    }
    case 'scale': {
      const answers = answersOf(counted, 'scale');
      return {
        ...tally,
        kind: 'scale',
        rows: poll.items.map((item) => {
          const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
          for (const a of answers) {
            const s = a.scores.find((x) => x.itemId === item.id);
            if (s) counts[s.score - 1] = (counts[s.score - 1] ?? 0) + 1;
          }
          const n = counts.reduce((a, b) => a + b, 0);
          const sum = counts.reduce((acc, c, i) => acc + c * (i + 1), 0);
          return { item, counts, n, mean: n === 0 ? null : round1(sum / n) };
        }),
      };
    }
    case 'words': {
      const byKey = new Map<string, { count: number; spellings: Map<string, number>; first: number }>();
      let order = 0;
      for (const a of answersOf(counted, 'words')) {
        for (const w of ballotWords(a.words)) {
          const key = wordKey(w);
          const entry = byKey.get(key) ?? { count: 0, spellings: new Map<string, number>(), first: order++ };
          entry.count += 1;
          const shown = tidyWord(w);
          entry.spellings.set(shown, (entry.spellings.get(shown) ?? 0) + 1);
          byKey.set(key, entry);
        }
      }
      const rows = [...byKey.entries()]
        .map(([key, e]) => {
          // The spelling most people used; on a tie, the lower-case one (an acronym typed in capitals by most stays so).
          const spelled = [...e.spellings.entries()].sort((x, y) => y[1] - x[1] || (x[0] === key ? -1 : y[0] === key ? 1 : 0))[0]?.[0] ?? key;
          return { word: spelled, key, count: e.count, first: e.first };
        })
        .sort((x, y) => y.count - x.count || x.first - y.first)
        .map(({ word, key, count }) => ({ word, key, count }));
      return { ...tally, kind: 'words', rows, totalWords: rows.reduce((s, r) => s + r.count, 0) };
    }
    case 'text':
      return {
        ...tally,
        kind: 'text',
        rows: answersOf(counted, 'text').map((a, i) => ({ text: a.text, paper: counted[i]?.paper ?? false, voterName: poll.anonymous ? null : counted[i]?.voterName || null })),
      };
  }
};

/** The count behind each bar and the largest one (bars are drawn against it). */
export const barValues = (results: PollResults): { label: string; value: number; detail: string }[] => {
  switch (results.kind) {
    case 'dots':
      return results.rows.map((r) => ({ label: r.item.label, value: r.dots, detail: `${r.voters}` }));
    case 'ranking':
      return results.rows.map((r) => ({ label: r.item.label, value: r.points, detail: `${r.firstPlaces}` }));
    case 'scale':
      return results.rows.map((r) => ({ label: r.item.label, value: r.mean ?? 0, detail: `${r.n}` }));
    case 'words':
      return results.rows.map((r) => ({ label: r.word, value: r.count, detail: '' }));
    case 'text':
      return [];
  }
};

// ---------------------------------------------------------------------------------------------
// Applying a result where it belongs

/** How many words of a word cloud become vision keywords, by default. */
export const DEFAULT_KEYWORDS_TO_APPLY = 10;
const MAX_VISION_KEYWORDS = 50;

export type PollApplication =
  | { target: 'issuePriority'; issues: { id: string; label: string; before: number | null; priority: number | null }[] }
  | { target: 'quickWinScores'; criterion: QuickWinCriterion; scores: { candidateId: string; label: string; before: number | null; score: number }[] }
  | { target: 'visionKeywords'; keywords: string[] }
  | { target: null; why: 'kind' | 'noItems' | 'noCriterion' | 'nothingNew' };

/**
 * What applying a poll's result writes: a dot vote or a ranking over issues sets each issue's
 * priority (its rank; no dots, no priority); a scale over quick-win candidates sets the poll's
 * criterion to each candidate's mean score rounded (candidates nobody scored stay as they are);
 * a word cloud adds its most-sent words the vision does not have yet as keywords.
 */
export const pollApplication = (w: Workshop, poll: Poll, top: number = DEFAULT_KEYWORDS_TO_APPLY): PollApplication => {
  const results = pollResults(poll);
  switch (results.kind) {
    case 'dots':
    case 'ranking': {
      const issues = results.rows.flatMap((r) => {
        if (r.item.ref?.source !== 'issue') return [];
        const ref = r.item.ref.id;
        const issue = w.issues.find((i) => i.id === ref);
        return issue ? [{ id: issue.id, label: r.item.label, before: issue.priority ?? null, priority: r.rank }] : [];
      });
      if (issues.length === 0) return { target: null, why: 'noItems' };
      return { target: 'issuePriority', issues };
    }
    case 'scale': {
      const criterion = poll.criterion;
      if (criterion === null) return { target: null, why: 'noCriterion' };
      const scores = results.rows.flatMap((r) => {
        if (r.item.ref?.source !== 'quickWinCandidate' || r.mean === null) return [];
        const ref = r.item.ref.id;
        const candidate = w.quickWins.candidates.find((c) => c.id === ref);
        const score = Math.min(5, Math.max(1, Math.round(r.mean)));
        return candidate ? [{ candidateId: candidate.id, label: r.item.label, before: candidate.scores[criterion], score }] : [];
      });
      if (scores.length === 0) return { target: null, why: 'noItems' };
      return { target: 'quickWinScores', criterion, scores };
    }
    case 'words': {
      const have = new Set(w.vision.keywords.map(wordKey));
      const room = Math.max(0, MAX_VISION_KEYWORDS - w.vision.keywords.length);
      const keywords = results.rows
        .filter((r) => !have.has(r.key))
        .slice(0, Math.min(top, room))
        .map((r) => r.word);
      if (keywords.length === 0) return { target: null, why: 'nothingNew' };
      return { target: 'visionKeywords', keywords };
    }
    default:
      return { target: null, why: 'kind' };
  }
};
