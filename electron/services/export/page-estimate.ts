import type { Block, DiagramSpec, FigureBlock, HeadingBlock, Inline, ListBlock, MasterplanDocument, ParagraphBlock, TableBlock, TableCell, TableRow } from '../../../shared/document';
import { EMPTY_LIST, type Contents, type ContentsList } from './contents';
import type { DiagramPicture } from './context';
import { SIGNATURES_GAP, SIGNING_ROOM } from './cover';
import { figureAlternative, figureSize, PICTURE_SPACING } from './figure';
import { countLines, lineHeight, type FontLook, type TextPiece } from './metrics';
import { mmToTwips, textHeight, textWidth, type PaperSize } from './page';
import { LOOK, listIndent, MAX_LIST_LEVEL, type ParagraphLook } from './styles';
import { CELL_MARGIN, fitRow, isWritten, keepsRowWhole, keptTogether, tableColumnWidths, writtenRows } from './table-model';

/**
 * Which page each heading and caption of the masterplan lands on, worked out from the document model and the page
 * geometry, for the page numbers of the table of contents and the lists of tables and figures.
 *
 * Each block becomes items of known height: a paragraph's lines (its text wrapped at the width of its column, with
 * Arial's widths), the rows of a table (the tallest cell, plus the cell margins and the border), a picture at the
 * size it is drawn. The items are laid on pages the way LibreOffice does: spacing between paragraphs is the larger
 * of the one's space after and the next one's space before, and a page the text flows onto drops the space before its
 * first paragraph; at least two lines of a paragraph stay together at the foot and at the head of a page; headings
 * and captions stay with what follows them; a row kept whole moves to the next page, a long row splits with its cell
 * margins on both pages; a table's header row is repeated on each page it runs onto; a page break, a new chapter and a
 * new section start a page. One pass, linear in the size of the document.
 *
 * It is an estimate, measured against LibreOffice's PDFs: every heading and caption of the demo masterplan (A4 and F4),
 * of generated workshops of 200 (A4 and F4) and 800 programs (A4) and of Kota Batu (A4) lands on the page it gives, and
 * the export tests hold the chapters of the table of contents to the pages LibreOffice prints them on. Word lays pages
 * out a little differently, and rewrites the numbers when the reader updates the table (F9).
 */

export interface PageEstimate {
  /** The page (counted from 1, the cover) each bookmark of the contents starts on. */
  pages: ReadonlyMap<string, number>;
  pageCount: number;
}

export interface PageEstimateOptions {
  paperSize: PaperSize;
  diagrams: Readonly<Record<string, DiagramPicture>>;
  contents: Contents;
  /** Text shown in a figure's place when its diagram was not drawn. */
  diagramNotRendered: string;
}

/**
 * Something laid on the page: `count` pieces of `pitch` twips that a page may end between (one piece when it must
 * stay whole). A table row that runs onto the next page has its cell margins and border on each page: `head` above
 * its first line there, `tail` below its last.
 */
interface Item {
  before: number;
  after: number;
  pitch: number;
  count: number;
  head: number;
  tail: number;
  /**
   * How far a line of it may reach below the foot of a page (PAGE_SLACK included): LibreOffice keeps a line on the page
   * when its text, the font's own height, fits the text area; the space its line spacing adds may run past the foot.
   */
  overhang: number;
  /** Room it needs under any of its lines that ends a page: the bottom border a table row is drawn with there. */
  foot: number;
  /** Fewest lines a page may hold of it at its start (orphans) and at its end (widows). */
  orphans: number;
  widows: number;
  keepNext: boolean;
  breakBefore: boolean;
  /** The bookmark on it, whose page is wanted. */
  bookmark?: string;
  /** Height of the table header rows repeated above it when it runs onto a new page. */
  repeat: number;
  /** The empty paragraph after a table, which blockContent leaves out before a page break. */
  tableSpacer?: true;
}

/**
 * LibreOffice keeps at least two lines of a paragraph together at the foot and at the head of a page (its default
 * widow and orphan control, which the document leaves as it is).
 */
const PARAGRAPH_ORPHANS = 2;

/**
 * LibreOffice fits a few twips more on a page than the margins leave (its header and footer areas, converted to its
 * own units, round that way): lines ending up to 4–8 twips below the bottom margin stay on the page.
 */
