import { AlignmentType, BorderStyle, Document, FileChild, Footer, HeightRule, LineRuleType, Packer, PageNumber, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type IContext } from 'docx';
import { imageFromDataUrl } from '../../../shared/document/image';
import { BIMTEK_NUMERALS } from '../../../shared/logic/bimtek';
import type { BimtekStageId, Workshop } from '../../../shared/model';
import { sectionContent, type DocumentFacts } from './blocks';
import { CLOSING, attendanceTable, beritaAcaraBlocks, bimtekSigners, daftarHadirHead, type BimtekPaper, type BimtekSigner } from './bimtek-blocks';
import { SIGNATURES_GAP, SIGNING_ROOM } from './cover';
import type { WriteContext } from './context';
import { pictureOfImage, pictureParagraph } from './figure';
import { plainRun, runText, xmlText } from './inline';
import { MARGINS, PAPER, textWidth, twipsToPx, type PaperSize } from './page';
import { documentNumbering, documentStyles } from './styles';
import { tableOf } from './table';
import { CELL_MARGIN } from './table-model';
import type { Xml } from './xml-string';

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

/** A table written by table.ts with one more row of docx's at its foot. */
class TableEndingWith extends FileChild {
  constructor(
    private readonly table: FileChild,
    private readonly last: TableRow,
  ) {
    super('w:tbl');
  }

  override prepForXml(context: IContext): Xml | undefined {
    const written = this.table.prepForXml(context) as { 'w:tbl': Xml[] } | undefined;
    const row = this.last.prepForXml(context);
    return written && row ? { 'w:tbl': [...written['w:tbl'], row] } : written;
  }
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'auto' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/**
 * The attendance table with the signatures in a last row of its own, across the table and without borders but the line
 * under the last attendee. In one table, LibreOffice and Word keep the last attendees (kept with the next row) on the
 * page of the signatures even when the list already runs over pages; after the table, LibreOffice let the signatures
 * open a page alone once the list had run onto a second page.
 */
const attendanceWithSignatures = (w: Workshop, stage: BimtekStageId, ctx: WriteContext): FileChild[] => {
  const table = attendanceTable(w, stage);
  const written = tableOf(table, ctx);
  const columns = table.columns.length;
  const inside = ctx.width - CELL_MARGIN.normal.left - CELL_MARGIN.normal.right;
  const signed = new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: columns,
        width: { size: ctx.width, type: WidthType.DXA },
        borders: { top: LINE, left: NONE, bottom: NONE, right: NONE },
        children: [new Paragraph({ spacing: { before: SIGNATURES_GAP, after: 0 }, keepNext: true, children: [] }), signatureGrid(bimtekSigners(w, stage), Math.floor(inside / 2)), new Paragraph({ spacing: { after: 0 }, children: [] })],
      }),
    ],
  });
  // The body's last paragraph after the table, a point high, so a table ending at the foot of a page adds no page.
  const end = new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] });
  return written ? [new TableEndingWith(written, signed), end] : signatures(bimtekSigners(w, stage), ctx.width, null);
};

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
  const body =
    paper === 'daftar-hadir'
      ? [...sectionContent(daftarHadirHead(w, stage), ctx, NO_CONTENTS), ...attendanceWithSignatures(w, stage, ctx)]
      : [...sectionContent(beritaAcaraBlocks(w, stage), ctx, NO_CONTENTS), ...signatures(bimtekSigners(w, stage), ctx.width, CLOSING)];
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
        children: [...kop(w, ctx.width), ...body],
      },
    ],
  });
  return Packer.toBuffer(document);
};
