import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/commands';
import { EXCEL_IMPORT_LIMITS } from '../../../shared/contract';
import type { SheetRow } from '../../../shared/logic/program-import-csv';
import { PROGRAM_SHEET_NAME } from '../../../shared/workbook';
import { RowCollector, tooFarRight, tooManyCells, tooManySheetRows } from './row-limits';
import { inflateEntry, partLabel, readZipDirectory, unreadableWorkbook } from './zip-directory';

/**
 * An XLSX as rows of cell text. Runs inside the reading worker (sheet-worker.ts): first every part is
 * unpacked once, each held to its declared size, and the sheets' row and cell elements are counted;
 * only a workbook within every limit is handed to ExcelJS, whose rows are collected up to the limits.
 */

type Limits = typeof EXCEL_IMPORT_LIMITS;

/** A number as an Indonesian reader types it back: 35,5 rather than 35.5; whole numbers without grouping. */
const numberText = (n: number): string => (Number.isInteger(n) ? String(n) : String(n).replace('.', ','));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The text a cell shows, whatever ExcelJS holds for it (rich text, formula result, hyperlink, date …). */
export const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (!isObject(value)) return '';
  if (Array.isArray(value.richText)) return value.richText.map((part: unknown) => (isObject(part) && typeof part.text === 'string' ? part.text : '')).join('');
  if ('result' in value) return cellText(value.result);
  if ('formula' in value || 'sharedFormula' in value) return '';
  if ('text' in value) return cellText(value.text);
  if (typeof value.error === 'string') return value.error;
  return '';
};

/** Occurrences of `<tag` followed by a space, `>` or `/` (so `<c` does not count `<col` or `<cfRule`). */
const countElements = (xml: Buffer, tag: string, stopAbove: number): number => {
  const needle = Buffer.from(`<${tag}`, 'latin1');
  let found = 0;
  for (let at = xml.indexOf(needle); at >= 0; at = xml.indexOf(needle, at + needle.length)) {
    const next = xml[at + needle.length];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) {
      found += 1;
      if (found > stopAbove) break;
    }
  }
  return found;
};

/** As ExcelJS recognises a sheet (its pattern is not anchored: `x/xl/worksheets/sheet2.xml` is read as a sheet too). */
const WORKSHEET = /xl\/worksheets\/[^/]*\.xml/i;

/**
 * Unpacks every part once, each no further than its declared size, and counts the sheets' rows and
 * cells, stopping at the first limit broken. Holds one part in memory at a time.
 */
export const checkWorkbook = (fileName: string, bytes: Buffer, limits: Limits = EXCEL_IMPORT_LIMITS): void => {
  const directory = readZipDirectory(fileName, bytes, limits);
  let rows = 0;
  let cells = 0;
  for (const entry of directory.entries) {
    const xml = inflateEntry(fileName, bytes, directory, entry, () => partLabel(fileName, bytes, directory, entry.name));
    if (!WORKSHEET.test(entry.name)) continue;
    rows += countElements(xml, 'row', limits.maxSheetRows - rows);
    if (rows > limits.maxSheetRows) throw tooManySheetRows({ place: 'workbook', name: fileName }, limits);
    cells += countElements(xml, 'c', limits.maxCells - cells);
    if (cells > limits.maxCells) throw tooManyCells({ place: 'workbook', name: fileName }, limits);
  }
};

/** Rows of cell text from the "Matriks Program" sheet (else the first sheet) of a checked workbook. */
export const readWorkbookRows = async (fileName: string, bytes: Buffer, limits: Limits = EXCEL_IMPORT_LIMITS): Promise<SheetRow[]> => {
  checkWorkbook(fileName, bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadableWorkbook(fileName);
  }
  const wanted = PROGRAM_SHEET_NAME.toLowerCase();
  const sheet = workbook.worksheets.find((s) => s.name.trim().toLowerCase() === wanted) ?? workbook.worksheets[0];
  if (!sheet) throw new AppError('invalid_input', { reason: 'import.noSheet', params: { file: fileName } });
  const collected = new RowCollector({ place: 'sheet', name: sheet.name }, limits);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const text = cellText(cell.value);
      // Checked per cell, so that a stray value in column XFD never makes a 16,384-cell row.
      if (column > limits.maxColumns) {
        if (text !== '') throw tooFarRight(collected.where, rowNumber, limits);
        return;
      }
      cells[column - 1] = text;
    });
    collected.add(rowNumber, Array.from(cells, (c) => c ?? ''));
  });
  return collected.rows;
};
