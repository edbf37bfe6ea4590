import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

/**
 * Word styles of the masterplan. Headings use the built-in style ids (Heading1…) so Word in any language
 * recognises them for the navigation pane and the table of contents; captions have one style per kind
 * so the list of tables and the list of figures can each collect their own.
 */

export const FONT = 'Arial';
export const MONO_FONT = 'Courier New';
export const TEXT_COLOR = '000000';
export const ACCENT = '1F3864';
export const HEADER_FILL = 'D9E2F3';
export const ACTIVE_FILL = '4472C4';
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

export const documentStyles = (): IStylesOptions => ({
  default: {
    document: {
      run: { font: FONT, size: pt(11), color: TEXT_COLOR, language: { value: 'id-ID' } },
      paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font: FONT, size: pt(14), bold: true, color: TEXT_COLOR },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 360, line: 300, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: FONT, size: pt(12), bold: true, color: TEXT_COLOR },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
    },
    heading3: {
      run: { font: FONT, size: pt(11), bold: true, color: TEXT_COLOR },
      paragraph: { spacing: { before: 200, after: 100 }, keepNext: true, keepLines: true, outlineLevel: 2 },
    },
    heading4: { run: { font: FONT, size: pt(11), bold: true, italics: true, color: TEXT_COLOR }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true } },
    heading5: { run: { font: FONT, size: pt(11), bold: true, italics: true, color: TEXT_COLOR }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
    heading6: { run: { font: FONT, size: pt(11), italics: true, color: TEXT_COLOR }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
    listParagraph: { paragraph: { spacing: { after: 60 } } },
    hyperlink: { run: { color: '0563C1', underline: {} } },
  },
  paragraphStyles: [
    {
      id: STYLE.tableCaption,
      name: TABLE_CAPTION_NAME,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: pt(10), bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 200, after: 100 }, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.figureCaption,
      name: FIGURE_CAPTION_NAME,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: FONT, size: pt(10), bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 100, after: 240 }, keepLines: true },
    },
    {
      id: STYLE.listTitle,
      name: 'Judul Daftar',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: FONT, size: pt(14), bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } },
    },
    { id: STYLE.placeholder, name: 'Belum Diisi', basedOn: 'Normal', run: { italics: true, color: '7F7F7F' } },
    { id: STYLE.quote, name: 'Kutipan Visi', basedOn: 'Normal', run: { bold: true, italics: true, size: pt(12) }, paragraph: { alignment: AlignmentType.CENTER, indent: { left: 567, right: 567 }, spacing: { before: 120, after: 240 } } },
    { id: STYLE.code, name: 'Kode Sumber', basedOn: 'Normal', run: { font: MONO_FONT, size: pt(8) }, paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
    { id: STYLE.note, name: 'Catatan Tabel', basedOn: 'Normal', run: { size: pt(8), italics: true }, paragraph: { spacing: { before: 60, after: 200 } } },
    { id: STYLE.tableText, name: 'Teks Tabel', basedOn: 'Normal', run: { size: pt(9) }, paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
    { id: STYLE.tableTextSmall, name: 'Teks Tabel Kecil', basedOn: 'Normal', run: { size: pt(8) }, paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } } },
    { id: STYLE.cover, name: 'Teks Sampul', basedOn: 'Normal', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
    // Entries of the table of contents and of the lists of tables and figures (Word's built-in "toc N").
    ...[1, 2, 3].map((level) => ({
      id: `TOC${level}`,
      name: `toc ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { spacing: { before: level === 1 ? 80 : 0, after: 30, line: 260, lineRule: LineRuleType.AUTO }, indent: { left: (level - 1) * 280 } },
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