const PAGE_SLACK = 6;

/**
 * LibreOffice lays an F4 page (215 × 330 mm, 12189 × 18709 twips) out as 215.19 × 330.2 mm, as its PDF of it shows
 * (609.987 × 936 pt): 10.75 twips more text width (12199.75 twips) and 11 more height (18720) than the document gives.
 * The fraction counts: a list line of the 200-program workshop 8521.92 twips wide, in 8522 twips of room at 11 twips
 * more, wraps. Tables and pictures keep the sizes written in the document.
 */
const LAYOUT_GROWTH: Record<PaperSize, { width: number; height: number }> = { A4: { width: 0, height: 0 }, F4: { width: 10.75, height: 11 } };

/** How much wider and taller LibreOffice lays out the text area of a page than written: a landscape page turns the paper. */
const layoutGrowth = (paper: PaperSize, orientation: 'portrait' | 'landscape'): { width: number; height: number } => {
  const growth = LAYOUT_GROWTH[paper];
  return orientation === 'portrait' ? growth : { width: growth.height, height: growth.width };
};

/** The width, in twips, LibreOffice wraps a page's lines of text at. */
export const layoutLineWidth = (paper: PaperSize, orientation: 'portrait' | 'landscape'): number => textWidth(paper, orientation) + layoutGrowth(paper, orientation).width;

/** Pictures are sized in pixels at 96 per inch. */
const TWIPS_PER_PX = 15;

/** Border between table rows (½ pt). */
const ROW_BORDER = 10;
/** The paragraph style of a heading level (docx writes level 1 and 2 as Heading 1 and 2, and so on). */
const HEADING_LOOK: Record<HeadingBlock['level'], ParagraphLook> = {
  1: LOOK.heading1,
  2: LOOK.heading2,
  3: LOOK.heading3,
  4: LOOK.heading4,
  5: LOOK.heading5,
  6: LOOK.heading6,
};
const PARAGRAPH_LOOK: Record<NonNullable<ParagraphBlock['style']>, ParagraphLook | null> = {
  body: null,
  placeholder: LOOK.placeholder,
  quote: LOOK.quote,
  code: LOOK.code,
  note: LOOK.note,
};

/** The fonts of a paragraph style (its own, bold and monospaced, for marked text) and its line height. */
interface StyleFonts {
  font: FontLook;
  bold: FontLook;
  mono: FontLook;
  pitch: number;
}

const styleFonts = new Map<ParagraphLook, StyleFonts>();

const fontsOf = (look: ParagraphLook): StyleFonts => {
  let fonts = styleFonts.get(look);
  if (!fonts) {
    const font: FontLook = { size: look.size, ...(look.bold ? { bold: true } : {}), ...(look.mono ? { mono: true } : {}) };
    fonts = { font, bold: { ...font, bold: true }, mono: { ...font, mono: true }, pitch: lineHeight(font, look.line) };
    styleFonts.set(look, fonts);
  }
  return fonts;
};

const fontOf = (look: ParagraphLook): FontLook => fontsOf(look).font;

const LINE_BREAK: TextPiece = { lineBreak: true };

const piecesOf = (inlines: readonly Inline[], look: ParagraphLook): TextPiece[] => {
  const { font, bold, mono } = fontsOf(look);
  return inlines.map((inline): TextPiece => (inline.kind === 'break' ? LINE_BREAK : { text: inline.text, look: inline.code ? mono : inline.bold ? bold : font }));
};

/** Height of a paragraph's lines, in twips, and how many lines. */
const paragraphLines = (pieces: readonly TextPiece[], look: ParagraphLook, width: number): { lines: number; pitch: number } => ({
  lines: countLines(pieces, width - (look.indentLeft ?? 0) - (look.indentRight ?? 0)),
  pitch: fontsOf(look).pitch,
});

interface ItemOptions {
  keepNext?: boolean;
  keepLines?: boolean;
  breakBefore?: boolean;
  bookmark?: string | undefined;
}

/**
 * How far a line of a paragraph in this look may reach past the page's height: the part of its pitch that its line
 * spacing adds to the font's height, less the slack that height already allows (the text itself must fit). Measured on
 * LibreOffice's PDFs: an 11 pt line at 1.25 lines whose text ends 32 twips above the foot stays (Kota Batu p. 16), one
 * ending 1 twip below it goes on (the 200-program workshop, A4 p. 63).
 */
