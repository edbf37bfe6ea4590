import { AppError } from '../../../shared/commands';
import { EXCEL_IMPORT_LIMITS } from '../../../shared/contract';
import { detectCsvSeparator, parseCsv, type CsvSeparator, type SheetRow } from '../../../shared/logic/program-import-csv';
import { RowCollector, tooManyCells, tooManySheetRows, type Place } from './row-limits';

/**
 * A CSV as rows of cell text, within EXCEL_IMPORT_LIMITS. The text is first walked once the way
 * parseCsv reads it (same separator, same quotes) counting rows, cells and each cell's length, and
 * refused at the first limit broken: a file of millions of commas or one enormous line stops after
 * at most the limit's worth of characters, before any row is built. The upload cap bounds the walk.
 */

type Limits = typeof EXCEL_IMPORT_LIMITS;

/** UTF-8 (with or without BOM), UTF-16 as Excel's "Unicode text", else Windows-1252 as older Excel writes CSV. */
export const decodeText = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
};

const WHITESPACE = /\s/;

/** parseCsv's own reading of the separator: an Excel "sep=;" first line, else the header's most used one. */
const separatorOf = (input: string): { separator: CsvSeparator; body: string; rowOffset: number } => {
  const text = input.replace(/^\uFEFF/, '');
  const hint = /^sep=(.)\r?\n?/i.exec(text);
  if (hint && (hint[1] === ';' || hint[1] === ',' || hint[1] === '\t')) return { separator: hint[1], body: text.slice(hint[0].length), rowOffset: 1 };
  return { separator: detectCsvSeparator(text), body: text, rowOffset: 0 };
};

/** Walks the text as parseCsv does, throwing at the first limit broken. */
export const checkCsv = (fileName: string, input: string, limits: Limits = EXCEL_IMPORT_LIMITS): void => {
  const { separator, body: text, rowOffset } = separatorOf(input);
  const where: Place = { place: 'file', name: fileName };
  let rows = 0;
  let cells = 0;
  let cellLength = 0;
  let cellBlank = true;
  let quoted = false;
  const endCell = (): void => {
    cells += 1;
    if (cells > limits.maxCells) throw tooManyCells(where, limits);
    cellLength = 0;
    cellBlank = true;
  };
  const endRow = (): void => {
    endCell();
    rows += 1;
    if (rows > limits.maxSheetRows) throw tooManySheetRows(where, limits);
  };
  const grow = (c: string): void => {
    cellLength += 1;
    if (cellBlank && !WHITESPACE.test(c)) cellBlank = false;
    if (cellLength > limits.maxCellChars) {
      throw new AppError('too_large', { reason: 'import.cellTooLong', params: { ...where, row: rows + 1 + rowOffset, limit: limits.maxCellChars } });
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        grow(c);
        i += 1;
      } else if (c === '"') quoted = false;
      else if (!(c === '\r' && text[i + 1] === '\n')) grow(c);
      continue;
    }
    if (c === '"' && cellBlank) {
      quoted = true;
      cellLength = 0;
    } else if (c === separator) endCell();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else grow(c);
  }
};

/** Rows of cell text from an uploaded CSV. */
export const readCsvRows = (fileName: string, bytes: Uint8Array, limits: Limits = EXCEL_IMPORT_LIMITS): SheetRow[] => {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw new AppError('invalid_input', { reason: 'import.notCsvText', params: { file: fileName } });
  checkCsv(fileName, text, limits);
  const collected = new RowCollector({ place: 'file', name: fileName }, limits);
  for (const row of parseCsv(text)) collected.add(row.row, row.cells);
  return collected.rows;
};
