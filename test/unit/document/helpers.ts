import type { Block, HeadingBlock, Inline, ListBlock, MasterplanDocument, ParagraphBlock, TableBlock } from '../../../shared/document';

/** Reading helpers for document-model tests. */

export const allBlocks = (doc: MasterplanDocument): Block[] => doc.sections.flatMap((s) => s.blocks);

export const headings = (doc: MasterplanDocument): HeadingBlock[] => allBlocks(doc).filter((b): b is HeadingBlock => b.kind === 'heading');

export const headingTexts = (doc: MasterplanDocument): string[] => headings(doc).map((h) => (h.number ? `${h.number} ${h.text}` : h.text));

export const tables = (doc: MasterplanDocument): TableBlock[] => allBlocks(doc).filter((b): b is TableBlock => b.kind === 'table');

export const inlineText = (inlines: readonly Inline[]): string => inlines.map((i) => (i.kind === 'text' ? i.text : '\n')).join('');

const flowText = (block: ParagraphBlock | ListBlock): string =>
  block.kind === 'paragraph' ? inlineText(block.inlines) : block.items.map((item) => item.blocks.map(flowText).join('\n')).join('\n');

export const tableText = (table: TableBlock): string =>
  [table.columns.map((c) => c.header).join(' | '), ...table.rows.map((r) => r.cells.map((c) => c.blocks.map(flowText).join('\n')).join(' | '))].join('\n');

/** Blocks between the heading whose text starts with `start` and the next heading of the same or a higher level. */
export const blocksUnder = (doc: MasterplanDocument, start: string): Block[] => {
  const blocks = allBlocks(doc);
  const at = blocks.findIndex((b) => b.kind === 'heading' && `${b.number ?? ''} ${b.text}`.trim().startsWith(start));
  if (at < 0) throw new Error(`Judul tidak ditemukan: ${start}`);
  const head = blocks[at] as HeadingBlock;
  const out: Block[] = [];
  for (const block of blocks.slice(at + 1)) {
    if (block.kind === 'heading' && block.level <= head.level) break;
    out.push(block);
  }
  return out;
};

export const textOf = (blocks: readonly Block[]): string =>
  blocks
    .map((b) => {
      if (b.kind === 'paragraph') return inlineText(b.inlines);
      if (b.kind === 'list') return flowText(b);
      if (b.kind === 'table') return tableText(b);
      if (b.kind === 'heading') return b.text;
      return '';
    })
    .join('\n');
