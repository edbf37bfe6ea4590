import type { TableBlock, TableCell, TableColumn, TableRow } from '../../../shared/document';
import { textWidth, type FontLook } from './metrics';
import { LOOK } from './styles';

/**
 * What the table writer (table.ts) and the page estimate (page-estimate.ts) both decide about a table: its column
 * widths, its rows fitted to the grid, which rows stay whole on a page and which tables stay together.
 */

/** Column widths in twips, from relative widths, summing to the text width. */
export const columnWidths = (columns: readonly TableColumn[], total: number): number[] => {
  const weights = columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.max(200, Math.floor((w / sum) * total)));
  const drift = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = Math.max(200, (widths[widths.length - 1] ?? 0) + drift);
  return widths;
};

/** Indent of a list's text in a cell, per level (flow.ts writes cell lists with narrow indents). */
const CELL_LIST_INDENT = 180;
/** Room left beside a column's longest word, so rounding in the word processor does not break it after all. */
const WORD_SLACK = 40;

/**
 * Where a column's words are cut for its least width: at spaces and after a dash, as metrics.ts breaks lines; not after
 * a hyphen, which a line may break at, so that codes stay whole ("SG-SV-01", not "SG-SV-|01"); "Rp" stays with its
 * amount (runText joins them with a no-break space), and no piece starts with a slash or closing punctuation ("CSR /").
 */
const WORD_SPLIT = /(?<=[–—])|(?<!\bRp)\s+(?![/)\]}!?;,.:])/u;

/** Widest unbreakable piece of a cell's text, in twips, lists' indents added. */
const widestWord = (blocks: TableCell['blocks'], base: FontLook, level: number): number => {
  let widest = 0;
  for (const block of blocks) {
    if (block.kind === 'list') {
      for (const item of block.items) widest = Math.max(widest, widestWord(item.blocks, base, level + 1));
      continue;
    }
    const indent = level * CELL_LIST_INDENT;
    for (const inline of block.inlines) {
      if (inline.kind !== 'text') continue;
      const look = inline.bold ? { ...base, bold: true } : base;
      for (const word of inline.text.split(WORD_SPLIT)) if (word.length > 3) widest = Math.max(widest, indent + textWidth(word, look));
    }
  }
  return widest;
};

const fitted = new WeakMap<TableBlock, { total: number; widths: number[] }>();

/**
 * A table's column widths (columnWidths), widened where a column is narrower than its longest word, so no word is cut
 * in two ("Diskumperinda|g" in a narrow OPD column): the missing twips come from the columns with room to spare
 * beyond their own longest word, in proportion to that room. Where there is not enough room, every column gets its share.
 * The writer and the page estimate both lay the table out with these widths.
 */
export const tableColumnWidths = (table: TableBlock, total: number): number[] => {
  const columns = table.columns.slice(0, MAX_COLUMNS);
  // The dense matrices (compact) keep the widths their chapters give them, tuned by hand against their pages: a few
  // twips moved between their columns made LibreOffice drop the rows of a landscape matrix after its first one (the
  // 200-program workshop's Smart Branding matrix) and the page estimate part ways with the printed pages.
  if (table.compact) return columnWidths(columns, total);
  const cached = fitted.get(table);
  if (cached?.total === total) return cached.widths;
  const widths = columnWidths(columns, total);
  const font: FontLook = { size: LOOK.tableText.size };
  const margin = CELL_MARGIN.normal;
  const need = widths.map(() => 0);
  for (const row of writtenRows(table)) {
    let column = 0;
    for (const cell of fitRow(row.cells, widths.length)) {
      const span = cell.colSpan ?? 1;
      if (span === 1) need[column] = Math.max(need[column] ?? 0, widestWord(cell.blocks, font, 0));
      column += span;
    }
  }
  const wanted = need.map((n, i) => (n === 0 ? 0 : Math.ceil(n) + margin.left + margin.right + WORD_SLACK - (widths[i] ?? 0)));
  const lacking = wanted.reduce((sum, w) => sum + Math.max(0, w), 0);
  const spare = wanted.reduce((sum, w) => sum + Math.max(0, -w), 0);
  if (lacking > 0 && spare > 0) {
    const share = Math.min(1, lacking / spare);
    wanted.forEach((w, i) => {
      const width = widths[i] ?? 0;
      widths[i] = w > 0 ? width + Math.floor(w * Math.min(1, spare / lacking)) : width - Math.floor(-w * share);
    });
    const drift = total - widths.reduce((a, b) => a + b, 0);
    const roomiest = widths.indexOf(Math.max(...widths));
    widths[roomiest] = (widths[roomiest] ?? 0) + drift;
  }
  fitted.set(table, { total, widths });
  return widths;
};

