import { CRITERION_LABELS } from '../logic/quick-win-score';
import { DEFAULT_KEYWORDS_TO_APPLY, pollApplication, pollResults, wordKey, type PollResults } from '../logic/poll-results';
import type { Ballot, Poll, PollItemSource, PollKind, Workshop } from '../model';
import { scaleEndWords } from '../logic/scale-ends';
import { cleanLine } from './text';

/*
 * The room's polls as the masterplan annex ("Hasil FGD dan Pemungutan Suara") and the Excel sheets
 * print them: one definition of which polls are reported, how each is described, and each result
 * as a table of plain values (numbers stay numbers, so the workbook can sum and sort them). The
 * counts all come from pollResults; nothing here counts ballots its own way.
 */

export const POLL_KIND_LABELS: Readonly<Record<PollKind, string>> = {
  dots: 'Voting titik',
  ranking: 'Peringkat',
  scale: 'Skala 1–5',
  words: 'Awan kata',
  text: 'Jawaban terbuka',
};

/** What a workshop item is, as a count reads ("5 isu daerah"). */
const SOURCE_LABELS: Readonly<Record<PollItemSource, string>> = {
  issue: 'isu daerah',
  quickWinCandidate: 'kandidat quick win',
  program: 'program',
  towsStrategy: 'strategi TOWS',
};
const SOURCE_ORDER: readonly PollItemSource[] = ['issue', 'quickWinCandidate', 'program', 'towsStrategy'];

/** Which polls a report carries, and whether each is final. */
export interface ReportedPoll {
  /** 1, 2, 3 … in workshop order among the reported polls. */
  number: number;
  poll: Poll;
  results: PollResults;
  /** Still open (or not yet opened, with paper ballots only): its figures may change. */
  interim: boolean;
}

/**
 * The polls with at least one ballot. A closed poll is final. An open poll (or a draft one holding
 * paper ballots) is interim: a draft masterplan and the workbook show it marked as such; a final
 * masterplan leaves it out (and says how many it left out).
 */
export const reportedPolls = (w: Workshop, includeInterim: boolean): { polls: ReportedPoll[]; leftOut: number } => {
  const withBallots = w.polls.filter((p) => pollResults(p).ballots > 0);
  const chosen = withBallots.filter((p) => includeInterim || p.status === 'closed');
  return {
    polls: chosen.map((poll, i) => ({ number: i + 1, poll, results: pollResults(poll), interim: poll.status !== 'closed' })),
    leftOut: withBallots.length - chosen.length,
  };
};

export const pollStatusLabel = (reported: ReportedPoll): string => (reported.interim ? 'Masih dibuka (hasil sementara)' : 'Ditutup');

export const anonymityLabel = (poll: Poll): string => (poll.anonymous ? 'Anonim' : 'Dengan nama');

/** "5 isu daerah dari lokakarya", "3 isu daerah dari lokakarya dan 2 pilihan diketik", "kata bebas dari peserta". */
export const itemsSummary = (poll: Poll): string => {
  if (poll.kind === 'words') return 'kata atau frasa pendek yang dikirim peserta';
  if (poll.kind === 'text') return 'jawaban bebas peserta';
  const fromWorkshop = SOURCE_ORDER.flatMap((source) => {
    const n = poll.items.filter((i) => i.ref?.source === source).length;
    return n > 0 ? [`${n} ${SOURCE_LABELS[source]}`] : [];
  });
  const typed = poll.items.filter((i) => i.ref === null).length;
  const parts = [...(fromWorkshop.length > 0 ? [`${fromWorkshop.join(', ')} dari lokakarya`] : []), ...(typed > 0 ? [`${typed} pilihan diketik fasilitator`] : [])];
  return parts.length > 0 ? parts.join(' dan ') : 'tanpa pilihan';
};

/** The rule each person voted by. */
export const rulesSummary = (poll: Poll): string => {
  switch (poll.kind) {
    case 'dots':
      return `${poll.limits.dotsPerPerson} titik per orang, paling banyak ${poll.limits.maxPerItem} titik pada satu pilihan`;
    case 'ranking':
      return 'setiap orang mengurutkan pilihan dari yang terpenting';
    case 'scale': {
      const ends = scaleEndWords(poll);
      return `setiap orang memberi skor 1 (${ends.low}) sampai 5 (${ends.high}) pada setiap pilihan`;
    }
    case 'words':
      return `paling banyak ${poll.limits.wordsPerPerson} kata per orang`;
    case 'text':
      return 'satu jawaban per orang';
  }
};

