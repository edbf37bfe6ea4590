import { AlignmentType, BorderStyle, Document, Footer, HeightRule, Packer, PageNumber, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type FileChild } from 'docx';
import { imageFromDataUrl } from '../../../shared/document/image';
import { BIMTEK_NUMERALS } from '../../../shared/logic/bimtek';
import type { BimtekStageId, Workshop } from '../../../shared/model';
import { sectionContent, type DocumentFacts } from './blocks';
import { CLOSING, beritaAcaraBlocks, bimtekSigners, daftarHadirBlocks, type BimtekPaper, type BimtekSigner } from './bimtek-blocks';
import { SIGNATURES_GAP, SIGNING_ROOM } from './cover';
import type { WriteContext } from './context';
import { pictureOfImage, pictureParagraph } from './figure';
import { plainRun, runText, xmlText } from './inline';
import { MARGINS, PAPER, textWidth, twipsToPx, type PaperSize } from './page';
import { documentNumbering, documentStyles } from './styles';

/**
 * The daftar hadir and the berita acara of a Bimtek Tahap as Word files: the masterplan's styles, numbering and page
 * setup (A4 or F4, its margins), under the region's kop (logo, "PEMERINTAH KABUPATEN …", the Bappeda, a double rule).
 */

const NO_CONTENTS: DocumentFacts = { contents: { entries: [], bookmarkOf: () => undefined }, notRendered: '' };

const kopLine = (text: string, size: number, bold = true): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0, line: 240 }, children: [plainRun(text, { size: size * 2, bold })] });

/** "PEMERINTAH KABUPATEN MALANG" and the Bappeda's name (who keeps the Bimtek's papers). */
const kopText = (w: Workshop): Paragraph[] => {
  const region = (w.region.name.trim() || w.title).toUpperCase();
  const bappeda = w.opds.find((o) => /bappeda|perencanaan pembangunan/i.test(`${o.abbreviation} ${o.name}`));
  const office = (bappeda?.name || 'Badan Perencanaan Pembangunan Daerah').toUpperCase();
  const province = w.region.province.trim() ? `PROVINSI ${w.region.province.trim().toUpperCase()}` : '';
  return [kopLine(`PEMERINTAH ${region}`, 14), kopLine(office, 12), ...(province ? [kopLine(province, 10, false)] : [])];
};

const KOP_RULE = new Paragraph({
  border: { bottom: { style: BorderStyle.THICK_THIN_LARGE_GAP, size: 24, color: '000000', space: 1 } },
  spacing: { after: 240 },
  children: [],
});

/** The kop: the logo on the left of the text when the region has one, then a double rule across the page. */
const kop = (w: Workshop, width: number): FileChild[] => {
  const image = w.region.logo ? imageFromDataUrl(w.region.logo) : null;
  if (!image) return [...kopText(w), KOP_RULE];
  const logoWidth = Math.round(width * 0.13);
  const box = twipsToPx(logoWidth) - 8;
  const table = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [logoWidth, width - 2 * logoWidth, logoWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: logoWidth, type: WidthType.DXA }, borders: NO_BORDERS, verticalAlign: VerticalAlign.CENTER, children: [pictureParagraph(pictureOfImage(image), box, box)] }),
          new TableCell({ width: { size: width - 2 * logoWidth, type: WidthType.DXA }, borders: NO_BORDERS, verticalAlign: VerticalAlign.CENTER, children: kopText(w) }),
          // An empty cell as wide as the logo keeps the text centred on the page.
          new TableCell({ width: { size: logoWidth, type: WidthType.DXA }, borders: NO_BORDERS, children: [new Paragraph({ children: [] })] }),
        ],
      }),
    ],
  });
  return [table, KOP_RULE];
};

const NO_BORDERS = { top: { style: BorderStyle.NONE, size: 0, color: 'auto' }, bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' }, left: { style: BorderStyle.NONE, size: 0, color: 'auto' }, right: { style: BorderStyle.NONE, size: 0, color: 'auto' } };

const centred = (text: string, look: { bold?: boolean; underline?: boolean; keepNext?: boolean } = {}): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    keepNext: look.keepNext ?? false,
    children: [new TextRun({ text: runText(text), bold: look.bold ?? false, ...(look.underline ? { underline: {} } : {}) })],
  });

const EMPTY_CELL_LINE = (): Paragraph => new Paragraph({ spacing: { after: 0 }, keepNext: true, children: [] });

