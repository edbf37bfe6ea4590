import type { RichDoc, RichNode } from '../model';
import type { Block, HeadingBlock, Inline, ListBlock, ListItem, ParagraphBlock, TableBlock, TableCell, TableRow } from './model';
import { cleanText, paragraphOf } from './text';

/**
 * Converts the editor's JSON (Tiptap/ProseMirror) into document blocks, node by node:
 * paragraph, heading, bulletList/orderedList/listItem, table/tableRow/tableCell/tableHeader,
 * blockquote, codeBlock, text with bold/italic/underline/strike/code/link marks, and hardBreak.
 * Unknown nodes keep their text. Headings inside narrative become unnumbered level 4–6 headings,
 * so they do not disturb the chapter numbering or the table of contents.
 */

type MarkSet = Omit<Extract<Inline, { kind: 'text' }>, 'kind' | 'text'>;

const SAFE_LINK = /^(https?:\/\/|mailto:)[^\s]+$/i;

const stringAttr = (node: { attrs?: Record<string, unknown> | undefined }, name: string): string | undefined => {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value : undefined;
};

const numberAttr = (node: RichNode, name: string): number | undefined => {
  const value = node.attrs?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

const marksOf = (node: RichNode): MarkSet => {
  const marks: MarkSet = {};
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold' || mark.type === 'strong') marks.bold = true;
    else if (mark.type === 'italic' || mark.type === 'em') marks.italic = true;
    else if (mark.type === 'underline') marks.underline = true;
    else if (mark.type === 'strike') marks.strike = true;
    else if (mark.type === 'code') marks.code = true;
    else if (mark.type === 'link') {
      const href = stringAttr(mark, 'href')?.trim();
      if (href && SAFE_LINK.test(href) && href.length <= 2000) marks.link = cleanText(href);
    }
  }
  return marks;
};

/** Inline content of a textblock: text runs and hard breaks; other inline nodes contribute their text. */
const inlinesOf = (nodes: readonly RichNode[] | undefined): Inline[] => {
  const out: Inline[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text') {
      const text = cleanText(node.text ?? '');
      const marks = marksOf(node);
      text.split('\n').forEach((line, index) => {
        if (index > 0) out.push({ kind: 'break' });
        if (line !== '') out.push({ kind: 'text', text: line, ...marks });
      });
    } else if (node.type === 'hardBreak') {
      out.push({ kind: 'break' });
    } else {
      out.push(...inlinesOf(node.content));
    }
  }
  return out;
};

const isBlank = (inlines: readonly Inline[]): boolean => inlines.every((i) => i.kind === 'break' || i.text.trim() === '');

const textOf = (node: RichNode): string => node.text ?? (node.content ?? []).map(textOf).join(' ');

const alignOf = (node: RichNode): ParagraphBlock['align'] => {
  const align = stringAttr(node, 'textAlign');
  return align === 'center' || align === 'right' || align === 'justify' || align === 'left' ? align : undefined;
};

/** Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo … and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/** The first strongly directional letter: a right-to-left one, or a Latin (or other left-to-right) letter. */
const FIRST_STRONG = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;

/**
 * Whether a paragraph reads right to left: its `dir` attribute when it says rtl or ltr; otherwise (auto, or none, as
 * a browser does with dir=auto) the first strongly directional letter of its text decides.
 */
const isRightToLeft = (node: RichNode, inlines: readonly Inline[]): boolean => {
  const dir = stringAttr(node, 'dir');
  if (dir === 'rtl') return true;
  if (dir === 'ltr') return false;
  for (const inline of inlines) {
    if (inline.kind !== 'text') continue;
    const first = FIRST_STRONG.exec(inline.text);
    if (first) return RTL_LETTER.test(first[0]);
  }
  return false;
};

type FlowBlock = ParagraphBlock | ListBlock;

/** Blocks allowed inside list items and table cells: paragraphs and lists. Other content is flattened to paragraphs. */
const flowBlocksOf = (nodes: readonly RichNode[] | undefined): FlowBlock[] => {
  const out: FlowBlock[] = [];
  for (const block of blocksOf(nodes)) {
    if (block.kind === 'paragraph' || block.kind === 'list') out.push(block);
    else if (block.kind === 'heading') out.push(paragraphOf([{ kind: 'text', text: block.text, bold: true }]));
    else if (block.kind === 'table') {
      for (const row of block.rows) {
        const text = row.cells.map((cell) => cell.blocks.map(flowText).join(' ')).join(' | ');
        if (text.trim() !== '') out.push(paragraphOf([{ kind: 'text', text }]));
      }
    }
  }
  return out;
};

const flowText = (block: FlowBlock): string =>
  block.kind === 'paragraph'
    ? block.inlines.map((i) => (i.kind === 'text' ? i.text : ' ')).join('')
    : block.items.map((item) => item.blocks.map(flowText).join(' ')).join(' ');

const listOf = (node: RichNode): ListBlock | null => {
  const items: ListItem[] = (node.content ?? [])
    .map((child) => ({ blocks: flowBlocksOf(child.type === 'listItem' || child.type === 'taskItem' ? child.content : [child]) }))
    .filter((item) => item.blocks.length > 0);
  return items.length === 0 ? null : { kind: 'list', ordered: node.type === 'orderedList', items };
};

