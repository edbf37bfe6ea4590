import { FileChild, InternalHyperlink, LeaderType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Block, Caption, HeadingBlock, MasterplanDocument } from '../../../shared/document';
import { element, fieldChar, fieldRun, instruction } from './fields';
import { runText } from './inline';
import { FIGURE_CAPTION_NAME, TABLE_CAPTION_NAME } from './styles';
import { isWritten } from './table-model';

/**
 * The table of contents and the lists of tables and figures, written with the document rather than left for Word to
 * fill in: each heading (levels 1–3) and each caption is bookmarked, and each entry links to its bookmark with a
 * PAGEREF field whose result is the page the estimate (page-estimate.ts) puts it on. The fields are those Word writes
 * (TOC \o "1-3", TOC \t "<caption style>,1"), in a Table of Contents content control, so "Update Table" in Word
 * rebuilds them from the headings and captions, with Word's own page numbers.
 */

export type ContentsList = 'contents' | 'tables' | 'figures';

export interface ContentsEntry {
  list: ContentsList;
  /** 1–3: the heading level, or 1 for a caption. */
  level: number;
  /** The entry's text, as the heading or caption shows it. */
  title: string;
  bookmark: string;
  block: Block;
}

export interface Contents {
  entries: readonly ContentsEntry[];
  /** The bookmark on a heading, table or figure the lists name. */
  bookmarkOf(block: Block): string | undefined;
}

/** Heading levels the table of contents lists (Heading 1 to Heading 3). */
const CONTENTS_LEVELS = 3;

export const headingTitle = (block: HeadingBlock): string => (block.number ? `${runText(block.number)} ${runText(block.text)}` : runText(block.text));

export const captionTitle = (caption: Caption): string => runText(`${caption.label} ${caption.number} ${caption.title}`);

/** Every entry of the three lists, in the order of the document, each with a bookmark of its own. */
export const documentContents = (doc: MasterplanDocument): Contents => {
  const entries: ContentsEntry[] = [];
  const bookmarks = new Map<Block, string>();
  const add = (list: ContentsList, level: number, title: string, block: Block): void => {
    if (title.trim() === '') return;
    const bookmark = `_Toc${entries.length + 1}`;
    entries.push({ list, level, title, bookmark, block });
    bookmarks.set(block, bookmark);
  };
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'heading' && block.level <= CONTENTS_LEVELS) add('contents', block.level, headingTitle(block), block);
      else if (block.kind === 'table' && block.caption && isWritten(block)) add('tables', 1, captionTitle(block.caption), block);
      else if (block.kind === 'figure') add('figures', 1, captionTitle(block.caption), block);
    }
  }
  return { entries, bookmarkOf: (block) => bookmarks.get(block) };
};

/** The field instruction of each list, as Word writes it. */
const INSTRUCTION: Record<ContentsList, string> = {
  contents: `TOC \\h \\o "1-${CONTENTS_LEVELS}"`,
  tables: `TOC \\h \\t "${TABLE_CAPTION_NAME},1"`,
  figures: `TOC \\h \\t "${FIGURE_CAPTION_NAME},1"`,
};

const ALIAS: Record<ContentsList, string> = { contents: 'Daftar Isi', tables: 'Daftar Tabel', figures: 'Daftar Gambar' };

/** What a list without entries says instead. */
export const EMPTY_LIST: Record<ContentsList, string> = {
  contents: 'Dokumen ini tidak memuat judul bab.',
  tables: 'Dokumen ini tidak memuat tabel bernomor.',
  figures: 'Dokumen ini tidak memuat gambar.',
};

export interface ContentsListOptions {
  /** Text width of the section, in twips: where the page numbers are aligned. */
  width: number;
  /** The page of each bookmark; without it the fields are left for Word to fill in (written dirty). */
  pages?: ReadonlyMap<string, number>;
}

/**
 * One list as a Table of Contents content control: the entries, the first opening the TOC field, and a last paragraph
 * closing it. Null when the list has no entries.
 */
export const contentsList = (list: ContentsList, contents: Contents, options: ContentsListOptions): FileChild | null => {
  const entries = contents.entries.filter((e) => e.list === list);
  if (entries.length === 0) return null;
  const dirty = options.pages === undefined;
  const paragraphs = entries.map((entry, index) => {
    const page = options.pages?.get(entry.bookmark);
    const pageRun = fieldRun(`PAGEREF ${entry.bookmark} \\h`, { result: page === undefined ? undefined : String(page) });
    return new Paragraph({
      style: `TOC${entry.level}`,
      tabStops: [{ type: TabStopType.RIGHT, position: options.width, leader: LeaderType.DOT }],
      children: [
        ...(index === 0 ? [new TextRun({ children: [fieldChar('begin', dirty), instruction(INSTRUCTION[list]), fieldChar('separate')] })] : []),
        new InternalHyperlink({ anchor: entry.bookmark, children: [new TextRun({ text: entry.title }), new TextRun({ children: [new Tab()] }), pageRun] }),
      ],
    });
  });
  return new ContentsControl(ALIAS[list], [...paragraphs, new Paragraph({ children: [new TextRun({ children: [fieldChar('end')] })] })]);
};

/** A block-level content control in Word's Table of Contents gallery, as Word writes its own tables of contents. */
class ContentsControl extends FileChild {
  constructor(alias: string, paragraphs: readonly Paragraph[]) {
    super('w:sdt');
    this.root.push(
      element('w:sdtPr', undefined, [element('w:alias', { 'w:val': alias }), element('w:docPartObj', undefined, [element('w:docPartGallery', { 'w:val': 'Table of Contents' }), element('w:docPartUnique')])]),
      element('w:sdtContent', undefined, paragraphs),
    );
  }
}