const textOverhang = (look: ParagraphLook, pitch: number): number => {
  const spacing = pitch - lineHeight(fontOf(look), 240);
  return spacing > 0 ? spacing - PAGE_SLACK : 0;
};

const paragraphItem = (pieces: readonly TextPiece[], look: ParagraphLook, width: number, options: ItemOptions = {}): Item => {
  const { lines, pitch } = paragraphLines(pieces, look, width);
  const whole = options.keepLines === true;
  return {
    before: look.before,
    after: look.after,
    pitch: whole ? lines * pitch : pitch,
    count: whole ? 1 : lines,
    head: 0,
    tail: 0,
    overhang: textOverhang(look, pitch),
    foot: 0,
    orphans: PARAGRAPH_ORPHANS,
    widows: PARAGRAPH_ORPHANS,
    keepNext: options.keepNext === true,
    breakBefore: options.breakBefore === true,
    ...(options.bookmark ? { bookmark: options.bookmark } : {}),
    repeat: 0,
  };
};

const boxItem = (height: number, look: Pick<ParagraphLook, 'before' | 'after'>, options: ItemOptions = {}): Item => ({
  before: look.before,
  after: look.after,
  pitch: height,
  count: 1,
  head: 0,
  tail: 0,
  overhang: 0,
  foot: 0,
  orphans: 1,
  widows: 1,
  keepNext: options.keepNext === true,
  breakBefore: options.breakBefore === true,
  ...(options.bookmark ? { bookmark: options.bookmark } : {}),
  repeat: 0,
});

/** An empty paragraph in the Normal style, such as the one after each table. */
const emptyParagraph = (options: ItemOptions = {}): Item => boxItem(lineHeight(fontOf(LOOK.normal), LOOK.normal.line), LOOK.normal, options);

/** The lines of a list, as listParagraphs writes them: numbered paragraphs in List Paragraph, the rest in Normal. */
const listItems = (list: ListBlock, width: number, breakBefore: boolean, depth = 0): Item[] => {
  const level = Math.min(depth, MAX_LIST_LEVEL);
  const indent = listIndent(level);
  const out: Item[] = [];
  list.items.forEach((item, itemIndex) => {
    let numbered = false;
    for (const block of item.blocks) {
      if (block.kind === 'list') {
        out.push(...listItems(block, width, false, depth + 1));
        continue;
      }
      const look = numbered ? LOOK.normal : LOOK.listParagraph;
      out.push(paragraphItem(piecesOf(block.inlines, look), look, width - indent, { breakBefore: breakBefore && itemIndex === 0 && !numbered }));
      numbered = true;
    }
  });
  return out;
};

/** Height of a table cell's content: its paragraphs (and lists) in the table text style, one after another. */
const cellHeight = (cell: TableCell, width: number, base: ParagraphLook): number => {
  let height = 0;
  let after = 0;
  let first = true;
  const add = (blocks: TableCell['blocks'], level: number): void => {
    for (const block of blocks) {
      if (block.kind === 'list') {
        for (const item of block.items) add(item.blocks, level + 1);
        continue;
      }
      const look = (block.style && PARAGRAPH_LOOK[block.style]) || base;
      const indent = level > 0 ? 180 + (Math.min(level, MAX_LIST_LEVEL + 1) - 1) * 180 : 0;
      const { lines, pitch } = paragraphLines(piecesOf(block.inlines, look), look, width - indent);
      height += (first ? look.before : Math.max(after, look.before)) + lines * pitch;
      after = look.after;
      first = false;
    }
  };
  add(cell.blocks, 0);
  // A cell without content still holds one empty paragraph.
  return first ? lineHeight(fontOf(base), base.line) : height + after;
};

