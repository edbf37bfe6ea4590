import type { BuildContext } from '../context';
import { formatDecimal, formatInteger } from '../format';
import { groupContributions, type GroupContribution } from '../groups';
import type { Inline, TableCell } from '../model';
import {
  POLL_KIND_LABELS,
  anonymityLabel,
  applicationNote,
  ballotsSummary,
  itemsSummary,
  pollResultTable,
  pollStatusLabel,
  reportedPolls,
  rulesSummary,
  type PollCell,
  type PollColumn,
  type ReportedPoll,
} from '../polls';
import { cell, columns, row } from '../tables';
import { cleanLine, paragraph, paragraphOf } from '../text';

/** The annex's title (Issue 12: results of the room's group work and votes). */
export const POLL_ANNEX_TITLE = 'Hasil FGD dan Pemungutan Suara';

/** A caption keeps the list of tables readable: a long question is cut at a word. */
const shortQuestion = (title: string, max = 90): string => {
  const line = cleanLine(title);
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[\s,.;:–-]+$/, '')}…`;
};

const shown = (value: PollCell, column: PollColumn): string => {
  if (value === null) return '-';
  if (typeof value === 'string') return value === '' ? '-' : value;
  return column.format === 'decimal' ? formatDecimal(value, 1) : formatInteger(value);
};

const labelled = (label: string, text: string): Inline[] => [
  { kind: 'text', text: `${label}: `, bold: true },
  { kind: 'text', text },
];

const summaryTable = (ctx: BuildContext, polls: readonly ReportedPoll[]): void => {
  ctx.out.table('Ringkasan jajak pendapat', {
    columns: columns(['No', 0.8, 'center'], ['Pertanyaan', 5.4], ['Jenis', 2], ['Surat suara', 1.4, 'right'], ['Kertas', 1.5, 'right'], ['Sifat', 1.6], ['Status', 2]),
    rows: polls.map((p) =>
      row([
        cell(String(p.number), { align: 'center' }),
        cell(cleanLine(p.poll.title)),
        cell(POLL_KIND_LABELS[p.poll.kind]),
        cell(formatInteger(p.results.ballots), { align: 'right' }),
        cell(formatInteger(p.results.paper), { align: 'right' }),
        cell(anonymityLabel(p.poll)),
        cell(p.interim ? 'Masih dibuka (sementara)' : pollStatusLabel(p)),
      ]),
    ),
  });
};

const onePoll = (ctx: BuildContext, reported: ReportedPoll): void => {
  const { poll, results } = reported;
  ctx.out.subsection(poll.title);
  const facts: Inline[] = [
    ...labelled('Jenis', `${POLL_KIND_LABELS[poll.kind]}; ${rulesSummary(poll)}.`),
    { kind: 'break' },
    ...labelled(poll.kind === 'words' || poll.kind === 'text' ? 'Jawaban' : 'Pilihan', `${itemsSummary(poll)}.`),
    { kind: 'break' },
    ...labelled('Surat suara', `${ballotsSummary(results)}.`),
    { kind: 'break' },
    ...labelled('Sifat', `${anonymityLabel(poll)}${poll.anonymous ? ' (nama pemilih tidak dicatat dalam dokumen ini)' : ''}.`),
    ...(reported.interim ? [{ kind: 'break' } as const, ...labelled('Status', 'masih dibuka saat dokumen ini dibuat; angka di bawah adalah hasil sementara.')] : []),
  ];
  ctx.out.add(paragraphOf(facts));
  const table = pollResultTable(reported);
  const application = applicationNote(ctx.workshop, poll);
  const cells = (values: readonly PollCell[]): TableCell[] => table.columns.map((c, i) => cell(shown(values[i] ?? null, c), { align: c.align }));
  ctx.out.table(`Hasil ${POLL_KIND_LABELS[poll.kind].toLowerCase()}: ${shortQuestion(poll.title)}`, {
    compact: table.rows.length > 25,
    columns: table.columns.map((c) => ({ header: c.header, width: c.width, align: c.align })),
    rows: table.rows.map((values) => row(cells(values))),
    ...(table.notes.length > 0 ? { note: table.notes.join(' ') } : {}),
  });
  if (application) ctx.out.add(paragraphOf(labelled('Penerapan', application.replace(/^Penerapan: /, '')), 'body', 'left'));
};

const groupTable = (ctx: BuildContext, groups: readonly GroupContribution[]): void => {
  const count = (n: number) => cell(formatInteger(n), { align: 'right' });
  ctx.out.table('Kontribusi kelompok FGD per lembar kerja', {
    columns: columns(['Kelompok', 3.3], ['Dimensi', 2.3], ['Isu', 0.9, 'right'], ['Faktor SWOT', 1.3, 'right'], ['Kesenjangan', 2.1, 'right'], ['Usulan (masuk matriks)', 2, 'right'], ['Selesai', 2.1]),
    rows: groups.map((g) =>
      row([cell(g.name), cell(g.dimension || '-'), count(g.issues), count(g.swotItems), count(g.gapRows), cell(`${formatInteger(g.proposals)} (${formatInteger(g.proposalsTaken)})`, { align: 'right' }), cell(g.done || '-')]),
    ),
    note: 'Jumlah kartu isu, faktor SWOT dan baris kesenjangan yang ditulis kelompok; kartu yang disembunyikan fasilitator tidak dihitung. Usulan program masuk matriks: diterima sebagai program baru atau digabung ke program yang ada. Selesai: lembar kerja yang ditandai selesai oleh kelompok.',
  });
};

/**
 * Lampiran "Hasil FGD dan Pemungutan Suara": what each FGD group contributed per worksheet, a
 * summary of the room's polls, then per poll its question, kind, items, ballots (paper ones
 * counted apart), anonymity and its result as a table. A final masterplan carries closed polls
 * only; a draft also carries open ones, marked interim. Nothing is added when no group contributed
 * and no poll has a ballot.
 */
export const pollAnnex = (ctx: BuildContext): void => {
  const { polls, leftOut } = reportedPolls(ctx.workshop, ctx.options.draft);
  const groups = groupContributions(ctx.workshop);
  if (polls.length === 0 && groups === null) return;
  ctx.out.section(POLL_ANNEX_TITLE);
  if (groups !== null) {
    ctx.out.add(paragraph('Peserta Bimtek bekerja dalam kelompok diskusi terpumpun (FGD) per dimensi dan menulis kartu isu, faktor SWOT dan kesenjangan serta usulan program dari perangkat masing-masing. Tabel berikut merangkum kontribusi setiap kelompok.'));
    groupTable(ctx, groups);
  }
  if (polls.length === 0) return;
  const paper = polls.reduce((sum, p) => sum + p.results.paper, 0);
  ctx.out.add(
    paragraph(
      `${groups !== null ? 'Lampiran ini juga' : 'Lampiran ini'} memuat hasil ${polls.length} jajak pendapat yang dilakukan dalam Bimtek: peserta menjawab dari ponsel atau laptop melalui jaringan ruangan, ` +
        `dan surat suara kertas diketik oleh fasilitator${paper > 0 ? ` (${paper} surat suara, ditandai "kertas")` : ''}. Setiap surat suara tersimpan di lokakarya, sehingga setiap angka di bawah dapat ditelusuri kembali.` +
        (leftOut > 0 ? ` ${leftOut} jajak pendapat yang masih dibuka tidak dimuat dalam dokumen final ini.` : ''),
    ),
  );
  summaryTable(ctx, polls);
  for (const reported of polls) onePoll(ctx, reported);
};