/** Word has at most 63 columns in a table. */
export const MAX_COLUMNS = 63;

/** Cells of a row fitted to the grid: spans clamped, missing cells added, never a row without cells. */
export const fitRow = (cells: readonly TableCell[], columnCount: number): TableCell[] => {
  const out: TableCell[] = [];
  let used = 0;
  for (const cell of cells) {
    if (used >= columnCount) break;
    const span = Math.max(1, Math.min(Math.floor(cell.colSpan ?? 1), columnCount - used));
    out.push(span === (cell.colSpan ?? 1) ? cell : { ...cell, colSpan: span });
    used += span;
  }
  while (used < columnCount) {
    out.push({ blocks: [], colSpan: 1 });
    used += 1;
  }
  return out;
};

/** Short tables (few rows, little text) are kept on one page, with their caption. */
const SHORT_TABLE_ROWS = 12;
const SHORT_TABLE_CHARS = 1200;

/** Characters of text in a cell's paragraphs and lists; counting stops once past `limit`. */
const flowChars = (blocks: TableCell['blocks'], limit: number): number => {
  let chars = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const inline of block.inlines) if (inline.kind === 'text') chars += inline.text.length;
    } else for (const item of block.items) chars += flowChars(item.blocks, limit - chars);
    if (chars > limit) break;
  }
  return chars;
};

/**
 * Rows with this little text never break across pages. Word and LibreOffice split a row at different lines
 * (LibreOffice keeps widows and orphans inside cells), so page numbers drift apart when ordinary rows split;
 * a row too tall for a page must still be allowed to split.
 */
const UNSPLIT_ROW_CHARS = 700;

/** Characters of text in a row (exact up to `limit`; past it, some number above it). */
const rowChars = (row: TableRow, limit: number): number => {
  let chars = 0;
  for (const cell of row.cells) {
    chars += flowChars(cell.blocks, limit - chars);
    if (chars > limit) break;
  }
  return chars;
};

/** Whether a row is kept whole on one page: a header row, a row of a table kept together, or a row with little text. */
export const keepsRowWhole = (row: TableRow, keepNext: boolean): boolean => row.header === true || keepNext || rowChars(row, UNSPLIT_ROW_CHARS) <= UNSPLIT_ROW_CHARS;

const isShort = (rows: readonly TableRow[]): boolean => {
  if (rows.length > SHORT_TABLE_ROWS) return false;
  let chars = 0;
  for (const row of rows) {
    chars += rowChars(row, SHORT_TABLE_CHARS - chars);
    if (chars > SHORT_TABLE_CHARS) return false;
  }
  return true;
};

/** Whether a table's written rows are kept on one page: a short table, unless it may break. */
export const keptTogether = (table: TableBlock, rows: readonly TableRow[]): boolean => table.mayBreak !== true && isShort(rows);

/** Cell margins in twips, set once for the whole table. */
export const CELL_MARGIN = {
  normal: { top: 40, bottom: 40, left: 80, right: 80 },
  compact: { top: 30, bottom: 30, left: 60, right: 60 },
} as const;

/** Whether the table is written at all (Word refuses a table without rows or cells). */
export const isWritten = (table: TableBlock): boolean => table.columns.length > 0 && table.rows.length > 0;

/** The header row the writer adds from the column headers. */
export const headerRow = (table: TableBlock): TableRow => ({
  header: true,
  cells: table.columns.map((c) => ({ blocks: [{ kind: 'paragraph', inlines: [{ kind: 'text', text: c.header, bold: true }], align: 'center' }], shade: 'header' })),
});

/** The rows written: the header row from the column headers (unless headerless), then the table's rows. */
export const writtenRows = (table: TableBlock): TableRow[] => [...(table.headerless ? [] : [headerRow(table)]), ...table.rows];
