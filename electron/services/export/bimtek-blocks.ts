import type { Block, Inline, ListBlock, ParagraphBlock, TableBlock, TableCell, TableRow } from '../../../shared/document';
import { BIMTEK_NUMERALS, BIMTEK_THEMES, attendeeOpdName, attendeesAt, longDate, stageDates } from '../../../shared/logic/bimtek';
import { bimtekDecisions } from '../../../shared/logic/bimtek-decisions';
import type { BimtekStageId, Workshop } from '../../../shared/model';
import { signingPlace as placeOfSigning } from '../../../shared/document/place';

/**
 * The daftar hadir and the berita acara of one Tahap as document blocks (shared/document/model.ts), written by
 * bimtek-docx.ts with the masterplan's block writers and styles. The region's kop is drawn there, above these.
 */

export type BimtekPaper = 'daftar-hadir' | 'berita-acara';

/** The berita acara's closing sentence, kept on the page of the signatures. */
export const CLOSING = 'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.';

/** A line left to be filled in by hand. */
export const BLANK = '……………………………';
/** Rows printed on an attendance list nobody is marked present on yet, to be filled in by hand. */
export const BLANK_ROWS = 20;
/** Attendance rows kept on the page of the signatures. */
const SIGNED_WITH_ROWS = 2;

const text = (value: string, look: { bold?: boolean; italic?: boolean; underline?: boolean } = {}): Inline => ({ kind: 'text', text: value, ...look });
const para = (inlines: Inline[], align?: ParagraphBlock['align']): ParagraphBlock => ({ kind: 'paragraph', inlines, ...(align ? { align } : {}) });
const plain = (value: string, align?: ParagraphBlock['align']): ParagraphBlock => para([text(value)], align);
const heading = (value: string): Block => ({ kind: 'heading', level: 3, number: null, text: value });
const cell = (value: string, extra: Partial<TableCell> = {}): TableCell => ({ blocks: value === '' ? [] : [plain(value)], ...extra });

/** "Kabupaten Malang"; the workshop's title when the region has no name yet. */
const regionOf = (w: Workshop): string => w.region.name.trim() || w.title;

/** The Bappeda's head as the commitment sheet names them: title and name (either may be empty). */
export const bappedaHead = (w: Workshop): { title: string; name: string } => {
  const bappeda = w.opds.find((o) => /bappeda|perencanaan pembangunan/i.test(`${o.abbreviation} ${o.name}`));
  const entry = bappeda ? w.commitment.entries.find((e) => e.opdId === bappeda.id) : undefined;
  const title = entry?.headTitle.trim() || `Kepala ${bappeda?.abbreviation || 'Bappeda'}`;
  return { title: `${title} ${regionOf(w)}`.replace(/\s+/g, ' ').trim(), name: entry?.headName.trim() ?? '' };
};

/**
 * Where the papers are signed: the town the venue ends with ("Pendopo Agung, Kepanjen" → "Kepanjen"; "…, Kota Batu" →
 * "Batu"), or the region's seat, by the foreword's rule (shared/document/place.ts), or a line to fill in.
 */
export const signingPlace = (w: Workshop, stage: BimtekStageId): string => {
  const venue = w.bimtek.stages[stage].venue;
  const town = venue.includes(',') ? venue.slice(venue.lastIndexOf(',') + 1) : '';
  return placeOfSigning(town, w.region) || BLANK;
};

const titleLines = (paper: BimtekPaper, w: Workshop, stage: BimtekStageId): Block[] => [
  para([text(paper === 'daftar-hadir' ? 'DAFTAR HADIR' : 'BERITA ACARA', { bold: true })], 'center'),
  para([text(`BIMBINGAN TEKNIS (BIMTEK) TAHAP ${BIMTEK_NUMERALS[stage]}`, { bold: true })], 'center'),
  para([text(`PENYUSUNAN MASTERPLAN SMART CITY ${regionOf(w).toUpperCase()}`, { bold: true })], 'center'),
  ...(paper === 'berita-acara' ? [plain(`Nomor: ${BLANK}`, 'center')] : []),
];

/** The Tahap's facts as a borderless two-column table: Hari/Tanggal, Tempat, Acara, Pembimbing. */
const factsTable = (w: Workshop, stage: BimtekStageId): TableBlock => {
  const s = w.bimtek.stages[stage];
  const mentor = [s.mentor, s.mentorRole].filter((p) => p.trim() !== '').join(', ');
  const rows: [string, string][] = [
    ['Hari/Tanggal', stageDates(s.startDate, s.endDate) || BLANK],
    ['Tempat', s.venue || BLANK],
    ['Acara', `Bimtek Tahap ${BIMTEK_NUMERALS[stage]}: ${BIMTEK_THEMES[stage]}`],
    ['Pembimbing/Narasumber', mentor || BLANK],
  ];
  return {
    kind: 'table',
    caption: null,
    columns: [
      { header: '', width: 26 },
      { header: '', width: 3 },
      { header: '', width: 71 },
    ],
    headerless: true,
    borderless: true,
    rows: rows.map(([label, value]) => ({ cells: [cell(label), cell(':'), cell(value)] })),
  };
};

/** One signature column: a line above the role ("Mengetahui," or the place and date), the role, room to sign, the name, and the NIP line for a civil servant. */
export interface BimtekSigner {
  lead: string;
  role: string;
  name: string;
  nip: boolean;
}

/**
 * Who signs a paper of a Tahap: on the left the Bappeda's head ("Mengetahui,"), on the right the mentor under the place
 * and the last day of the Tahap. A name not known yet is a dotted line to write on.
 */