/** "14 surat suara, 3 di antaranya surat suara kertas yang diketik fasilitator". */
export const ballotsSummary = (results: PollResults): string =>
  results.paper > 0 ? `${results.ballots} surat suara, ${results.paper} di antaranya surat suara kertas yang diketik fasilitator` : `${results.ballots} surat suara, semuanya dari perangkat peserta`;

/** "2 isu belum berprioritas dan 1 isu memiliki prioritas lain". */
const differences = (unset: number, unsetText: string, other: number, otherText: string): string =>
  [unset > 0 ? `${unset} ${unsetText}` : '', other > 0 ? `${other} ${otherText}` : ''].filter(Boolean).join(' dan ');

/**
 * Where the result belongs and whether the workshop shows it now. The workshop keeps no record of an
 * "apply" (it is an undoable command like any other edit), so this compares: the issues' priorities
 * with the ranks, the quick-win criterion with the rounded means, the vision's keywords with the top words.
 */
export const applicationNote = (w: Workshop, poll: Poll): string | null => {
  const results = pollResults(poll);
  if (results.kind === 'words') {
    const top = results.rows.slice(0, DEFAULT_KEYWORDS_TO_APPLY);
    if (top.length === 0) return null;
    const have = new Set(w.vision.keywords.map(wordKey));
    const inVision = top.filter((r) => have.has(r.key)).length;
    return `Penerapan: ${inVision} dari ${top.length} kata teratas tercantum sebagai kata kunci visi.`;
  }
  const application = pollApplication(w, poll);
  switch (application.target) {
    case 'issuePriority': {
      const n = application.issues.length;
      const unset = application.issues.filter((i) => i.before === null && i.priority !== null).length;
      const other = application.issues.filter((i) => i.before !== null && i.before !== i.priority).length;
      if (unset === 0 && other === 0) return `Penerapan: prioritas ${n} isu daerah dalam masterplan sama dengan peringkat hasil ini.`;
      return `Penerapan: peringkat hasil ini dapat mengisi prioritas ${n} isu daerah; dalam masterplan saat ini ${differences(unset, 'isu belum berprioritas', other, 'isu memiliki prioritas lain')}.`;
    }
    case 'quickWinScores': {
      const criterion = CRITERION_LABELS[application.criterion];
      const n = application.scores.length;
      const unset = application.scores.filter((s) => s.before === null).length;
      const other = application.scores.filter((s) => s.before !== null && s.before !== s.score).length;
      if (unset === 0 && other === 0) return `Penerapan: skor kriteria "${criterion}" ${n} kandidat quick win sama dengan rata-rata hasil ini (dibulatkan).`;
      return `Penerapan: rata-rata hasil ini dapat mengisi skor kriteria "${criterion}" ${n} kandidat quick win; saat ini ${differences(unset, 'kandidat belum dinilai', other, 'kandidat memiliki skor lain')}.`;
    }
    default:
      return null;
  }
};

// ---------------------------------------------------------------------------------------------
// Result tables

export type PollCell = string | number | null;

export interface PollColumn {
  header: string;
  /** Relative width in the document. */
  width: number;
  /** Width in characters in the workbook. */
  chars: number;
  align: 'left' | 'center' | 'right';
  /** How a number in it is shown: whole, or one decimal. */
  format: 'text' | 'wrap' | 'integer' | 'decimal';
}

export interface PollTable {
  columns: PollColumn[];
  rows: PollCell[][];
  /** Lines printed under the table. */
  notes: string[];
}

const col = (header: string, width: number, chars: number, format: PollColumn['format'], align: PollColumn['align'] = format === 'integer' || format === 'decimal' ? 'right' : 'left'): PollColumn => ({
  header,
  width,
  chars,
  align,
  format,
});

/** At most this many words of a word cloud are listed one per row; the rest are counted in a note. */
export const MAX_WORD_ROWS = 60;

const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** Items best first; items with the same score keep the poll's order. */
const byScore = <T>(rows: readonly T[], score: (row: T) => number | null): T[] =>
  rows
    .map((row, i) => ({ row, i, s: score(row) }))
    .sort((a, b) => (b.s ?? -Infinity) - (a.s ?? -Infinity) || a.i - b.i)
    .map((x) => x.row);

