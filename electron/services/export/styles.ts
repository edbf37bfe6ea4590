import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import { DIAGRAM_PALETTE } from '../../../shared/document/svg-draw';

/**
 * Word styles of the masterplan. Headings use the built-in style ids (Heading1…) so Word in any language
 * recognises them for the navigation pane and the table of contents; captions have one style per kind
 * so the list of tables and the list of figures can each collect their own.
 */

export const FONT = 'Arial';
export const MONO_FONT = 'Courier New';
export const TEXT_COLOR = '000000';
export const ACCENT = '1F3864';
/** Table fills from the app's palette (renderer/src/styles/base.css, as the diagrams draw it): header cells in the soft
 * teal, a roadmap's active years in the teal of the Gantt's bars beside the table, totals in neutral grey. */
export const HEADER_FILL = DIAGRAM_PALETTE.primarySoft.slice(1).toUpperCase();
export const ACTIVE_FILL = DIAGRAM_PALETTE.primary.slice(1).toUpperCase();
export const TOTAL_FILL = 'EDEDED';
export const DRAFT_COLOR = 'C00000';

export const STYLE = {
  tableCaption: 'TableCaption',
  figureCaption: 'FigureCaption',
  listTitle: 'ListTitle',
  placeholder: 'Placeholder',
  quote: 'Quote',
  code: 'SourceCode',
  note: 'TableNote',
  tableText: 'TableText',
  tableTextSmall: 'TableTextSmall',
  cover: 'CoverText',
} as const;

/** Style names Word shows; the lists of tables and figures refer to the caption styles by name. */
export const TABLE_CAPTION_NAME = 'Keterangan Tabel';
export const FIGURE_CAPTION_NAME = 'Keterangan Gambar';

const pt = (points: number): number => points * 2;

/**
 * Type and spacing of a paragraph style: size in points, spacing and indents in twips, `line` in 240ths of a single
 * line ("auto" line spacing). Written into the styles below, and read by the page estimate (page-estimate.ts), so the
 * estimate follows any change made here.
 */
export interface ParagraphLook {
  size: number;
  bold?: boolean;
  italic?: boolean;
  mono?: boolean;
  before: number;
  after: number;
  line: number;
  indentLeft?: number;
  indentRight?: number;
}

const NORMAL: ParagraphLook = { size: 11, before: 0, after: 120, line: 300 };

export const LOOK = {
  normal: NORMAL,
  heading1: { ...NORMAL, size: 14, bold: true, after: 360 },
  heading2: { ...NORMAL, size: 12, bold: true, before: 240, after: 120 },
  heading3: { ...NORMAL, bold: true, before: 200, after: 100 },
  heading4: { ...NORMAL, bold: true, italic: true, before: 160, after: 80 },
  heading5: { ...NORMAL, bold: true, italic: true, before: 120, after: 60 },
  heading6: { ...NORMAL, italic: true, before: 120, after: 60 },
  /** Word's "List Paragraph", which docx gives numbered and bulleted paragraphs without a style of their own. */
  listParagraph: { ...NORMAL, after: 60 },
  tableCaption: { ...NORMAL, size: 10, bold: true, before: 200, after: 100 },
  figureCaption: { ...NORMAL, size: 10, bold: true, before: 100, after: 240 },
  listTitle: { ...NORMAL, size: 14, bold: true, after: 360 },
  placeholder: { ...NORMAL, italic: true },
  quote: { ...NORMAL, size: 12, bold: true, italic: true, before: 120, after: 240, indentLeft: 567, indentRight: 567 },
  code: { ...NORMAL, size: 8, mono: true, after: 0, line: 240 },
  note: { ...NORMAL, size: 8, italic: true, before: 60, after: 200 },
  tableText: { ...NORMAL, size: 9, after: 0, line: 240 },
  tableTextSmall: { ...NORMAL, size: 8, after: 0, line: 240 },
  cover: { ...NORMAL, bold: true },
  /** Entries of the table of contents and of the lists of tables and figures, levels 1 to 3. */
  toc: [1, 2, 3].map((level): ParagraphLook => ({ ...NORMAL, before: level === 1 ? 80 : 0, after: 30, line: 260, indentLeft: (level - 1) * 280 })),
} satisfies Record<string, ParagraphLook | ParagraphLook[]>;

const headingRun = (look: ParagraphLook) => ({ font: FONT, size: pt(look.size), ...(look.bold ? { bold: true } : {}), ...(look.italic ? { italics: true } : {}), color: TEXT_COLOR });
const spacing = (look: ParagraphLook) => ({ before: look.before, after: look.after });
const auto = (look: ParagraphLook) => ({ line: look.line, lineRule: LineRuleType.AUTO });