const emboldened = (block: FlowBlock): FlowBlock =>
  block.kind === 'paragraph'
    ? { ...block, inlines: block.inlines.map((i) => (i.kind === 'text' ? { ...i, bold: true } : i)) }
    : { ...block, items: block.items.map((item) => ({ blocks: item.blocks.map(emboldened) })) };

const cellOf = (node: RichNode, header: boolean): { cell: TableCell; width: number | undefined } => {
  const colSpan = Math.max(1, Math.min(63, Math.floor(numberAttr(node, 'colspan') ?? 1)));
  const colwidth = node.attrs?.['colwidth'];
  const firstWidth = Array.isArray(colwidth) && typeof colwidth[0] === 'number' && colwidth[0] > 0 ? colwidth[0] : undefined;
  const blocks = header ? flowBlocksOf(node.content).map(emboldened) : flowBlocksOf(node.content);
  return {
    cell: { blocks: blocks.length > 0 ? blocks : [paragraphOf([])], ...(colSpan > 1 ? { colSpan } : {}), ...(header ? { shade: 'header' as const } : {}) },
    width: colSpan === 1 ? firstWidth : undefined,
  };
};

/** A table with every row spanning exactly the same number of grid columns, or null when it has no cells. */
const tableOf = (node: RichNode): TableBlock | null => {
  const rawRows = (node.content ?? [])
    .filter((row) => row.type === 'tableRow')
    .map((row) => (row.content ?? []).filter((c) => c.type === 'tableCell' || c.type === 'tableHeader').map((c) => cellOf(c, c.type === 'tableHeader')))
    .filter((cells) => cells.length > 0);
  if (rawRows.length === 0) return null;
  const columnCount = Math.min(63, Math.max(...rawRows.map((cells) => cells.reduce((sum, c) => sum + (c.cell.colSpan ?? 1), 0))));
  const widths: number[] = Array.from({ length: columnCount }, () => 0);
  const rows: TableRow[] = rawRows.map((cells, rowIndex) => {
    const fitted: TableCell[] = [];
    let used = 0;
    for (const { cell, width } of cells) {
      if (used >= columnCount) break;
      const span = Math.min(cell.colSpan ?? 1, columnCount - used);
      if (width !== undefined && rowIndex === 0) widths[used] = width;
      fitted.push(span > 1 ? { ...cell, colSpan: span } : { blocks: cell.blocks, ...(cell.shade ? { shade: cell.shade } : {}) });
      used += span;
    }
    while (used < columnCount) {
      fitted.push({ blocks: [paragraphOf([])] });
      used += 1;
    }
    const header = rowIndex === 0 && cells.every((c) => c.cell.shade === 'header');
    return { cells: fitted, ...(header ? { header: true } : {}) };
  });
  const known = widths.filter((w) => w > 0);
  const fallback = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  return {
    kind: 'table',
    caption: null,
    headerless: true,
    columns: widths.map((w) => ({ header: '', width: w > 0 ? w : fallback })),
    rows,
  };
};

/** Converts a list of editor nodes to document blocks. */
export const blocksOf = (nodes: readonly RichNode[] | undefined): Block[] => {
  const out: Block[] = [];
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'paragraph': {
        const align = alignOf(node);
        const inlines = inlinesOf(node.content);
        const block = paragraphOf(inlines, 'body', align);
        out.push(isRightToLeft(node, inlines) ? { ...block, rtl: true } : block);
        break;
      }
      case 'heading': {
        const level = Math.max(1, Math.min(3, Math.floor(numberAttr(node, 'level') ?? 1)));
        const text = cleanText(textOf(node)).replace(/\s+/g, ' ').trim();
        if (text !== '') out.push({ kind: 'heading', level: (3 + level) as HeadingBlock['level'], number: null, text });
        break;
      }
      case 'bulletList':
      case 'orderedList':
      case 'taskList': {
        const list = listOf(node);
        if (list) out.push(list);
        break;
      }
      case 'table': {
        const table = tableOf(node);
        if (table) out.push(table);
        break;
      }
      case 'blockquote':
        for (const block of blocksOf(node.content)) out.push(block.kind === 'paragraph' ? { ...block, style: 'quote' } : block);
        break;
      case 'codeBlock':
        out.push(paragraphOf(inlinesOf(node.content), 'code'));
        break;
      case 'horizontalRule':
      case 'image':
        break;
      default:
        if (node.content) out.push(...blocksOf(node.content));
        else if (node.text) out.push(paragraphOf(inlinesOf([node])));
    }
  }
  return out;
};

/** Blocks of a rich document, without empty paragraphs at its start and end. Empty when nothing is written. */
export const richDocBlocks = (doc: RichDoc): Block[] => {
  const blocks = blocksOf(doc.content);
  const blankParagraph = (b: Block | undefined) => b !== undefined && b.kind === 'paragraph' && isBlank(b.inlines);
  while (blankParagraph(blocks[0])) blocks.shift();
  while (blankParagraph(blocks[blocks.length - 1])) blocks.pop();
  return blocks;
};

/** Whether a rich document has any visible text. */
export const richDocHasText = (doc: RichDoc): boolean => richDocBlocks(doc).length > 0;
