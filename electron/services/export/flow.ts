import { AlignmentType, Paragraph, TabStopType } from 'docx';
import type { ListBlock, ParagraphBlock } from '../../../shared/document';
import type { WriteContext } from './context';
import { runsOf } from './inline';
import { BULLETS, MAX_LIST_LEVEL, NUMBERS, STYLE, listIndent } from './styles';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export const alignmentOf = (align: ParagraphBlock['align']) => (align ? ALIGN[align] : undefined);

const STYLE_OF: Record<NonNullable<ParagraphBlock['style']>, string | undefined> = {
  body: undefined,
  placeholder: STYLE.placeholder,
  quote: STYLE.quote,
  code: STYLE.code,
  note: STYLE.note,
};

/** The paragraph style of a paragraph's own style, if it has one (body text takes the style of where it is). */
export const paragraphStyle = (block: ParagraphBlock): string | undefined => STYLE_OF[block.style ?? 'body'];

export interface FlowOptions {
  /** Paragraph style for body text (e.g. the table text style inside cells). */
  baseStyle?: string;
  /** Alignment when the paragraph has none (e.g. a column's alignment). */
  align?: ParagraphBlock['align'];
  /** Body text is justified outside tables. */
  justify?: boolean;
  pageBreakBefore?: boolean;
  /** Keeps the paragraph on the same page as the next one (rows of a short table). */
  keepNext?: boolean;
  /** Narrow list indents, for lists inside table cells. */
  compactLists?: boolean;
  /** A left tab stop, in twips, where the text after a label's TAB starts ("Pengarah<TAB>: Wali Kota"). */
  tabStop?: number;
}

export const paragraphOf = (block: ParagraphBlock, options: FlowOptions = {}): Paragraph => {
  const style = paragraphStyle(block) ?? options.baseStyle;
  // A justified line that ends in a manual line break is stretched across the page; such paragraphs stay left-aligned.
  const justify = options.justify && (block.style ?? 'body') === 'body' && !block.inlines.some((i) => i.kind === 'break');
  const align = block.align ?? options.align ?? (justify ? 'justify' : undefined);
  const alignment = alignmentOf(align);
  return new Paragraph({
    children: runsOf(block.inlines, block.rtl ? { rtl: true } : {}),
    ...(style ? { style } : {}),
    ...(block.rtl ? { bidirectional: true } : {}),
    ...(alignment ? { alignment } : {}),
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.tabStop ? { tabStops: [{ type: TabStopType.LEFT, position: options.tabStop }] } : {}),
  });
};

/** How a list item's paragraph is numbered: its list (bullets or numbers), level and instance (numbered lists only). */
export interface ListNumbering {
  reference: string;
  level: number;
  instance?: number;
}

/**
 * One paragraph of a list, as both writers write it: docx's Paragraph (listParagraphs) and the XML text of the body
 * written in one pass (list-xml.ts). The first paragraph of an item carries the number or bullet; the others are
 * indented to its text.
 */
export interface ListLine {
  block: ParagraphBlock;
  style: string | undefined;
  numbering: ListNumbering | undefined;
  indent: { left: number; hanging?: number } | undefined;
  pageBreakBefore: boolean;
  keepNext: boolean;
}

/** A list's paragraphs; nested lists go one level deeper, never past level 8. */
export const listLines = (list: ListBlock, ctx: WriteContext, options: FlowOptions = {}, depth = 0, out: ListLine[] = []): ListLine[] => {
  const level = Math.min(depth, MAX_LIST_LEVEL);
  // Each numbered list starts at 1 (its own instance); bullets need no count, so they share one list.
  const instance = list.ordered ? ctx.nextListInstance() : undefined;
  const reference = list.ordered ? NUMBERS : BULLETS;
  list.items.forEach((item, itemIndex) => {
    let numbered = false;
    for (const block of item.blocks) {
      if (block.kind === 'list') {
        listLines(block, ctx, options, depth + 1, out);
        continue;
      }
      const first = !numbered;
      numbered = true;
      out.push({
        block,
        style: options.baseStyle,
        numbering: first ? (instance === undefined ? { reference, level } : { reference, level, instance }) : undefined,
        indent: options.compactLists ? { left: 180 + level * 180, hanging: first ? 180 : 0 } : first ? undefined : { left: listIndent(level) },
        pageBreakBefore: options.pageBreakBefore === true && itemIndex === 0 && first,
        keepNext: options.keepNext === true,
      });
    }
  });
  return out;
};

/** A list paragraph as docx's Paragraph. */
export const listLineParagraph = (line: ListLine): Paragraph => {
  const { block } = line;
  return new Paragraph({
    children: runsOf(block.inlines, block.rtl ? { rtl: true } : {}),
    ...(line.style ? { style: line.style } : {}),
    ...(block.rtl ? { bidirectional: true } : {}),
    ...(line.numbering ? { numbering: line.numbering } : {}),
    ...(line.indent ? { indent: line.indent } : {}),
    ...(line.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(line.keepNext ? { keepNext: true } : {}),
  });
};

/** A list as docx's Paragraphs; nested lists go one level deeper, never past level 8. */
export const listParagraphs = (list: ListBlock, ctx: WriteContext, options: FlowOptions = {}): Paragraph[] => listLines(list, ctx, options).map(listLineParagraph);

/** Paragraphs and lists, in order. */
export const flowParagraphs = (blocks: ReadonlyArray<ParagraphBlock | ListBlock>, ctx: WriteContext, options: FlowOptions = {}): Paragraph[] =>
  blocks.flatMap((block, index) => {
    const opts = index === 0 ? options : { ...options, pageBreakBefore: false };
    return block.kind === 'list' ? listParagraphs(block, ctx, opts) : [paragraphOf(block, opts)];
  });
