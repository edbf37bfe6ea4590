import { HeightRule, Paragraph, ShadingType, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { TableBlock, TableCell as CellModel, TableColumn, TableRow as RowModel } from '../../../shared/document';
import type { WriteContext } from './context';
import { flowParagraphs } from './flow';
import { plainRun } from './inline';
import { mmToTwips } from './page';
import { ACTIVE_FILL, HEADER_FILL, STYLE, TOTAL_FILL } from './styles';

const FILL = { header: HEADER_FILL, active: ACTIVE_FILL, total: TOTAL_FILL } as const;

/** Column widths in twips, from relative widths, summing to the text width. */
export const columnWidths = (columns: readonly TableColumn[], total: number): number[] => {
  const weights = columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.max(200, Math.floor((w / sum) * total)));
  const drift = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = Math.max(200, (widths[widths.length - 1] ?? 0) + drift);
  return widths;
};

/** Cells of a row fitted to the grid: spans clamped, missing cells added, never a row without cells. */
const fitRow = (cells: readonly CellModel[], columnCount: number): CellModel[] => {
  const out: CellModel[] = [];
  let used = 0;
  for (const cell of cells) {
    if (used >= columnCount) break;
    const span = Math.max(1, Math.min(Math.floor(cell.colSpan ?? 1), columnCount - used));
    out.push({ ...cell, colSpan: span });
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

const flowChars = (blocks: CellModel['blocks']): number =>
  blocks.reduce(
    (sum, b) => sum + (b.kind === 'paragraph' ? b.inlines.reduce((n, i) => n + (i.kind === 'text' ? i.text.length : 0), 0) : b.items.reduce((n, item) => n + flowChars(item.blocks), 0)),
    0,
  );

/**
 * Rows with this little text never break across pages. Word and LibreOffice split a row at different lines
 * (LibreOffice keeps widows and orphans inside cells), so page numbers drift apart when ordinary rows split;
 * a row too tall for a page must still be allowed to split.
 */
const UNSPLIT_ROW_CHARS = 700;

const rowChars = (row: RowModel): number => row.cells.reduce((n, c) => n + flowChars(c.blocks), 0);

const isShort = (rows: readonly RowModel[]): boolean =>
  rows.length <= SHORT_TABLE_ROWS && rows.reduce((sum, r) => sum + r.cells.reduce((n, c) => n + flowChars(c.blocks), 0), 0) <= SHORT_TABLE_CHARS;

const cellOf = (cell: CellModel, startColumn: number, widths: readonly number[], table: TableBlock, ctx: WriteContext, keepNext: boolean): TableCell => {
  const span = cell.colSpan ?? 1;
  const width = widths.slice(startColumn, startColumn + span).reduce((a, b) => a + b, 0);
  const column = table.columns[startColumn];
  const baseStyle = table.compact ? STYLE.tableTextSmall : STYLE.tableText;
  const paragraphs = flowParagraphs(cell.blocks, ctx, { baseStyle, align: cell.align ?? column?.align, keepNext, compactLists: true });
  const fill = cell.shade ? FILL[cell.shade] : undefined;
  return new TableCell({
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({ style: baseStyle, children: [] })],
    width: { size: width, type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    verticalAlign: VerticalAlign.TOP,
    margins: table.compact ? { top: 30, bottom: 30, left: 60, right: 60 } : { top: 40, bottom: 40, left: 80, right: 80 },
  });
};

const rowOf = (row: RowModel, widths: readonly number[], table: TableBlock, ctx: WriteContext, keepNext: boolean): TableRow => {
  const cells = fitRow(row.cells, widths.length);
  let column = 0;
  const children = cells.map((cell) => {
    const written = cellOf(cell, column, widths, table, ctx, keepNext);
    column += cell.colSpan ?? 1;
    return written;
  });
  return new TableRow({
    children,
    ...(row.header ? { tableHeader: true } : {}),
    ...(row.header || keepNext || rowChars(row) <= UNSPLIT_ROW_CHARS ? { cantSplit: true } : {}),
    ...(row.minHeightMm ? { height: { value: mmToTwips(row.minHeightMm), rule: HeightRule.ATLEAST } } : {}),
  });
};

const headerRow = (table: TableBlock): RowModel => ({
  header: true,
  cells: table.columns.map((c) => ({ blocks: [{ kind: 'paragraph', inlines: [{ kind: 'text', text: c.header, bold: true }], align: 'center' }], shade: 'header' })),
});

/** The table, or null when it would be empty (Word refuses a table without rows or cells). */
export const tableOf = (table: TableBlock, ctx: WriteContext): Table | null => {
  if (table.columns.length === 0 || table.rows.length === 0) return null;
  const widths = columnWidths(table.columns.slice(0, 63), ctx.width);
  const models = [...(table.headerless ? [] : [headerRow(table)]), ...table.rows];
  const short = isShort(models);
  const rows = models.map((r, i) => rowOf(r, widths, table, ctx, short && i < models.length - 1));
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    ...(table.borderless ? { borders: TableBorders.NONE } : {}),
  });
};

export const captionParagraph = (caption: NonNullable<TableBlock['caption']>, style: string, pageBreakBefore = false): Paragraph =>
  new Paragraph({ style, children: [plainRun(`${caption.label} ${caption.number} ${caption.title}`)], ...(pageBreakBefore ? { pageBreakBefore: true } : {}) });

export const noteParagraph = (note: string): Paragraph => new Paragraph({ style: STYLE.note, children: [plainRun(note)] });
