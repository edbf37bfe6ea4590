import { AppError } from '../../../shared/commands';
import { EXCEL_IMPORT_LIMITS } from '../../../shared/contract';
import type { SheetRow } from '../../../shared/logic/program-import-csv';

/**
 * The limits every read file meets once it is rows of text, whether it came from a sheet or a CSV:
 * rows with text, cells, and how far right text may sit.
 */

type Limits = typeof EXCEL_IMPORT_LIMITS;

/** Where in a file a limit was hit, worded by the error catalogue (`{place}`). */
export interface Place {
  place: 'file' | 'workbook' | 'sheet';
  name: string;
}

export const tooManyRows = (where: Place, limits: Limits = EXCEL_IMPORT_LIMITS): AppError =>
  new AppError('too_large', { reason: 'import.tooManyRows', params: { ...where, limit: limits.maxRows } });

export const tooManyCells = (where: Place, limits: Limits = EXCEL_IMPORT_LIMITS): AppError =>
  new AppError('too_large', { reason: 'import.tooManyCells', params: { ...where, limit: limits.maxCells } });

export const tooManySheetRows = (where: Place, limits: Limits = EXCEL_IMPORT_LIMITS): AppError =>
  new AppError('too_large', { reason: 'import.sheetTooLarge', params: { ...where, limit: limits.maxSheetRows } });

export const tooFarRight = (where: Place, row: number, limits: Limits = EXCEL_IMPORT_LIMITS): AppError =>
  new AppError('too_large', { reason: 'import.tooFarRight', params: { ...where, row, limit: limits.maxColumns } });

/** Collects rows, refusing the file as soon as it has too many rows with text or text too far right. */
export class RowCollector {
  readonly rows: SheetRow[] = [];
  private withText = 0;

  constructor(
    readonly where: Place,
    private readonly limits: Limits = EXCEL_IMPORT_LIMITS,
  ) {}

  add(row: number, cells: readonly string[]): void {
    let last = -1;
    for (let i = cells.length - 1; i >= 0; i -= 1) {
      if ((cells[i] ?? '') !== '') {
        last = i;
        break;
      }
    }
    if (last >= this.limits.maxColumns) throw tooFarRight(this.where, row, this.limits);
    if (last >= 0 && cells.some((c) => c.trim() !== '')) {
      this.withText += 1;
      if (this.withText > this.limits.maxRows) throw tooManyRows(this.where, this.limits);
    }
    this.rows.push({ row, cells: cells.length > this.limits.maxColumns ? cells.slice(0, this.limits.maxColumns) : [...cells] });
  }
}
