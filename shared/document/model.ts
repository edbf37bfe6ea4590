/**
 * The masterplan document model: a format-neutral tree of the finished masterplan.
 *
 * It knows chapters, headings, paragraphs, lists, tables with captions, figures and page orientation,
 * never Word. The docx writer (electron/services/export) and an HTML preview both read it.
 * All text in it is already cleaned of characters XML cannot carry (see text.ts).
 */

/** A piece of text with its marks, or a line break inside a paragraph. */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean; underline?: boolean; strike?: boolean; code?: boolean; link?: string }
  | { kind: 'break' };

export type ParagraphStyle =
  /** Body text. */
  | 'body'
  /** "[Belum diisi]" and other notes standing in for missing content. */
  | 'placeholder'
  /** A quotation or an emphasised statement, such as the vision. */
  | 'quote'
  /** Monospaced text, such as a diagram's source shown instead of its picture. */
  | 'code'
  /** Small print under a table or figure. */
  | 'note';

export interface ParagraphBlock {
  kind: 'paragraph';
  inlines: Inline[];
  style?: ParagraphStyle;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Right-to-left text (Arabic, Hebrew): written with `w:bidi` on the paragraph and `w:rtl` on its runs. */
  rtl?: boolean;
}

export interface HeadingBlock {
  kind: 'heading';
  /** 1 = chapter (BAB), 2 = 1.1, 3 = 1.1.1; 4–6 are unnumbered headings inside narrative text. */
  level: 1 | 2 | 3 | 4 | 5 | 6;
  /** The visible number, e.g. "BAB III", "3.2", "6.3.1"; null for unnumbered headings. */
  number: string | null;
  text: string;
}

export interface ListItem {
  blocks: Array<ParagraphBlock | ListBlock>;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface Caption {
  /** "Tabel" or "Gambar". */
  label: string;
  /** Chapter-based number, e.g. "3.1" or "L.2". */
  number: string;
  title: string;
}

export interface TableColumn {
  header: string;
  /** Relative width; the writer scales the columns to the text width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableCell {
  blocks: Array<ParagraphBlock | ListBlock>;
  /** Columns this cell spans; 1 when absent. */
  colSpan?: number;
  /** Background: a header cell, an active roadmap year, or a highlighted total. */
  shade?: 'header' | 'active' | 'total';
  align?: 'left' | 'center' | 'right';
}

export interface TableRow {
  cells: TableCell[];
  /** Repeated at the top of every page the table runs onto. */
  header?: boolean;
  /** Minimum height, e.g. room for a signature. */
  minHeightMm?: number;
  /** Kept on the page of what follows it (the next row, or the block after the table), and whole. */
  keepWithNext?: boolean;
}

export interface TableBlock {
  kind: 'table';
  caption: Caption | null;
  columns: TableColumn[];
  /** Rows; the writer adds a header row from the column headers unless `headerless`. */
  rows: TableRow[];
  headerless?: boolean;
  /** Smaller type for dense tables such as the program matrix. */
  compact?: boolean;
  /** No borders: layout tables such as signature blocks. */
  borderless?: boolean;
  /** Rows may run over pages even when the table is short (the writer keeps short tables on one page otherwise). */
  mayBreak?: boolean;
  note?: string;
}

export interface ImageData {
  /** Base64 (no data: prefix). */
  base64: string;
  /** An SVG (a region logo) needs a PNG beside it for word processors that cannot draw SVG. */
  format: 'png' | 'jpg' | 'svg';
  widthPx: number;
  heightPx: number;
}

export interface FigureBlock {
  kind: 'figure';
  caption: Caption;
  /** A diagram the writer may receive as a picture; its mermaid source is in `MasterplanDocument.diagrams`. */
  diagramId?: string;
  image?: ImageData;
}

export interface CoverBlock {
  kind: 'cover';
  title: string;
  regionLine: string;
  provinceLine: string;
  periodLine: string;
  subtitle: string;
  logo: ImageData | null;
  issuer: string;
  year: string;
  draftMark: string | null;
}

export interface SignatureBlock {
  kind: 'signatures';
  placeAndDate: string;
  signers: Array<{ role: string; name: string }>;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | FigureBlock
  | CoverBlock
  | SignatureBlock
  | { kind: 'pageBreak' }
  | { kind: 'toc'; title: string }
  | { kind: 'listOfTables'; title: string }
  | { kind: 'listOfFigures'; title: string };

export type Orientation = 'portrait' | 'landscape';

/** A run of pages with one orientation. A new section always starts on a new page. */
export interface DocumentSection {
  orientation: Orientation;
  /** Whether the running header and the page footer are shown (not on the cover). */
  running: boolean;
  blocks: Block[];
}

export type DiagramKind = 'gantt' | 'mindmap' | 'quadrant' | 'flowchart';

/** What a printed document shows in a diagram's place when nobody could draw it: a note and its content as a table. */
export interface DiagramAlternative {
  note: string;
  /** Null when a table beside the figure already holds the same facts (the roadmap table above its Gantt). */
  table: TableBlock | null;
}

/** A diagram's mermaid source (or, for the Gantt roadmap, its finished SVG); the renderer turns it into a picture. */
export interface DiagramSpec {
  id: string;
  kind: DiagramKind;
  title: string;
  source: string;
  /** Never the source: a printed document shows this when the diagram was not drawn. */
  alternative?: DiagramAlternative;
}

export interface DocumentMeta {
  title: string;
  subject: string;
  creator: string;
  description: string;
  keywords: string;
  /** Short title for the running header. */
  runningTitle: string;
  draft: boolean;
  draftMark: string;
  /** Footer template; {page} and {pages} are replaced by the page number and page count. */
  pageLabel: string;
  language: 'id-ID';
}

export interface MasterplanDocument {
  meta: DocumentMeta;
  sections: DocumentSection[];
  diagrams: DiagramSpec[];
}
