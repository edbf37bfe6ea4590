import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument, type Block, type DocumentSection, type MasterplanDocument, type TableBlock } from '../../../shared/document';
import { documentContents } from '../../../electron/services/export/contents';
import { countLines, lineHeight, textWidth } from '../../../electron/services/export/metrics';
import { textWidth as pageTextWidth } from '../../../electron/services/export/page';
import { estimatePages, layoutLineWidth, type PageEstimate } from '../../../electron/services/export/page-estimate';
import { listIndent } from '../../../electron/services/export/styles';
import type { PaperSize } from '../../../electron/services/export/page';
import { buildLargeWorkshop } from '../../../bench/large-workshop';

/*
 * The page estimate behind the page numbers of the table of contents. The export tests check it against the pages
 * LibreOffice prints for the demo and a 200-program workshop; these pin down the rules it lays pages out by.
 */

const COVER: Block = { kind: 'cover', title: 'Masterplan', regionLine: 'Kabupaten Contoh', provinceLine: '', periodLine: '2025–2034', subtitle: '', logo: null, issuer: '', year: '2025', draftMark: null };

const documentOf = (...sections: Array<Pick<DocumentSection, 'blocks'> & Partial<DocumentSection>>): MasterplanDocument => ({
  meta: { title: 'Masterplan', subject: '', creator: '', description: '', keywords: '', runningTitle: 'Masterplan', draft: false, draftMark: 'DRAF', pageLabel: 'Halaman {page} dari {pages}', language: 'id-ID' },
  sections: [{ orientation: 'portrait', running: false, blocks: [COVER] }, ...sections.map((s) => ({ orientation: 'portrait' as const, running: true, ...s }))],
  diagrams: [],
});

const estimate = (doc: MasterplanDocument, paperSize: PaperSize = 'A4'): PageEstimate & { pageOf: (block: Block) => number | undefined } => {
  const contents = documentContents(doc);
  const result = estimatePages(doc, { paperSize, diagrams: {}, contents, diagramNotRendered: '[Diagram belum digambar]' });
  return { ...result, pageOf: (block) => result.pages.get(contents.bookmarkOf(block) ?? '') };
};

const line = (text = 'Satu baris.'): Block => ({ kind: 'paragraph', inlines: [{ kind: 'text', text }] });
const lines = (count: number): Block[] => Array.from({ length: count }, () => line());
const heading = (number: string, text: string, level: 1 | 2 | 3 = 2): Block => ({ kind: 'heading', level, number, text });
const table = (rows: number, caption = 'Daftar program'): TableBlock => ({
  kind: 'table',
  caption: { label: 'Tabel', number: '1.1', title: caption },
  columns: [
    { header: 'Kode', width: 1 },
    { header: 'Program', width: 4 },
  ],
  rows: Array.from({ length: rows }, (_, i) => ({ cells: [{ blocks: [line(`P-${i + 1}`) as never] }, { blocks: [line(`Program nomor ${i + 1}`) as never] }] })),
});

describe('wrapping text as LibreOffice does (Arial 11 pt on an A4 text width)', () => {
  const width = pageTextWidth('A4', 'portrait');
  const piece = (text: string, size = 11, bold = false) => [{ text, look: { size, bold } }];

  it('breaks the first paragraph of the demo masterplan where LibreOffice does', () => {
    const first = 'Kabupaten Malang terpilih sebagai salah satu dari 48 kabupaten/kota peserta Gerakan';
    expect(countLines(piece(first), width)).toBe(1);
    expect(countLines(piece(`${first} Menuju`), width)).toBe(2);
    const paragraph = `${first} Menuju Smart City tahun 2021. Pemilihan ini berkaitan dengan kawasan Taman Nasional Bromo Tengger Semeru yang telah ditetapkan sebagai destinasi nasional.`;
    expect(countLines(piece(paragraph), width)).toBe(3);
  });

  it('keeps a slash with the word before it and "Rp" with its amount', () => {
    // A column of the program matrix on F4 paper, as LibreOffice wrote its header: "OPD" / "pendukung /" / "mitra".
    expect(countLines(piece('OPD pendukung / mitra', 8, true), 1338)).toBe(3);
    // Room for "Anggaran Rp" or for the amount, not for "Rp" and the amount: "Rp" goes down with it, and the amount breaks.
    const room = textWidth('1.850.000.000', { size: 8 }) + 20;
    expect(textWidth('Anggaran Rp', { size: 8 })).toBeLessThan(room);
    expect(countLines(piece('Anggaran Rp 1.850.000.000', 8), room)).toBe(3);
    expect(countLines(piece('Anggaran Xy 1.850.000.000', 8), room)).toBe(2);
  });

  it('spaces lines by a whole percentage of the font’s height, as LibreOffice keeps w:line', () => {
    // Measured on its PDFs: contents entries (11 pt, w:line 260 = 108 %) 273 twips apart, not 274; a chapter title
    // (14 pt at 125 %) 402; body text (11 pt at 125 %) 316; table text (9 pt, single) 207.
    expect(lineHeight({ size: 11 }, 260)).toBe(273);
    expect(lineHeight({ size: 14, bold: true }, 300)).toBe(402);
    expect(lineHeight({ size: 11 }, 300)).toBe(316);
    expect(lineHeight({ size: 9 }, 240)).toBe(207);
  });

  it('counts line breaks and breaks a word longer than the line', () => {
    expect(countLines([...piece('satu'), { lineBreak: true }, ...piece('dua')], width)).toBe(2);
    expect(countLines(piece('x'.repeat(2000)), width)).toBeGreaterThan(10);
  });

  it('counts a 50,000-character paragraph', () => {
    const words = 'kata '.repeat(10_000);
    const perLine = countLines(piece('kata '.repeat(100)), width);
    expect(countLines(piece(words), width)).toBeGreaterThanOrEqual(perLine * 90);
  });
});