/** The rows of a table (the header row from the column headers first), as items. */
const tableItems = (table: TableBlock, width: number): Item[] => {
  const widths = tableColumnWidths(table, width);
  const base = table.compact ? LOOK.tableTextSmall : LOOK.tableText;
  const margin = table.compact ? CELL_MARGIN.compact : CELL_MARGIN.normal;
  const border = table.borderless ? 0 : ROW_BORDER;
  const rows: TableRow[] = writtenRows(table);
  const short = keptTogether(table, rows);
  const pitch = lineHeight(fontOf(base), base.line);
  let repeat = 0;
  return rows.map((row, index): Item => {
    let column = 0;
    let content = 0;
    for (const cell of fitRow(row.cells, widths.length)) {
      const span = cell.colSpan ?? 1;
      let cellWidth = -margin.left - margin.right;
      for (let c = column; c < column + span; c += 1) cellWidth += widths[c] ?? 0;
      content = Math.max(content, cellHeight(cell, cellWidth, base));
      column += span;
    }
    // Each row is drawn with the border above it; the last row also with the one below it, and so is a row at the foot
    // of a page the table runs on from.
    const last = index === rows.length - 1;
    const head = margin.top + border;
    const tail = margin.bottom + (last ? border : 0);
    let height = head + content + tail;
    if (row.minHeightMm) height = Math.max(height, mmToTwips(row.minHeightMm));
    // Rows of a short table stay together; a header row stays with the first row under it; a row may keep with what follows.
    const keepNext = (short ? index < rows.length - 1 : row.header === true) || row.keepWithNext === true;
    const whole = keepsRowWhole(row, keepNext);
    const lines = Math.max(1, Math.round(content / pitch));
    const item: Item = {
      before: 0,
      after: 0,
      pitch: whole ? height : pitch,
      count: whole ? 1 : lines,
      head: whole ? 0 : head,
      tail: whole ? 0 : height - head - lines * pitch,
      overhang: 0,
      foot: last ? 0 : border,
      orphans: 1,
      widows: 1,
      keepNext,
      breakBefore: false,
      repeat,
    };
    if (row.header) repeat += height;
    return item;
  });
};

/** A heading's text, as headingParagraph writes it: "BAB I" above a chapter's title, other numbers before it. */
const headingPieces = (block: HeadingBlock, look: ParagraphLook): TextPiece[] => {
  const font = fontOf(look);
  if (block.level === 1 && block.number) return [{ text: block.number, look: font }, { lineBreak: true }, { text: block.text, look: font }];
  return [{ text: block.number ? `${block.number} ${block.text}` : block.text, look: font }];
};

/** The entries of a list as items: each entry's text and its page number at the right, in the entry style of its level. */
const contentsItems = (list: ContentsList, contents: Contents, width: number): Item[] =>
  contents.entries
    .filter((e) => e.list === list)
    .map((entry) => {
      const look = LOOK.toc[Math.min(entry.level, LOOK.toc.length) - 1] ?? LOOK.normal;
      return paragraphItem([{ text: `${entry.title} 000`, look: fontOf(look) }], look, width);
    });

const LIST_OF: Partial<Record<Block['kind'], ContentsList>> = { toc: 'contents', listOfTables: 'tables', listOfFigures: 'figures' };

interface SectionGeometry {
  /** Text width and height of the section's pages as written, in twips: what tables and pictures are sized by. */
  width: number;
  height: number;
  /** The width lines of text wrap at, and the height pages fill to, as LibreOffice lays the page out. */
  lineWidth: number;
  pageHeight: number;
}

interface EstimateContext extends PageEstimateOptions {
  sources: ReadonlyMap<string, DiagramSpec>;
}

