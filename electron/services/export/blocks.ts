import { Bookmark, FileChild, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Block, HeadingBlock, ParagraphBlock } from '../../../shared/document';
import { contentsList, EMPTY_LIST, type Contents, type ContentsList } from './contents';
import type { WriteContext } from './context';
import { coverParagraphs, SIGNATURES_GAP, signatureTable } from './cover';
import { figureParagraphs } from './figure';
import { listParagraphs, paragraphOf, paragraphStyle } from './flow';
import { plainRun, runText } from './inline';
import { textListParagraphs } from './list-xml';
import { textWidth } from './metrics';
import { isPlainParagraph, paragraphXml, paragraphXmlText, type ParagraphLookOptions, type Xml } from './paragraph-xml';
import type { WritesXmlText } from './streamed-body';
import { LOOK, STYLE } from './styles';
import { captionParagraph, noteParagraph, tableOf } from './table';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/**
 * A heading; a chapter prints "BAB I" above its title, other numbers go before the title. A heading the table of
 * contents lists is bookmarked for its entry.
 */
const headingParagraph = (block: HeadingBlock, pageBreakBefore: boolean, bookmark: string | undefined): Paragraph => {
  const text = runText(block.text);
  const runs =
    block.level === 1 && block.number
      ? [new TextRun({ text: runText(block.number) }), new TextRun({ text, break: 1 })]
      : [new TextRun({ text: block.number ? `${runText(block.number)} ${text}` : text })];
  return new Paragraph({ heading: HEADINGS[block.level], children: bookmark ? [new Bookmark({ id: bookmark, children: runs })] : runs, ...(pageBreakBefore ? { pageBreakBefore: true } : {}) });
};

/**
 * A plain body paragraph (see isPlainParagraph) that writes its own XML, the same as docx's Paragraph writes for it,
 * without docx's objects; for a body written in one pass (streamed-body.ts), which turns it back into docx's
 * Paragraph (toParagraph) where docx must see one: at the end of a section, where docx puts the section's properties.
 */
export class TextParagraph extends FileChild implements WritesXmlText {
  constructor(
    private readonly block: ParagraphBlock,
    private readonly look: ParagraphLookOptions,
  ) {
    super('w:p');
  }

  override prepForXml(): Xml {
    return paragraphXml(this.block.inlines, this.look);
  }

  xmlText(): string {
    return paragraphXmlText(this.block.inlines, this.look);
  }

  toParagraph(): Paragraph {
    return paragraphOf(this.block, { justify: true });
  }
}

/** A body paragraph: as text when the body is written in one pass and the paragraph is plain, else docx's Paragraph. */
const bodyParagraph = (block: ParagraphBlock, pageBreakBefore: boolean, asText: boolean, tabStop?: number): FileChild => {
  if (tabStop) return paragraphOf(block, { justify: true, pageBreakBefore, tabStop });
  if (!asText || pageBreakBefore || !isPlainParagraph(block)) return paragraphOf(block, { justify: true, pageBreakBefore });
  const style = paragraphStyle(block);
  // As paragraphOf: body text is justified unless a manual line break would stretch its line.
  const justify = (block.style ?? 'body') === 'body' && !block.inlines.some((i) => i.kind === 'break');
  return new TextParagraph(block, { style, align: block.align ?? (justify ? 'justify' : undefined) });
};

/** What block writers know of the whole document. */
export interface DocumentFacts {
  contents: Contents;
  /** The estimated page of each bookmark of the contents; absent when the pages are not laid out. */
  pages?: ReadonlyMap<string, number>;
  notRendered: string;
  /** Plain body paragraphs as TextParagraph and lists as XML text (the body is written in one pass). */
  textParagraphs?: boolean;
}

const listTitle = (title: string, pageBreakBefore: boolean): Paragraph =>
  new Paragraph({ style: STYLE.listTitle, children: [plainRun(title)], ...(pageBreakBefore ? { pageBreakBefore: true } : {}) });

const emptyList = (text: string): Paragraph => new Paragraph({ style: STYLE.placeholder, children: [plainRun(text)] });

/** The title of a list and its entries, or a note that it has none. */
const listContent = (list: ContentsList, title: string, pageBreakBefore: boolean, ctx: WriteContext, facts: DocumentFacts): FileChild[] => {
  const entries = contentsList(list, facts.contents, { width: ctx.width, ...(facts.pages ? { pages: facts.pages } : {}) });
  return [listTitle(title, pageBreakBefore), entries ?? emptyList(EMPTY_LIST[list])];
};

/** The empty paragraphs that space a table from what follows (a table may not be followed directly by another). */
const tableSpacers = new WeakSet<FileChild>();

const tableSpacer = (): Paragraph => {
  const spacer = new Paragraph({ spacing: { after: 120 }, children: [] });
  tableSpacers.add(spacer);
  return spacer;
};

