import { AppError } from '../../../shared/commands';
import { EXCEL_UPLOAD_MAX_BYTES } from '../../../shared/contract';
import type { SheetRow } from '../../../shared/logic/program-import-csv';
import { readCsvRows } from './csv-rows';
import { readWorkbookInWorker, type SheetWorkerOptions } from './sheet-worker-runner';
import { megabytes, readZipDirectory, unreadableWorkbook } from './zip-directory';

export { decodeText } from './csv-rows';
export { cellText } from './workbook-rows';

/**
 * Turns an uploaded XLSX or CSV file into rows of cell text for the shared import logic.
 * The file's content decides its kind, not its name: a ZIP is a workbook, text is CSV.
 * A workbook's table of contents is checked here first (a zip bomb is refused without unpacking
 * a byte); then it is read in a worker with resource limits. A CSV is walked within its limits here.
 */

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Excel 97–2003 (.xls) and password-protected workbooks are OLE compound files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Rows of cell text from an uploaded file. */
export const readSheetRows = async (fileName: string, bytes: Buffer, worker: Partial<SheetWorkerOptions> = {}): Promise<SheetRow[]> => {
  if (bytes.length === 0) throw new AppError('invalid_input', { reason: 'import.fileEmpty', params: { file: fileName } });
  // The contract caps uploads already; this holds for any other caller too.
  if (bytes.length > EXCEL_UPLOAD_MAX_BYTES) {
    throw new AppError('too_large', { reason: 'import.fileTooLarge', params: { file: fileName, size: megabytes(bytes.length), limit: megabytes(EXCEL_UPLOAD_MAX_BYTES) } });
  }
  if (startsWith(bytes, ZIP)) {
    readZipDirectory(fileName, bytes);
    return readWorkbookInWorker(fileName, bytes, worker);
  }
  if (startsWith(bytes, OLE)) {
    throw new AppError('invalid_input', { reason: 'import.oldOrProtected', params: { file: fileName } });
  }
  if (/\.(xlsx|xlsm)$/i.test(fileName)) throw unreadableWorkbook(fileName);
  return readCsvRows(fileName, bytes);
};
