import { AppError } from '../../../shared/commands';
import { EXCEL_IMPORT_LIMITS } from '../../../shared/contract';
import type { SheetRow } from '../../../shared/logic/program-import-csv';
import { count, SPLIT_HINT } from './zip-directory';

/**
 * The limits every read file meets once it is rows of text, whether it came from a sheet or a CSV:
 * rows with text, cells, and how far right text may sit.
 */

type Limits = typeof EXCEL_IMPORT_LIMITS;

const OR_SPLIT = 'atau simpan ulang hanya kolom yang diperlukan, atau pecah menjadi beberapa berkas.';
export const tooManyRows = (where: string, limits: Limits = EXCEL_IMPORT_LIMITS): AppError =>
  new AppError('too_large', `${where} berisi lebih dari ${count(limits.maxRows)} baris berisi data (batas ${count(limits.maxRows)}). ${SPLIT_HINT}`);

export const tooManyCells = (where: string, limits: Limits = EXCEL_IMPORT_LIMITS): AppError =>
  new AppError(
    'too_large',
    `${where} berisi lebih dari ${count(limits.maxCells)} sel (batas ${count(limits.maxCells)}; sel kosong yang diberi format ikut terhitung). Hapus format pada baris dan kolom kosong, ${OR_SPLIT}`,
  );

export const tooManySheetRows = (where: string, limits: Limits = EXCEL_IMPORT_LIMITS): AppError =>
  new AppError(
    'too_large',
    `${where} berisi lebih dari ${count(limits.maxSheetRows)} baris (batas ${count(limits.maxSheetRows)}; baris kosong yang diberi format ikut terhitung). Hapus baris kosong di bawah data, ${OR_SPLIT}`,
  );

export const tooFarRight = (where: string, row: number, limits: Limits = EXCEL_IMPORT_LIMITS): AppError =>
  new AppError('too_large', `${where}, baris ${row}, berisi data di luar kolom ke-${count(limits.maxColumns)}. Hapus isi di kolom paling kanan, ${OR_SPLIT}`);

/** Collects rows, refusing the file as soon as it has too many rows with text or text too far right. */
export class RowCollector {
  readonly rows: SheetRow[] = [];
  private withText = 0;

  constructor(
    readonly where: string,
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