/** One line of the signature grid: the two signers' cells side by side, kept on the page of the next line. */
const signatureRow = (cells: [Paragraph, Paragraph], half: number, height?: number): TableRow =>
  new TableRow({
    cantSplit: true,
    ...(height ? { height: { value: height, rule: HeightRule.EXACT } } : {}),
    children: cells.map((paragraph) => new TableCell({ width: { size: half, type: WidthType.DXA }, borders: NO_BORDERS, verticalAlign: VerticalAlign.TOP, children: [paragraph] })),
  });

/**
 * The two signatures as a grid of rows, one row per line of a signature: the lead ("Mengetahui," or the place and date),
 * the role, room to sign, the name (underlined) and "NIP." for a civil servant. Each line of the one signer sits on the
 * row of the same line of the other, so a role that wraps onto three lines on the left moves both names down together.
 */
const signatureGrid = (signers: [BimtekSigner, BimtekSigner], half: number): Table => {
  const pair = (line: (s: BimtekSigner) => Paragraph): [Paragraph, Paragraph] => [line(signers[0]), line(signers[1])];
  const keep = { keepNext: true };
  const rows = [
    signatureRow(pair((s) => centred(s.lead, keep)), half),
    signatureRow(pair((s) => centred(s.role, { ...keep, bold: true })), half),
    signatureRow([EMPTY_CELL_LINE(), EMPTY_CELL_LINE()], half, SIGNING_ROOM),
    signatureRow(pair((s) => centred(s.name, { bold: true, underline: s.name.trim() !== '' && !s.name.startsWith('…'), keepNext: signers.some((x) => x.nip) })), half),
    ...(signers.some((s) => s.nip) ? [signatureRow(pair((s) => centred(s.nip ? 'NIP. ……………………………' : '')), half)] : []),
  ];
  return new Table({ width: { size: half * 2, type: WidthType.DXA }, columnWidths: [half, half], layout: TableLayoutType.FIXED, borders: TableBorders.NONE, rows });
};

/** The two signatures side by side, their lines level with each other, kept on one page with the closing sentence. */
const signatures = (signers: [BimtekSigner, BimtekSigner], width: number, closing: string | null): FileChild[] => [
  closing
    ? new Paragraph({ spacing: { before: SIGNATURES_GAP, after: SIGNATURES_GAP }, alignment: AlignmentType.JUSTIFIED, keepNext: true, keepLines: true, children: [plainRun(closing)] })
    : new Paragraph({ spacing: { before: SIGNATURES_GAP }, keepNext: true, children: [] }),
  signatureGrid(signers, Math.floor(width / 2)),
];

const PAPER_TITLES: Record<BimtekPaper, string> = { 'daftar-hadir': 'Daftar Hadir', 'berita-acara': 'Berita Acara' };

/** "Daftar Hadir Bimtek Tahap I · Halaman 2 dari 3". */
const footer = (paper: BimtekPaper, stage: BimtekStageId): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 0 },
        children: [
          new TextRun({ text: `${PAPER_TITLES[paper]} Bimtek Tahap ${BIMTEK_NUMERALS[stage]} · Halaman `, size: 16, color: '595959' }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '595959' }),
          new TextRun({ text: ' dari ', size: 16, color: '595959' }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: '595959' }),
        ],
      }),
    ],
  });

/** One paper of one Tahap as a .docx file. */
export const writeBimtekDocx = async (w: Workshop, stage: BimtekStageId, paper: BimtekPaper, paperSize: PaperSize): Promise<Buffer> => {
  const ctx: WriteContext = {
    paper: paperSize,
    orientation: 'portrait',
    width: textWidth(paperSize, 'portrait'),
    diagrams: {},
    diagramSources: new Map(),
    nextListInstance: (() => {
      let instance = 0;
      return () => (instance += 1);
    })(),
  };
  const blocks = paper === 'daftar-hadir' ? daftarHadirBlocks(w, stage) : beritaAcaraBlocks(w, stage);
  const size = PAPER[paperSize];
  const region = w.region.name.trim() || w.title;
  const document = new Document({
    title: xmlText(`${PAPER_TITLES[paper]} Bimtek Tahap ${BIMTEK_NUMERALS[stage]} Masterplan Smart City ${region}`),
    creator: 'Aplikasi Masterplan Smart City',
    lastModifiedBy: 'Aplikasi Masterplan Smart City',
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: [
      {
        properties: { page: { size: { width: size.width, height: size.height }, margin: MARGINS } },
        footers: { default: footer(paper, stage) },
        children: [...kop(w, ctx.width), ...sectionContent(blocks, ctx, NO_CONTENTS), ...signatures(bimtekSigners(w, stage), ctx.width, paper === 'berita-acara' ? CLOSING : null)],
      },
    ],
  });
  return Packer.toBuffer(document);
};