/** The result of a poll as a table (an open-text answer names its author only in a named poll). */
export const pollResultTable = (reported: ReportedPoll): PollTable => {
  const { results, poll } = reported;
  const label = (text: string) => cleanLine(text);
  switch (results.kind) {
    case 'dots':
      return {
        columns: [col('Peringkat', 1.8, 10, 'integer', 'center'), col('Pilihan', 6, 48, 'wrap'), col('Titik', 1.2, 8, 'integer'), col('Pemilih', 1.3, 9, 'integer'), col('Porsi titik (%)', 1.6, 13, 'decimal')],
        rows: byScore(results.rows, (r) => r.dots).map((r) => [r.rank, label(r.item.label), r.dots, r.voters, share(r.dots, results.totalDots)]),
        notes: [`Jumlah titik: ${results.totalDots}. Pemilih: orang yang memberi sedikitnya satu titik pada pilihan itu. Pilihan dengan jumlah titik sama berbagi peringkat.`],
      };
    case 'ranking':
      return {
        columns: [col('Peringkat', 1.8, 10, 'integer', 'center'), col('Pilihan', 6, 48, 'wrap'), col('Poin Borda', 1.5, 11, 'integer'), col('Urutan pertama', 1.6, 14, 'integer'), col('Diurutkan oleh', 1.6, 14, 'integer')],
        rows: byScore(results.rows, (r) => r.points).map((r) => [r.rank, label(r.item.label), r.points, r.firstPlaces, r.rankedBy]),
        notes: ['Poin Borda: pada surat suara yang mengurutkan k pilihan, urutan pertama mendapat k poin dan urutan terakhir 1 poin; peringkat menurut jumlah poin.'],
      };
    case 'scale': {
      const ends = scaleEndWords(poll);
      return {
        columns: [
          col('No', 0.8, 6, 'integer', 'center'),
          col('Pilihan', 4.5, 44, 'wrap'),
          col('Rata-rata', 1.4, 10, 'decimal'),
          col('n', 0.9, 6, 'integer'),
          ...[1, 2, 3, 4, 5].map((s) => col(`Skor ${s}`, 1.1, 8, 'integer')),
        ],
        rows: byScore(results.rows, (r) => r.mean).map((r, i) => [i + 1, label(r.item.label), r.mean, r.n, ...r.counts]),
        notes: [`Rata-rata dari skor 1–5 (1 = ${ends.low}, 5 = ${ends.high}); n: jumlah orang yang menilai pilihan itu; Skor 1 sampai Skor 5: berapa orang memberi skor tersebut. Diurutkan dari rata-rata tertinggi.`],
      };
    }
    case 'words': {
      const shown = results.rows.slice(0, MAX_WORD_ROWS);
      const rest = results.rows.slice(MAX_WORD_ROWS);
      return {
        columns: [col('No', 0.8, 6, 'integer', 'center'), col('Kata', 6, 36, 'wrap'), col('Dikirim oleh', 1.8, 13, 'integer')],
        rows: shown.map((r, i) => [i + 1, label(r.word), r.count]),
        notes: [
          'Kata yang sama dihitung sekali per orang; huruf besar-kecil, spasi, tanda baca dan kata ulang (desa-desa) disamakan, dan ejaan yang paling banyak dipakai ditampilkan.',
          ...(rest.length > 0 ? [`${rest.length} kata lain (masing-masing dikirim oleh ${Math.max(...rest.map((r) => r.count))} orang atau kurang) tidak dicantumkan.`] : []),
        ],
      };
    }
    case 'text':
      return {
        columns: [
          col('No', 0.8, 6, 'integer', 'center'),
          col('Jawaban', poll.anonymous ? 8 : 6, 70, 'wrap'),
          ...(poll.anonymous ? [] : [col('Nama', 2.2, 22, 'wrap')]),
          col('Asal', 1.4, 10, 'text'),
        ],
        rows: results.rows.map((r, i) => [i + 1, r.text.trim(), ...(poll.anonymous ? [] : [cleanLine(r.voterName ?? '') || '-']), r.paper ? 'Kertas' : 'Perangkat']),
        notes: [],
      };
  }
};

// ---------------------------------------------------------------------------------------------
// Ballots, for the workbook

/** One ballot's answer in words: "Antrean perizinan ×2; Jaringan desa ×1", "1. A; 2. B", "A: 4; B: 3". */
export const ballotAnswerText = (poll: Poll, ballot: Ballot): string => {
  const labelOf = (id: string) => cleanLine(poll.items.find((i) => i.id === id)?.label ?? id);
  const a = ballot.answer;
  switch (a.kind) {
    case 'dots':
      return a.dots.map((d) => `${labelOf(d.itemId)} ×${d.count}`).join('; ');
    case 'ranking':
      return a.order.map((id, i) => `${i + 1}. ${labelOf(id)}`).join('; ');
    case 'scale':
      return a.scores.map((s) => `${labelOf(s.itemId)}: ${s.score}`).join('; ');
    case 'words':
      return a.words.map(cleanLine).join('; ');
    case 'text':
      return a.text.trim();
  }
};