/** The text of a body paragraph before its first TAB, or null when it has none or the label is a line's half or more. */
const tabLabelWidth = (block: ParagraphBlock, width: number): number | null => {
  if (block.style !== undefined && block.style !== 'body') return null;
  let label = 0;
  for (const inline of block.inlines) {
    if (inline.kind !== 'text') return null;
    const tab = inline.text.indexOf('\t');
    label += textWidth(tab < 0 ? inline.text : inline.text.slice(0, tab), { size: LOOK.normal.size, bold: inline.bold === true });
    if (tab >= 0) return label > 0 && label < width / 2 ? label : null;
  }
  return null;
};

/** Room between the widest label and the text its TAB leads to; the stop is rounded up to a quarter centimetre. */
const TAB_GAP = 170;
const TAB_STEP = 142;

/**
 * Tab stops for runs of body paragraphs written as "label<TAB>: text" (the team of TIM PENYUSUN, typed as in Word):
 * one stop past the widest label of the run, so their colons line up. Word's default stops every 1.27 cm put a short
 * label's colon at the first and a long one's at the third ("Ketua : …" beside "Penanggung jawab    : …").
 */
const labelTabStops = (blocks: readonly Block[], width: number): Map<ParagraphBlock, number> => {
  const stops = new Map<ParagraphBlock, number>();
  let run: ParagraphBlock[] = [];
  let widest = 0;
  const close = (): void => {
    const stop = Math.ceil((widest + TAB_GAP) / TAB_STEP) * TAB_STEP;
    for (const block of run) stops.set(block, stop);
    run = [];
    widest = 0;
  };
  for (const block of blocks) {
    const label = block.kind === 'paragraph' ? tabLabelWidth(block, width) : null;
    if (label === null || block.kind !== 'paragraph') {
      close();
      continue;
    }
    run.push(block);
    widest = Math.max(widest, label);
  }
  close();
  return stops;
};

/** Word content for one block. `pageBreakBefore` is set when a page break block came just before it. */
const blockContent = (block: Block, ctx: WriteContext, facts: DocumentFacts, pageBreakBefore: boolean, tabStop?: number): FileChild[] => {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block, pageBreakBefore, facts.contents.bookmarkOf(block))];
    case 'paragraph':
      return [bodyParagraph(block, pageBreakBefore, facts.textParagraphs === true, tabStop)];
    case 'list':
      return facts.textParagraphs === true ? textListParagraphs(block, ctx, { pageBreakBefore }) : listParagraphs(block, ctx, { pageBreakBefore });
    case 'table': {
      const table = tableOf(block, ctx);
      if (!table) return [];
      const head = block.caption
        ? [captionParagraph(block.caption, STYLE.tableCaption, pageBreakBefore, facts.contents.bookmarkOf(block))]
        : pageBreakBefore
          ? [new Paragraph({ pageBreakBefore: true, children: [] })]
          : [];
      return [...head, table, block.note ? noteParagraph(block.note) : tableSpacer()];
    }
    case 'figure': {
      const [first, ...rest] = figureParagraphs(block, ctx, facts.notRendered, facts.contents.bookmarkOf(block));
      return pageBreakBefore ? [new Paragraph({ pageBreakBefore: true, children: [] }), ...(first ? [first] : []), ...rest] : [...(first ? [first] : []), ...rest];
    }
    case 'cover':
      return coverParagraphs(block, ctx);
    case 'signatures': {
      const table = signatureTable(block, ctx);
      return table ? [new Paragraph({ spacing: { before: SIGNATURES_GAP }, children: [] }), table] : [];
    }
    case 'toc':
      return listContent('contents', block.title, pageBreakBefore, ctx, facts);
    case 'listOfTables':
      return listContent('tables', block.title, pageBreakBefore, ctx, facts);
    case 'listOfFigures':
      return listContent('figures', block.title, pageBreakBefore, ctx, facts);
    case 'pageBreak':
      return [];
  }
};

/** Word content for a section's blocks; page-break blocks become "page break before" on what follows. */
export const sectionContent = (blocks: readonly Block[], ctx: WriteContext, facts: DocumentFacts): FileChild[] => {
  const out: FileChild[] = [];
  let breakPending = false;
  // A table's spacer before a page break is left out: what follows starts a page anyway, and a table that ends at
  // the foot of a page would push its spacer alone onto a blank page. It comes back if nothing follows the break.
  let droppedSpacer: FileChild | undefined;
  const tabStops = labelTabStops(blocks, ctx.width);
  for (const block of blocks) {
    if (block.kind === 'pageBreak') {
      const last = out[out.length - 1];
      if (last && tableSpacers.has(last)) droppedSpacer = out.pop();
      breakPending = out.length > 0;
      continue;
    }
    const content = blockContent(block, ctx, facts, breakPending, block.kind === 'paragraph' ? tabStops.get(block) : undefined);
    if (content.length > 0) {
      breakPending = false;
      droppedSpacer = undefined;
    }
    out.push(...content);
  }
  if (droppedSpacer) out.push(droppedSpacer);
  if (out.length === 0) out.push(new Paragraph({ children: [] }));
  return out;
};