export const documentStyles = (): IStylesOptions => ({
  default: {
    document: {
      run: { font: FONT, size: pt(NORMAL.size), color: TEXT_COLOR, language: { value: 'id-ID' } },
      paragraph: { spacing: { after: NORMAL.after, ...auto(NORMAL) } },
    },
    heading1: {
      run: headingRun(LOOK.heading1),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { ...spacing(LOOK.heading1), ...auto(LOOK.heading1) }, keepNext: true, keepLines: true, outlineLevel: 0 },
    },
    heading2: { run: headingRun(LOOK.heading2), paragraph: { spacing: spacing(LOOK.heading2), keepNext: true, keepLines: true, outlineLevel: 1 } },
    heading3: { run: headingRun(LOOK.heading3), paragraph: { spacing: spacing(LOOK.heading3), keepNext: true, keepLines: true, outlineLevel: 2 } },
    heading4: { run: headingRun(LOOK.heading4), paragraph: { spacing: spacing(LOOK.heading4), keepNext: true } },
    heading5: { run: headingRun(LOOK.heading5), paragraph: { spacing: spacing(LOOK.heading5), keepNext: true } },
    heading6: { run: headingRun(LOOK.heading6), paragraph: { spacing: spacing(LOOK.heading6), keepNext: true } },
    listParagraph: { paragraph: { spacing: { after: LOOK.listParagraph.after } } },
    hyperlink: { run: { color: '0563C1', underline: {} } },
  },
  paragraphStyles: [
    {
      id: STYLE.tableCaption,
      name: TABLE_CAPTION_NAME,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: pt(LOOK.tableCaption.size), bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(LOOK.tableCaption), keepNext: true, keepLines: true },
    },
    {
      id: STYLE.figureCaption,
      name: FIGURE_CAPTION_NAME,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: pt(LOOK.figureCaption.size), bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: spacing(LOOK.figureCaption), keepLines: true },
    },
    {
      id: STYLE.listTitle,
      name: 'Judul Daftar',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: FONT, size: pt(LOOK.listTitle.size), bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: LOOK.listTitle.after } },
    },
    { id: STYLE.placeholder, name: 'Belum Diisi', basedOn: 'Normal', run: { italics: true, color: '7F7F7F' } },
    {
      id: STYLE.quote,
      name: 'Kutipan Visi',
      basedOn: 'Normal',
      run: { bold: true, italics: true, size: pt(LOOK.quote.size) },
      paragraph: { alignment: AlignmentType.CENTER, indent: { left: LOOK.quote.indentLeft, right: LOOK.quote.indentRight }, spacing: spacing(LOOK.quote) },
    },
    { id: STYLE.code, name: 'Kode Sumber', basedOn: 'Normal', run: { font: MONO_FONT, size: pt(LOOK.code.size) }, paragraph: { spacing: { after: LOOK.code.after, ...auto(LOOK.code) } } },
    { id: STYLE.note, name: 'Catatan Tabel', basedOn: 'Normal', run: { size: pt(LOOK.note.size), italics: true }, paragraph: { spacing: spacing(LOOK.note) } },
    { id: STYLE.tableText, name: 'Teks Tabel', basedOn: 'Normal', run: { size: pt(LOOK.tableText.size) }, paragraph: { spacing: { after: LOOK.tableText.after, ...auto(LOOK.tableText) } } },
    {
      id: STYLE.tableTextSmall,
      name: 'Teks Tabel Kecil',
      basedOn: 'Normal',
      run: { size: pt(LOOK.tableTextSmall.size) },
      paragraph: { spacing: { after: LOOK.tableTextSmall.after, ...auto(LOOK.tableTextSmall) } },
    },
    { id: STYLE.cover, name: 'Teks Sampul', basedOn: 'Normal', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: LOOK.cover.after } } },
    // Entries of the table of contents and of the lists of tables and figures (Word's built-in "toc N").
    ...LOOK.toc.map((look, index) => ({
      id: `TOC${index + 1}`,
      name: `toc ${index + 1}`,
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { spacing: { ...spacing(look), ...auto(look) }, indent: { left: look.indentLeft ?? 0 } },
    })),
  ],
});

export const BULLETS = 'masterplan-bullets';
export const NUMBERS = 'masterplan-numbers';

const BULLET_CHARS = ['\u2022', '\u25E6', '\u25AA'];
const NUMBER_FORMATS = [
  { format: LevelFormat.DECIMAL, text: (l: number) => `%${l + 1}.` },
  { format: LevelFormat.LOWER_LETTER, text: (l: number) => `%${l + 1}.` },
  { format: LevelFormat.LOWER_ROMAN, text: (l: number) => `%${l + 1}.` },
];

/** Levels 0–8 only: Word has nine list levels. */
export const MAX_LIST_LEVEL = 8;
export const listIndent = (level: number): number => 360 * (level + 1) + 200;

export const documentNumbering = (): INumberingOptions => ({
  config: [
    {
      reference: BULLETS,
      levels: Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
        level,
        format: LevelFormat.BULLET,
        text: BULLET_CHARS[level % BULLET_CHARS.length] ?? '\u2022',
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: listIndent(level), hanging: 300 } } },
      })),
    },
    {
      reference: NUMBERS,
      levels: Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => {
        const spec = NUMBER_FORMATS[level % NUMBER_FORMATS.length] ?? NUMBER_FORMATS[0];
        return {
          level,
          format: spec?.format ?? LevelFormat.DECIMAL,
          text: spec?.text(level) ?? `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: listIndent(level), hanging: 360 } } },
        };
      }),
    },
  ],
});
