import {
  POLL_KIND_LABELS,
  anonymityLabel,
  applicationNote,
  ballotAnswerText,
  itemsSummary,
  pollResultTable,
  pollStatusLabel,
  reportedPolls,
  rulesSummary,
  type ReportedPoll,
} from '../document/polls';
import { groupContributions } from '../document/groups';
import type { Workshop } from '../model';
import { column, type CellValue, type SheetTable, type WorkbookSheet } from './model';

/** The sheets' names; the program import reads only "Matriks Program" and never these. */
export const POLL_SHEET_NAME = 'Jajak Pendapat';
export const BALLOT_SHEET_NAME = 'Surat Suara';
export const GROUP_SHEET_NAME = 'Kelompok FGD';

const summary = (w: Workshop, polls: readonly ReportedPoll[]): SheetTable => ({
  title: 'Ringkasan jajak pendapat',
  columns: [
    column('No', 6, 'integer'),
    column('Pertanyaan', 40, 'wrap'),
    column('Jenis', 16),
    column('Aturan', 30, 'wrap'),
    column('Pilihan', 28, 'wrap'),
    column('Status', 16, 'wrap'),
    column('Sifat', 12),
    column('Surat suara', 11, 'integer'),
    column('Surat suara kertas', 11, 'integer'),
    column('Penerapan', 44, 'wrap'),
  ],
  rows: polls.map((p) => [
    p.number,
    p.poll.title,
    POLL_KIND_LABELS[p.poll.kind],
    rulesSummary(p.poll),
    itemsSummary(p.poll),
    pollStatusLabel(p),
    anonymityLabel(p.poll),
    p.results.ballots,
    p.results.paper,
    (applicationNote(w, p.poll) ?? '').replace(/^Penerapan: /, ''),
  ]),
});

const resultTable = (p: ReportedPoll): SheetTable => {
  const table = pollResultTable(p);
  return {
    title: `${p.number}. ${p.poll.title} (${POLL_KIND_LABELS[p.poll.kind]}${p.interim ? ', hasil sementara' : ''})`,
    columns: table.columns.map((c) => column(c.header, c.chars, c.format)),
    rows: table.rows,
    notes: table.notes,
  };
};

/**
 * "Jajak Pendapat": every poll with ballots (an open one marked as interim), a summary, then each
 * result as its own table with the same figures as the masterplan's annex. Null when no poll has a ballot.
 */
export const pollSheet = (w: Workshop): WorkbookSheet | null => {
  const { polls } = reportedPolls(w, true);
  if (polls.length === 0) return null;
  return { name: POLL_SHEET_NAME, filter: false, tables: [summary(w, polls), ...polls.map(resultTable)] };
};

/**
 * "Surat Suara": one row per ballot, so each count can be checked by hand. Paper ballots are marked;
 * an anonymous poll's ballots carry no name and no OPD. Null when no poll has a ballot.
 */
export const ballotSheet = (w: Workshop): WorkbookSheet | null => {
  const { polls } = reportedPolls(w, true);
  if (polls.length === 0) return null;
  const opdName = (id: string | null): string => (id === null ? '' : (w.opds.find((o) => o.id === id)?.abbreviation ?? ''));
  const rows: CellValue[][] = polls.flatMap((p) =>
    p.poll.ballots
      .filter((b) => b.answer.kind === p.poll.kind)
      .map((b, i) => [
        p.number,
        p.poll.title,
        i + 1,
        b.paper ? 'Kertas' : 'Perangkat',
        p.poll.anonymous ? 'Anonim' : b.voterName,
        p.poll.anonymous ? '' : opdName(b.opdId),
        ballotAnswerText(p.poll, b),
      ]),
  );
  return {
    name: BALLOT_SHEET_NAME,
    filter: true,
    tables: [
      {
        columns: [
          column('No jajak pendapat', 10, 'integer'),
          column('Pertanyaan', 36, 'wrap'),
          column('No surat suara', 10, 'integer'),
          column('Asal', 11),
          column('Nama', 22, 'wrap'),
          column('OPD', 14),
          column('Jawaban', 70, 'wrap'),
        ],
        rows,
      },
    ],
  };
};

/** "Kelompok FGD": each group's shown cards per worksheet, its proposals and what it marked "Selesai". Null when no group contributed. */
export const groupSheet = (w: Workshop): WorkbookSheet | null => {
  const groups = groupContributions(w);
  if (groups === null) return null;
  return {
    name: GROUP_SHEET_NAME,
    filter: true,
    tables: [
      {
        columns: [
          column('Kelompok', 30, 'wrap'),
          column('Dimensi', 20),
          column('Isu', 8, 'integer'),
          column('Faktor SWOT', 12, 'integer'),
          column('Baris kesenjangan', 14, 'integer'),
          column('Usulan program', 12, 'integer'),
          column('Usulan masuk matriks', 14, 'integer'),
          column('Selesai', 30, 'wrap'),
        ],
        rows: groups.map((g) => [g.name, g.dimension, g.issues, g.swotItems, g.gapRows, g.proposals, g.proposalsTaken, g.done]),
        notes: ['Kartu yang disembunyikan fasilitator tidak dihitung. Usulan masuk matriks: diterima sebagai program baru atau digabung ke program yang ada.'],
      },
    ],
  };
};