describe('estimating the pages of a masterplan', () => {
  it('puts the cover on page 1 and starts every section on a new page', () => {
    const first = heading('1.1', 'Latar Belakang');
    const landscape = heading('6.1', 'Matriks Program');
    const doc = documentOf({ blocks: [first, ...lines(3)] }, { orientation: 'landscape', blocks: [landscape, ...lines(3)] }, { blocks: [heading('7.1', 'Peta Jalan'), ...lines(2)] });
    const pages = estimate(doc);
    expect(pages.pageOf(first)).toBe(2);
    expect(pages.pageOf(landscape)).toBe(3);
    expect(pages.pageCount).toBe(4);
  });

  it('fits 32 one-line paragraphs on an A4 page (11 pt at 1.25 lines, 6 pt after) and more on F4', () => {
    const after = heading('1.2', 'Berikutnya');
    const doc = documentOf({ blocks: [...lines(32), after] });
    expect(estimate(doc).pageOf(after)).toBe(3);
    const fewer = documentOf({ blocks: [...lines(31), after] });
    expect(estimate(fewer).pageOf(after)).toBe(2);
    expect(estimate(doc, 'F4').pageOf(after)).toBe(2);
  });

  it('wraps lines at the width LibreOffice lays an F4 page out at, a fraction of a twip included', () => {
    // SE-TX-06 of the 200-program workshop, a bullet in BAB V: its fourth line, 'daerah … melalui musyawarah', is 8521.92
    // twips wide. LibreOffice's F4 page is 609.987 pt wide (12199.75 twips): 8521.75 twips of room beside the bullet's
    // indent, so 'musyawarah' goes down and the item takes six lines (a whole 11 twips of growth kept it at five).
    const item = [
      { text: 'SE-TX-06 QRIS Retribusi Pasar Kecamatan Bululawang', look: { size: 11, bold: true } },
      {
        text:
          ' [Aplikasi/TIK]: Pembayaran retribusi pasar dan transaksi pedagang dengan QRIS. Pembiayaan memadukan APBD, dana desa dan dukungan mitra, ' +
          'dengan memperhatikan kemampuan keuangan daerah dan prioritas RPJMD. Warga dilibatkan sejak perencanaan melalui musyawarah desa, forum perangkat daerah dan kanal pengaduan daring yang sudah berjalan.',
        look: { size: 11 },
      },
    ];
    const room = layoutLineWidth('F4', 'portrait') - listIndent(0);
    expect(textWidth('daerah dan prioritas RPJMD. Warga dilibatkan sejak perencanaan melalui musyawarah', { size: 11 })).toBeGreaterThan(room);
    expect(countLines(item, room)).toBe(6);
    expect(countLines(item, pageTextWidth('F4', 'portrait') + 11 - listIndent(0))).toBe(5);
    // A landscape F4 page turns the paper: its lines are 11 twips longer than written; A4 lays out as written.
    expect(layoutLineWidth('F4', 'landscape')).toBe(pageTextWidth('F4', 'landscape') + 11);
    expect(layoutLineWidth('A4', 'portrait')).toBe(pageTextWidth('A4', 'portrait'));
  });

  it('starts a chapter after a page break on a new page', () => {
    const chapter = heading('BAB II', 'GAMBARAN UMUM DAERAH', 1);
    const doc = documentOf({ blocks: [heading('BAB I', 'PENDAHULUAN', 1), line(), { kind: 'pageBreak' }, chapter, line()] });
    expect(estimate(doc).pageOf(chapter)).toBe(3);
  });

  it('moves a heading that would stand alone at the foot of a page to the next page, with its paragraph', () => {
    const alone = heading('1.9', 'Judul di kaki halaman');
    // 31 lines leave room for the heading but not for it and the two first lines of its paragraph.
    const doc = documentOf({ blocks: [...lines(31), alone, { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Paragraf panjang. '.repeat(40) }] }] });
    expect(estimate(doc).pageOf(alone)).toBe(3);
  });

  it('keeps a line on the page when its text fits, its line spacing reaching below the foot', () => {
    // Kota Batu p. 16: "3.2 Kesiapan Struktur" and its two lines stay on the page, the last line's spacing 38 twips past
    // the margin (11 pt at 1.25 lines is 253 twips of text and 63 of spacing). Here: 26 + 2 × 2 lines, then the heading
    // and its two lines end 53 twips past the text area (14,057 of 14,004), their text 10 twips above its foot.
    const twoLines = (): Block => ({ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Baris satu' }, { kind: 'break' }, { kind: 'text', text: 'baris dua' }] });
    const foot = heading('3.2', 'Kesiapan Struktur');
    expect(estimate(documentOf({ blocks: [...lines(26), twoLines(), twoLines(), foot, twoLines()] })).pageOf(foot)).toBe(2);
    // One line more and the text does not fit.
    expect(estimate(documentOf({ blocks: [...lines(27), twoLines(), twoLines(), foot, twoLines()] })).pageOf(foot)).toBe(3);
  });

  it('never starts a page with the empty paragraph after a table that ends a section', () => {
    // The caption (200 before + 287) and the header with 43 rows of 297 twips end at 13,555, and the 316 of the spacer
    // fit under them. With 44 rows the table ends at 13,852 and the spacer alone would spill onto a page, but
    // LibreOffice drops it (it carries the section's properties), so the next section still starts on page 3.
    const next = heading('7.1', 'Peta Jalan', 2);
    const pageOfNext = (rows: number): number | undefined => estimate(documentOf({ blocks: [table(rows)] }, { blocks: [next] })).pageOf(next);
    expect(pageOfNext(43)).toBe(3);
    expect(pageOfNext(44)).toBe(3);
    // With 45 rows the last row runs onto page 3.
    expect(pageOfNext(45)).toBe(4);
  });

  it('runs a long table onto as many pages as its rows need, repeating its header, and keeps a caption with its table', () => {
    // Rows of one line of 9 pt text are 297 twips with their margins and border: 46 a page under the header.
    const next = heading('1.2', 'Sesudah tabel');
    const long = table(80);
    expect(estimate(documentOf({ blocks: [long, next] })).pageOf(long)).toBe(2);
    expect(estimate(documentOf({ blocks: [long, next] })).pageOf(next)).toBe(3);
    expect(estimate(documentOf({ blocks: [table(100), next] })).pageOf(next)).toBe(4);
    const late = table(5, 'Tabel pendek');
    expect(estimate(documentOf({ blocks: [...lines(30), late] })).pageOf(late)).toBe(3);
  });

  it('gives every heading and caption of a large masterplan a page, in the order of the document', () => {
    const doc = buildMasterplanDocument(buildLargeWorkshop(200), { draft: false });
    const contents = documentContents(doc);
    const result = estimatePages(doc, { paperSize: 'A4', diagrams: {}, contents, diagramNotRendered: '[Diagram belum digambar]' });
    const headings = contents.entries.filter((e) => e.list === 'contents').map((e) => result.pages.get(e.bookmark) ?? 0);
    expect(headings.every((page) => page >= 2 && page <= result.pageCount)).toBe(true);
    expect(headings).toEqual([...headings].sort((a, b) => a - b));
    expect(contents.entries.every((e) => result.pages.has(e.bookmark))).toBe(true);
  });

  it('grows with the program matrix: four times the programs, about four times the matrix pages', () => {
    const matrixPages = (programs: number): number => {
      const doc = buildMasterplanDocument(buildLargeWorkshop(programs), { draft: false });
      const contents = documentContents(doc);
      const result = estimatePages(doc, { paperSize: 'A4', diagrams: {}, contents, diagramNotRendered: '' });
      const annexes = contents.entries.filter((e) => e.list === 'contents' && e.title.startsWith('Lampiran '));
      const at = annexes.findIndex((e) => e.title.includes('Matriks Program Lengkap'));
      const matrix = annexes[at];
      const next = annexes[at + 1];
      return (result.pages.get(next?.bookmark ?? '') ?? 0) - (result.pages.get(matrix?.bookmark ?? '') ?? 0);
    };
    const small = matrixPages(100);
    const large = matrixPages(400);
    expect(large / small).toBeGreaterThan(3.5);
    expect(large / small).toBeLessThan(4.5);
  });
});
