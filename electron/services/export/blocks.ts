import { HeadingLevel, Paragraph, StyleLevel, TableOfContents, TextRun, type FileChild } from 'docx';
import type { Block, HeadingBlock, MasterplanDocument } from '../../../shared/document';
import type { WriteContext } from './context';
import { coverParagraphs, signatureTable } from './cover';
import { figureParagraphs } from './figure';
import { listParagraphs, paragraphOf } from './flow';
import { plainRun, runText } from './inline';
import { FIGURE_CAPTION_NAME, STYLE, TABLE_CAPTION_NAME } from './styles';
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

/** A heading; a chapter prints "BAB I" above its title, other numbers go before the title. */
const headingParagraph = (block: HeadingBlock, pageBreakBefore: boolean): Paragraph => {
  const text = runText(block.text);
  const children =
    block.level === 1 && block.number
      ? [new TextRun({ text: runText(block.number) }), new TextRun({ text, break: 1 })]
      : [new TextRun({ text: block.number ? `${runText(block.number)} ${text}` : text })];
  return new Paragraph({ heading: HEADINGS[block.level], children, ...(pageBreakBefore ? { pageBreakBefore: true } : {}) });
};

export interface DocumentFacts {
  hasTables: boolean;
  hasFigures: boolean;
  notRendered: string;
}

export const documentFacts = (doc: MasterplanDocument, notRendered: string): DocumentFacts => {
  const blocks = doc.sections.flatMap((s) => s.blocks);
  return {
    hasTables: blocks.some((b) => b.kind === 'table' && b.caption !== null),
    hasFigures: blocks.some((b) => b.kind === 'figure'),
    notRendered,
  };
};

const listTitle = (title: string, pageBreakBefore: boolean): Paragraph =>
  new Paragraph({ style: STYLE.listTitle, children: [plainRun(title)], ...(pageBreakBefore ? { pageBreakBefore: true } : {}) });

const emptyList = (text: string): Paragraph => new Paragraph({ style: STYLE.placeholder, children: [plainRun(text)] });

/** Word content for one block. `pageBreakBefore` is set when a page break block came just before it. */
const blockContent = (block: Block, ctx: WriteContext, facts: DocumentFacts, pageBreakBefore: boolean): FileChild[] => {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block, pageBreakBefore)];
    case 'paragraph':
      return [paragraphOf(block, { justify: true, pageBreakBefore })];
    case 'list':
      return listParagraphs(block, ctx, { pageBreakBefore });
    case 'table': {
      const table = tableOf(block, ctx);
      if (!table) return [];
      const head = block.caption
        ? [captionParagraph(block.caption, STYLE.tableCaption, pageBreakBefore)]
        : pageBreakBefore
          ? [new Paragraph({ pageBreakBefore: true, children: [] })]
          : [];
      return [...head, table, block.note ? noteParagraph(block.note) : new Paragraph({ spacing: { after: 120 }, children: [] })];
    }
    case 'figure': {
      const [first, ...rest] = figureParagraphs(block, ctx, facts.notRendered);
      return pageBreakBefore ? [new Paragraph({ pageBreakBefore: true, children: [] }), ...(first ? [first] : []), ...rest] : [...(first ? [first] : []), ...rest];
    }
    case 'cover':
      return coverParagraphs(block, ctx);
    case 'signatures': {
      const table = signatureTable(block, ctx);
      return table ? [new Paragraph({ spacing: { before: 240 }, children: [] }), table] : [];
    }
    case 'toc':
      return [listTitle(block.title, pageBreakBefore), new TableOfContents('Daftar Isi', { hyperlink: true, headingStyleRange: '1-3' })];
    case 'listOfTables':
      return [
        listTitle(block.title, pageBreakBefore),
        facts.hasTables
          ? new TableOfContents('Daftar Tabel', { hyperlink: true, stylesWithLevels: [new StyleLevel(TABLE_CAPTION_NAME, 1)] })
          : emptyList('Dokumen ini tidak memuat tabel bernomor.'),
      ];
    case 'listOfFigures':
      return [
        listTitle(block.title, pageBreakBefore),
        facts.hasFigures
          ? new TableOfContents('Daftar Gambar', { hyperlink: true, stylesWithLevels: [new StyleLevel(FIGURE_CAPTION_NAME, 1)] })
          : emptyList('Dokumen ini tidak memuat gambar.'),
      ];
    case 'pageBreak':
      return [];
  }
};

/** Word content for a section's blocks; page-break blocks become "page break before" on what follows. */
export const sectionContent = (blocks: readonly Block[], ctx: WriteContext, facts: DocumentFacts): FileChild[] => {
  const out: FileChild[] = [];
  let breakPending = false;
  for (const block of blocks) {
    if (block.kind === 'pageBreak') {
      breakPending = out.length > 0;
      continue;
    }
    const content = blockContent(block, ctx, facts, breakPending);
    if (content.length > 0) breakPending = false;
    out.push(...content);
  }
  if (out.length === 0) out.push(new Paragraph({ children: [] }));
  return out;
};