export const bimtekSigners = (w: Workshop, stage: BimtekStageId): [BimtekSigner, BimtekSigner] => {
  const s = w.bimtek.stages[stage];
  const day = s.endDate ?? s.startDate;
  const head = bappedaHead(w);
  return [
    { lead: 'Mengetahui,', role: head.title, name: head.name || BLANK, nip: true },
    { lead: `${signingPlace(w, stage)}, ${day ? longDate(day) : BLANK}`, role: 'Pembimbing/Narasumber', name: s.mentor.trim() || BLANK, nip: false },
  ];
};

/** The attendance table: No, Nama, Jabatan, Instansi/OPD, and the signature column split in two, odd numbers left. */
export const attendanceTable = (w: Workshop, stage: BimtekStageId): TableBlock => {
  const present = attendeesAt(w, stage);
  const lines = present.length > 0 ? present.map((a) => ({ name: a.name, title: a.title, opd: attendeeOpdName(w, a) || a.group })) : Array.from({ length: BLANK_ROWS }, () => ({ name: '', title: '', opd: '' }));
  const header: TableRow = {
    header: true,
    cells: ['No', 'Nama', 'Jabatan', 'Instansi/OPD'].map((h) => cell(h, { shade: 'header', align: 'center' })).concat([cell('Tanda Tangan', { shade: 'header', align: 'center', colSpan: 2 })]),
  };
  const rows: TableRow[] = lines.map((line, index) => {
    const n = `${index + 1}.`;
    const odd = index % 2 === 0;
    return {
      minHeightMm: 10,
      // The last rows go with the signatures (bimtek-docx.ts writes them in a last row), so they never open a page alone.
      ...(index >= lines.length - SIGNED_WITH_ROWS ? { keepWithNext: true } : {}),
      cells: [cell(`${index + 1}`, { align: 'center' }), cell(line.name), cell(line.title), cell(line.opd), cell(odd ? n : ''), cell(odd ? '' : n)],
    };
  });
  return {
    kind: 'table',
    caption: null,
    columns: [
      { header: 'No', width: 6, align: 'center' },
      { header: 'Nama', width: 24 },
      { header: 'Jabatan', width: 23 },
      { header: 'Instansi/OPD', width: 23 },
      { header: '', width: 12 },
      { header: '', width: 12 },
    ],
    headerless: true,
    // However short, the list runs over pages where it must; only its last rows go with the signatures below it.
    mayBreak: true,
    rows: [header, ...rows],
  };
};

/** The daftar hadir's title and facts, above its attendance table. */
export const daftarHadirHead = (w: Workshop, stage: BimtekStageId): Block[] => [...titleLines('daftar-hadir', w, stage), factsTable(w, stage)];

/** The daftar hadir of a Tahap: title, facts and the attendance table (bimtek-docx.ts puts the signatures under it). */
export const daftarHadirBlocks = (w: Workshop, stage: BimtekStageId): Block[] => [...daftarHadirHead(w, stage), attendanceTable(w, stage)];

const numbered = (items: ParagraphBlock[][]): ListBlock => ({ kind: 'list', ordered: true, items: items.map((blocks) => ({ blocks })) });

/** The berita acara of a Tahap: what was held, its agenda and what it decided (bimtek-docx.ts puts the signatures under it). */
export const beritaAcaraBlocks = (w: Workshop, stage: BimtekStageId): Block[] => {
  const s = w.bimtek.stages[stage];
  const count = attendeesAt(w, stage).length;
  const day = s.startDate ? `hari ini ${stageDates(s.startDate, s.endDate)}` : `hari ${BLANK} tanggal ${BLANK}`;
  const mentor = s.mentor.trim() ? `, dengan pembimbing/narasumber ${s.mentor.trim()}${s.mentorRole.trim() ? ` (${s.mentorRole.trim()})` : ''}` : '';
  const opening =
    `Pada ${day}, bertempat di ${s.venue.trim() || BLANK}, telah dilaksanakan Bimbingan Teknis (Bimtek) Tahap ${BIMTEK_NUMERALS[stage]} ` +
    `Penyusunan Masterplan Smart City ${regionOf(w)} dengan pokok bahasan ${BIMTEK_THEMES[stage]}${mentor}` +
    (count > 0 ? `, dan dihadiri oleh ${count} orang peserta sebagaimana tercantum dalam daftar hadir terlampir.` : ', dengan peserta sebagaimana tercantum dalam daftar hadir terlampir.');
  const agenda = s.agenda.map((line) => line.trim()).filter(Boolean);
  const decisions = bimtekDecisions(w, stage);
  const decisionItems = decisions.map((d): (ParagraphBlock | ListBlock)[] => [
    plain(d.text),
    ...(d.items.length > 0 ? [{ kind: 'list', ordered: false, items: d.items.map((item) => ({ blocks: [plain(item)] })) } as ListBlock] : []),
  ]);
  return [
    ...titleLines('berita-acara', w, stage),
    // With a dotted blank to fill in, justification would stretch the spaces around it: left-aligned, it reads as a form.
    plain(opening, opening.includes(BLANK) ? 'left' : undefined),
    heading('A. Susunan Acara'),
    agenda.length > 0 ? numbered(agenda.map((line) => [plain(line)])) : plain('Susunan acara belum dicatat.'),
    heading('B. Hasil dan Kesepakatan'),
    decisionItems.length > 0 ? { kind: 'list', ordered: true, items: decisionItems.map((blocks) => ({ blocks })) } : plain('Belum ada hasil yang tercatat untuk tahap ini.'),
  ];
};
