import { PollSchema, type BallotAnswer, type Poll, type PollKind, type Workshop } from '../../../shared/model';
import { buildDemoWorkshop } from '../../../electron/services/reference';

/*
 * The Kabupaten Malang demo after a plenary: one poll of every kind, closed, with ballots from
 * phones and paper; an open word cloud still taking answers (interim); a draft without ballots.
 */

interface Vote {
  voter: string;
  name?: string;
  opdId?: string | null;
  paper?: boolean;
  answer: BallotAnswer;
}

const poll = (id: string, kind: PollKind, fields: Partial<Poll>, votes: readonly Vote[]): Poll =>
  PollSchema.parse({
    id,
    kind,
    status: 'closed',
    ...fields,
    ballots: votes.map((v) => ({ voterId: v.voter, voterName: v.name ?? v.voter, opdId: v.opdId ?? null, paper: v.paper ?? false, answer: v.answer })),
  });

const issue = (id: string, label: string) => ({ id: `opt-${id}`, label, ref: { source: 'issue' as const, id } });
const dots = (...pairs: [string, number][]): BallotAnswer => ({ kind: 'dots', dots: pairs.map(([itemId, count]) => ({ itemId: `opt-${itemId}`, count })) });

export const DOT_QUESTION = 'Isu Smart Governance mana yang paling mendesak?';
export const RANK_QUESTION = 'Urutkan langkah pertama Desa Digital';
export const SCALE_QUESTION = 'Seberapa besar dampak langsung calon quick win bagi warga?';
export const WORD_QUESTION = 'Satu kata untuk Kabupaten Malang 2031';
export const TEXT_QUESTION = 'Apa syarat agar layanan tanpa riwa-riwi berhasil?';
export const OPEN_QUESTION = 'Masukan untuk penutupan Bimtek';

export const pollPlenary = (): Poll[] => [
  poll(
    'poll-isu',
    'dots',
    {
      title: DOT_QUESTION,
      items: [issue('i-sg-antre-kantor', 'Bolak-balik ke kantor untuk izin'), issue('i-sg-layanan-digital', 'Layanan digital belum terhubung'), issue('i-sg-data-tersebar', 'Data sektoral tersebar')],
      limits: { dotsPerPerson: 3, maxPerItem: 2, wordsPerPerson: 3 },
      revealed: true,
    },
    [
      { voter: 'hp-1', opdId: 'dpmptsp', answer: dots(['i-sg-antre-kantor', 2], ['i-sg-data-tersebar', 1]) },
      { voter: 'hp-2', opdId: 'diskominfo', answer: dots(['i-sg-data-tersebar', 2], ['i-sg-antre-kantor', 1]) },
      { voter: 'hp-3', opdId: 'bappeda', answer: dots(['i-sg-antre-kantor', 2], ['i-sg-layanan-digital', 1]) },
      { voter: 'kertas-1', paper: true, answer: dots(['i-sg-data-tersebar', 1]) },
    ],
  ),
  poll(
    'poll-urut',
    'ranking',
    {
      title: RANK_QUESTION,
      anonymous: false,
      items: [
        { id: 'u1', label: 'Pelatihan perangkat desa', ref: null },
        { id: 'u2', label: 'Jaringan internet balai desa', ref: null },
        { id: 'u3', label: 'Aplikasi layanan surat', ref: null },
      ],
    },
    [
      { voter: 'hp-1', name: 'Sari Dewi', answer: { kind: 'ranking', order: ['u2', 'u1', 'u3'] } },
      { voter: 'hp-2', name: 'Agus Salim', answer: { kind: 'ranking', order: ['u2', 'u3', 'u1'] } },
      { voter: 'hp-3', name: 'Rina', answer: { kind: 'ranking', order: ['u1', 'u2', 'u3'] } },
    ],
  ),
  poll(
    'poll-skor',
    'scale',
    {
      title: SCALE_QUESTION,
      criterion: 'impact',
      items: [
        { id: 's1', label: 'Izin Sehari', ref: { source: 'quickWinCandidate', id: 'qw-izin-sehari' } },
        { id: 's2', label: 'Harga Komoditas', ref: { source: 'quickWinCandidate', id: 'qw-harga-komoditas' } },
      ],
    },
    [
      { voter: 'hp-1', answer: { kind: 'scale', scores: [{ itemId: 's1', score: 5 }, { itemId: 's2', score: 3 }] } },
      { voter: 'hp-2', answer: { kind: 'scale', scores: [{ itemId: 's1', score: 4 }, { itemId: 's2', score: 3 }] } },
      { voter: 'kertas-1', paper: true, answer: { kind: 'scale', scores: [{ itemId: 's1', score: 5 }] } },
    ],
  ),
  poll('poll-kata', 'words', { title: WORD_QUESTION }, [
    { voter: 'hp-1', answer: { kind: 'words', words: ['Melayani', 'desa-desa', 'Lestari'] } },
    { voter: 'hp-2', answer: { kind: 'words', words: ['melayani ', 'Desa'] } },
    { voter: 'hp-3', answer: { kind: 'words', words: ['Berdaya saing!'] } },
    { voter: 'kertas-1', paper: true, answer: { kind: 'words', words: ['MELAYANI'] } },
  ]),
  poll('poll-teks', 'text', { title: TEXT_QUESTION, anonymous: false }, [
    { voter: 'hp-1', name: 'Sari Dewi', opdId: 'diskominfo', answer: { kind: 'text', text: 'Satu data perizinan yang dipakai bersama.' } },
    { voter: 'kertas-1', name: 'Pak Harun', paper: true, answer: { kind: 'text', text: 'Petugas desa dilatih lebih dulu.' } },
  ]),
  poll('poll-terbuka', 'text', { title: OPEN_QUESTION, status: 'open' }, [{ voter: 'hp-4', name: 'Rahasia', answer: { kind: 'text', text: 'Jadwal terlalu padat.' } }]),
  poll('poll-draf', 'dots', { title: 'Belum dibuka', status: 'draft', items: [{ id: 'x', label: 'X', ref: null }] }, []),
];

export const plenaryWorkshop = (): Workshop => ({ ...buildDemoWorkshop('demo-jajak', '2025-11-20T09:00:00.000Z'), polls: pollPlenary() });
