import ExcelJS from 'exceljs';
import { cleanText } from '../../../shared/document/text';
import type { CellValue, ColumnFormat, SheetTable, WorkbookModel, WorkbookSheet } from '../../../shared/workbook';

/**
 * Writes the workbook model as XLSX with ExcelJS. Number formats are stored the neutral way
 * ("#,##0"): Excel and LibreOffice show them with the reader's own separators, so an Indonesian
 * reader sees 1.250.000 and a year 2026 is never grouped.
 */

const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string | undefined>> = {
  text: undefined,
  wrap: undefined,
  rupiah: '#,##0',
  year: '0',
  integer: '0',
  decimal: '0.0',
};

/** A cell holds at most 32,767 characters. */
const MAX_CELL_CHARS = 32_767;
/** A line of 11-point text, in points. */
const LINE_POINTS = 15;
/** Taller rows are cut off on screen (the cell keeps the whole text). */
const MAX_ROW_LINES = 12;
/** Column widths (characters) that still read well when scaled to one landscape A4 page. */
const MAX_FIT_WIDTH = 260;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Characters XML cannot carry (control characters, lone surrogates) are dropped, and over-long text is cut. */
export const cleanCellText = (text: string): string => cleanText(text).slice(0, MAX_CELL_CHARS);

const cellValue = (value: CellValue): ExcelJS.CellValue => (typeof value === 'string' ? cleanCellText(value) : value);

/** Rows as tall as their header text needs when it wraps. */
const headerHeight = (table: SheetTable, widths: readonly number[]): number => {
  // Bold headers are a little wider than body text.
  const lines = Math.max(1, ...table.columns.map((c, i) => linesOf(c.header, (widths[i] ?? c.width) * 0.95)));
  return Math.min(6, lines) * LINE_POINTS + 3;
};

/** Lines a wrapped text takes in a column of `width` characters: words wrap whole, as spreadsheets wrap them. */
const linesOf = (value: CellValue, width: number): number => {
  if (typeof value !== 'string' || value === '') return 1;
  const perLine = Math.max(4, Math.floor(width) - 1);
  let lines = 0;
  for (const paragraph of value.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= perLine) used = needed;
      else {
        lines += used === 0 ? 0 : 1;
        // A word longer than the line breaks over several.
        lines += Math.max(0, Math.ceil(word.length / perLine) - 1);
        used = word.length % perLine || perLine;
      }
    }
  }
  return Math.max(1, lines);
};

/** Spreadsheets do not size rows on opening, so a row with wrapped text gets the height it needs (at most MAX_ROW_LINES). */
const bodyHeight = (table: SheetTable, widths: readonly number[], values: readonly CellValue[]): number | undefined => {
  const lines = Math.max(1, ...table.columns.map((c, i) => (c.format === 'wrap' ? linesOf(values[i] ?? null, (widths[i] ?? c.width) * 1.1) : 1)));
  return lines > 1 ? Math.min(MAX_ROW_LINES, lines) * LINE_POINTS + 3 : undefined;
};

const styleRow = (row: ExcelJS.Row, table: SheetTable, kind: 'header' | 'body' | 'total'): void => {
  table.columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    const format = NUMBER_FORMATS[c.format];
    if (kind !== 'header' && format) cell.numFmt = format;
    cell.border = BORDER;
    cell.alignment = { vertical: 'top', wrapText: kind === 'header' || c.format === 'wrap' };
    if (kind === 'header') {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
    } else if (kind === 'total') {
      cell.font = { bold: true };
      cell.fill = TOTAL_FILL;
    }
  });
};

/** Writes one table from `startRow`; returns the first row after it. */
const writeTable = (sheet: ExcelJS.Worksheet, table: SheetTable, widths: readonly number[], startRow: number): number => {
  let at = startRow;
  if (table.title) {
    const title = sheet.getRow(at);
    title.getCell(1).value = cleanCellText(table.title);
    title.getCell(1).font = { bold: true, size: 12 };
    at += 1;
  }
  const header = sheet.getRow(at);
  header.values = table.columns.map((c) => cleanCellText(c.header));
  header.height = headerHeight(table, widths);
  styleRow(header, table, 'header');
  at += 1;
  for (const values of table.rows) {
    const row = sheet.getRow(at);
    row.values = values.map(cellValue);
    const height = bodyHeight(table, widths, values);
    if (height) row.height = height;
    styleRow(row, table, 'body');
    at += 1;
  }
  if (table.totals) {
    const row = sheet.getRow(at);
    row.values = table.totals.map(cellValue);
    styleRow(row, table, 'total');
    at += 1;
  }
  for (const note of table.notes ?? []) {
    const row = sheet.getRow(at);
    row.getCell(1).value = cleanCellText(note);
    row.getCell(1).font = { italic: true };
    at += 1;
  }
  return at + 1;
};

const writeSheet = (workbook: ExcelJS.Workbook, model: WorkbookSheet): void => {
  const first = model.tables[0];
  const filtered = model.filter && first !== undefined && !first.title;
  // A column serves every table on the sheet, so it is as wide as the widest of them needs.
  const widths: number[] = [];
  for (const table of model.tables) table.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  // Printed on A4 landscape: a sheet that fits is scaled to one page wide; the wide matrix runs over
  // several pages at a readable size, its header row repeated on each.
  const fits = widths.reduce((a, b) => a + b, 0) <= MAX_FIT_WIDTH;
  const sheet = workbook.addWorksheet(model.name, {
    views: filtered ? [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] : [{ state: 'normal' }],
    pageSetup: { orientation: 'landscape', paperSize: 9, ...(fits ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { scale: 70 }), ...(filtered ? { printTitlesRow: '1:1' } : {}) },
  });
  sheet.columns = widths.map((width) => ({ width }));

  let row = 1;
  for (const table of model.tables) row = writeTable(sheet, table, widths, row);
  if (filtered && first.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, first.rows.length + 1), column: first.columns.length } };
  }
};

export interface WorkbookMeta {
  creator: string;
  created: Date;
}

/** The workbook as XLSX bytes. */
export const writeWorkbook = async (model: WorkbookModel, meta: WorkbookMeta): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator;
  workbook.lastModifiedBy = meta.creator;
  workbook.created = meta.created;
  workbook.modified = meta.created;
  workbook.title = cleanCellText(model.title);
  workbook.subject = cleanCellText(model.subject);
  for (const sheet of model.sheets) writeSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