/** The items of one block, as blockContent writes it. `breakBefore` when a page break block came just before it. */
const blockItems = (block: Block, geometry: SectionGeometry, options: EstimateContext, breakBefore: boolean): Item[] => {
  const { lineWidth: width } = geometry;
  const bookmark = options.contents.bookmarkOf(block);
  switch (block.kind) {
    case 'heading': {
      const look = HEADING_LOOK[block.level];
      return [paragraphItem(headingPieces(block, look), look, width, { keepNext: true, keepLines: block.level <= 3, breakBefore, bookmark })];
    }
    case 'paragraph': {
      const look = PARAGRAPH_LOOK[block.style ?? 'body'] ?? LOOK.normal;
      return [paragraphItem(piecesOf(block.inlines, look), look, width, { breakBefore })];
    }
    case 'list':
      return listItems(block, width, breakBefore);
    case 'table': {
      if (!isWritten(block)) return [];
      const head = block.caption
        ? [paragraphItem([{ text: `${block.caption.label} ${block.caption.number} ${block.caption.title}`, look: fontOf(LOOK.tableCaption) }], LOOK.tableCaption, width, { keepNext: true, keepLines: true, breakBefore, bookmark })]
        : breakBefore
          ? [emptyParagraph({ breakBefore })]
          : [];
      const tail: Item = block.note ? paragraphItem([{ text: block.note, look: fontOf(LOOK.note) }], LOOK.note, width) : { ...emptyParagraph(), tableSpacer: true };
      return [...head, ...tableItems(block, geometry.width), tail];
    }
    case 'figure':
      return [...(breakBefore ? [emptyParagraph({ breakBefore })] : []), ...figureItems(block, geometry, options, bookmark)];
    case 'signatures':
      return block.signers.length === 0 ? [] : [{ ...emptyParagraph(), before: SIGNATURES_GAP }, ...signatureItems(block.signers.length)];
    case 'toc':
    case 'listOfTables':
    case 'listOfFigures': {
      const list = LIST_OF[block.kind] ?? 'contents';
      const title = paragraphItem([{ text: block.title, look: fontOf(LOOK.listTitle) }], LOOK.listTitle, width, { breakBefore });
      const entries = contentsItems(list, options.contents, width);
      // The entries and the paragraph closing the field, or a note that the list is empty.
      return [title, ...entries, entries.length > 0 ? emptyParagraph() : paragraphItem([{ text: EMPTY_LIST[list], look: fontOf(LOOK.placeholder) }], LOOK.placeholder, width)];
    }
    case 'cover':
    case 'pageBreak':
      return [];
  }
};

/** The note and table in place of a diagram nobody drew, as figureParagraphs writes them. */
const alternativeItems = ({ note, table }: ReturnType<typeof figureAlternative>, geometry: SectionGeometry): Item[] => [
  paragraphItem([{ text: note, look: fontOf(LOOK.placeholder) }], LOOK.placeholder, geometry.lineWidth, { keepNext: true }),
  ...(table && isWritten(table) ? tableItems(table, geometry.width) : []),
];

/** The picture (or, when it was not drawn, its note and table) and the caption below it. */
const figureItems = (figure: FigureBlock, geometry: SectionGeometry, options: EstimateContext, bookmark: string | undefined): Item[] => {
  const size = figureSize(figure, options.diagrams, geometry.width, geometry.height);
  const body = size
    ? [boxItem(size.height * TWIPS_PER_PX, PICTURE_SPACING, { keepNext: true })]
    : alternativeItems(figureAlternative(figure, options.sources, options.diagramNotRendered), geometry);
  const caption = paragraphItem([{ text: `${figure.caption.label} ${figure.caption.number} ${figure.caption.title}`, look: fontOf(LOOK.figureCaption) }], LOOK.figureCaption, geometry.lineWidth, { keepLines: true, bookmark });
  return [...body, caption];
};

/**
 * Signature rows, two signers a row, as signatureTable writes them: the place and date (in the first row), the role,
 * room to sign (1200 twips after the role) and the name, on one line each.
 */
const signatureItems = (signers: number): Item[] => {
  const line = lineHeight(fontOf(LOOK.normal), LOOK.normal.line);
  const rows: Item[] = [];
  for (let i = 0; i < signers; i += 2) {
    const dated = i === 0 ? line + LOOK.normal.after : 0;
    rows.push(boxItem(dated + line + SIGNING_ROOM + line + LOOK.normal.after, { before: 0, after: 0 }));
  }
  return rows;
};

/** Lines of an item that must start on the same page: all when it is too short to split. */
const firstLines = (item: Item): number => (item.count < item.orphans + item.widows ? item.count : item.orphans);

/** Lays the items of the document on pages and notes the page of each bookmark. */
class PageFlow {
  page = 0;
  private y = 0;
  private top = true;
  /** Whether the page began where the one before was full: its first paragraph's space before is then left out. */
  private flowed = false;
  private after = 0;
  private height = 0;
  readonly pages = new Map<string, number>();

  newSection(height: number): void {
    this.height = height;
    this.newPage(0, false);
  }

  private newPage(repeat: number, flowed = true): void {
    this.page += 1;
    this.y = repeat;
    this.top = true;
    this.flowed = flowed;
    this.after = 0;
  }

