import type { Block, MasterplanDocument, Orientation } from '../../../../shared/document';

/**
 * The document cut into the parts a reader jumps between: the cover, the lists, each front-matter
 * piece, each chapter (BAB), the annexes. Each part is drawn as one sheet and only when it comes into view.
 */
export interface PreviewPart {
  id: string;
  /** "BAB III" or null. */
  number: string | null;
  title: string;
  /** Whether the running header (title, DRAF) is printed on its pages. */
  running: boolean;
  blocks: Array<{ block: Block; orientation: Orientation }>;
  /** A rough height in rem, for the room the part takes before it is drawn. */
  estimatedRem: number;
}

const LIST_TITLES = { toc: 'DAFTAR ISI', listOfTables: 'DAFTAR TABEL', listOfFigures: 'DAFTAR GAMBAR' } as const;

/** Rows of a big table shown before "show all" (see PreviewTable). */
export const TABLE_PREVIEW_ROWS = 40;

const textLength = (block: Block): number => (block.kind === 'paragraph' ? block.inlines.reduce((n, i) => n + (i.kind === 'text' ? i.text.length : 1), 0) : 0);

const estimate = (block: Block): number => {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? 6 : 3;
    case 'paragraph':
      return 1.8 + Math.ceil(textLength(block) / 95) * 1.6;
    case 'list':
      return block.items.length * 1.9;
    case 'table':
      return 5 + Math.min(block.rows.length, TABLE_PREVIEW_ROWS + 2) * 2.4;
    case 'figure':
      return 24;
    case 'cover':
      return 40;
    case 'signatures':
      return 14;
    default:
      return 0;
  }
};

const titleOf = (block: Block): { number: string | null; title: string } | null => {
  if (block.kind === 'cover') return { number: null, title: 'SAMPUL' };
  if (block.kind === 'toc' || block.kind === 'listOfTables' || block.kind === 'listOfFigures') return { number: null, title: block.title || LIST_TITLES[block.kind] };
  if (block.kind === 'heading' && block.level === 1) return { number: block.number, title: block.text };
  return null;
};

export const previewParts = (doc: MasterplanDocument): PreviewPart[] => {
  const parts: PreviewPart[] = [];
  let current: PreviewPart | null = null;
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'pageBreak') continue;
      const opens = titleOf(block);
      if (opens || !current) {
        current = { id: `bagian-${parts.length + 1}`, number: opens?.number ?? null, title: opens?.title ?? '', running: section.running, blocks: [], estimatedRem: 4 };
        parts.push(current);
      }
      current.blocks.push({ block, orientation: section.orientation });
      current.estimatedRem += estimate(block);
    }
  }
  return parts;
};

/** The chapter-level headings of the document, for the table of contents in the preview. */
export const contentsOf = (parts: readonly PreviewPart[]): Array<{ id: string; number: string | null; title: string; level: number }> =>
  parts.flatMap((part) =>
    part.blocks.flatMap(({ block }) =>
      block.kind === 'heading' && block.level <= 2 ? [{ id: part.id, number: block.number, title: block.text, level: block.level }] : [],
    ),
  );

/** Captions of the document's tables or figures, in order, for the lists of tables and figures. */
export const captionsOf = (parts: readonly PreviewPart[], kind: 'table' | 'figure'): string[] =>
  parts.flatMap((part) =>
    part.blocks.flatMap(({ block }) => {
      const caption = (block.kind === 'table' || block.kind === 'figure') && block.kind === kind ? block.caption : null;
      return caption ? [`${caption.label} ${caption.number} ${caption.title}`] : [];
    }),
  );
