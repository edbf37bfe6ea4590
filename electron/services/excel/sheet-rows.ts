import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/commands';
import { parseCsv, type SheetRow } from '../../../shared/logic/program-import-csv';
import { PROGRAM_SHEET_NAME } from '../../../shared/workbook';

/**
 * Turns an uploaded XLSX or CSV file into rows of cell text for the shared import logic.
 * The file's content decides its kind, not its name: a ZIP is a workbook, text is CSV.
 */

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Excel 97–2003 (.xls) and password-protected workbooks are OLE compound files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

const refuse = (message: string): AppError => new AppError('invalid_input', message);

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

const readWorkbook = async (fileName: string, bytes: Buffer): Promise<SheetRow[]> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse(`Berkas "${fileName}" bukan buku kerja Excel yang dapat dibaca (mungkin terpotong atau rusak). Simpan ulang dari Excel sebagai .xlsx atau CSV, lalu coba lagi.`);
  }
  const wanted = PROGRAM_SHEET_NAME.toLowerCase();
  const sheet = workbook.worksheets.find((s) => s.name.trim().toLowerCase() === wanted) ?? workbook.worksheets[0];
  if (!sheet) throw refuse(`Buku kerja "${fileName}" tidak berisi lembar kerja.`);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
};

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

/** Rows of cell text from an uploaded file. */
export const readSheetRows = async (fileName: string, bytes: Buffer): Promise<SheetRow[]> => {
  if (bytes.length === 0) throw refuse(`Berkas "${fileName}" kosong.`);
  if (startsWith(bytes, ZIP)) return readWorkbook(fileName, bytes);
  if (startsWith(bytes, OLE)) {
    throw refuse(`Berkas "${fileName}" berformat Excel lama (.xls) atau dilindungi kata sandi. Buka di Excel, simpan sebagai .xlsx (tanpa kata sandi) atau CSV, lalu coba lagi.`);
  }
  if (/\.(xlsx|xlsm)$/i.test(fileName)) {
    throw refuse(`Berkas "${fileName}" bukan buku kerja Excel yang dapat dibaca (mungkin terpotong atau rusak). Simpan ulang dari Excel sebagai .xlsx atau CSV, lalu coba lagi.`);
  }
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw refuse(`Berkas "${fileName}" bukan berkas CSV teks. Pilih berkas .xlsx atau .csv.`);
  return parseCsv(text);
};