  /** Space above an item: the larger of the last one's space after and its space before, none at the top of a page it flowed onto. */
  private gapBefore(item: Item): number {
    if (this.top) return this.flowed ? 0 : item.before;
    return Math.max(this.after, item.before);
  }

  /** Height of the items from `from` that must share its page: those kept with the next, and the first piece of the next. */
  private chainHeight(items: readonly Item[], from: number): number {
    let height = 0;
    let after = 0;
    let overhang = 0;
    for (let i = from; i < items.length; i += 1) {
      const item = items[i]!;
      if (i > from && item.breakBefore) break;
      height += (i === from ? item.before : Math.max(after, item.before)) + item.head + item.pitch * (item.keepNext ? item.count : firstLines(item)) + item.tail;
      after = item.after;
      overhang = item.overhang - item.foot;
      if (!item.keepNext || height > this.height) break;
    }
    return height - overhang;
  }

  lay(items: readonly Item[]): void {
    items.forEach((item, index) => {
      if (item.breakBefore && !this.top) this.newPage(0, false);
      const previous = items[index - 1];
      const startsChain = item.keepNext && !(previous?.keepNext ?? false);
      if (startsChain && !this.top) {
        const chain = this.chainHeight(items, index);
        if (this.y + this.gapBefore(item) - item.before + chain > this.height && chain <= this.height) this.newPage(0);
      }
      const firstCount = firstLines(item);
      const first = item.head + item.pitch * firstCount + item.tail;
      if (!this.top && this.y + this.gapBefore(item) + first + item.foot - item.overhang > this.height) this.newPage(item.repeat);
      this.y += this.gapBefore(item) + first - item.tail;
      this.top = false;
      if (item.bookmark) this.pages.set(item.bookmark, this.page);
      let onPage = firstCount;
      for (let line = firstCount; line < item.count; line += 1) {
        if (this.y + item.pitch + item.tail + item.foot - item.overhang > this.height) {
          // The lines carried over with this one so the next page holds at least `widows` of it.
          const carried = Math.max(0, Math.min(item.widows - (item.count - line), onPage - item.orphans));
          this.newPage(item.repeat);
          this.y += item.head + carried * item.pitch;
          this.top = false;
          onPage = carried;
        }
        this.y += item.pitch;
        onPage += 1;
      }
      this.y += item.tail;
      this.after = item.after;
    });
  }
}

/** Estimates the page of every bookmark of the contents, and the number of pages. */
export const estimatePages = (doc: MasterplanDocument, options: PageEstimateOptions): PageEstimate => {
  const context: EstimateContext = { ...options, sources: new Map(doc.diagrams.map((d) => [d.id, d])) };
  const flow = new PageFlow();
  const lastSection = doc.sections[doc.sections.length - 1];
  for (const section of doc.sections) {
    const width = textWidth(options.paperSize, section.orientation);
    const height = textHeight(options.paperSize, section.orientation);
    const growth = layoutGrowth(options.paperSize, section.orientation);
    const geometry: SectionGeometry = { width, height, lineWidth: layoutLineWidth(options.paperSize, section.orientation), pageHeight: height + growth.height + PAGE_SLACK };
    flow.newSection(geometry.pageHeight);
    // The cover is one page of its own; everything else flows.
    if (!section.running && section.blocks.some((b) => b.kind === 'cover')) continue;
    const items: Item[] = [];
    let breakPending = false;
    // As sectionContent: a table's spacer before a page break is left out, unless nothing follows the break.
    let droppedSpacer: Item | undefined;
    for (const block of section.blocks) {
      if (block.kind === 'pageBreak') {
        if (items[items.length - 1]?.tableSpacer) droppedSpacer = items.pop();
        breakPending = items.length > 0;
        continue;
      }
      const written = blockItems(block, geometry, context, breakPending);
      if (written.length > 0) {
        breakPending = false;
        droppedSpacer = undefined;
      }
      items.push(...written);
    }
    if (droppedSpacer) items.push(droppedSpacer);
    // The last paragraph of a section carries its properties (w:sectPr); after a table that is the table's empty
    // spacer, which LibreOffice drops, so it never spills onto a page of its own: the next section starts a page anyway.
    if (section !== lastSection && items[items.length - 1]?.tableSpacer) items.pop();
    flow.lay(items);
  }
  return { pages: flow.pages, pageCount: Math.max(1, flow.page) };
};
