/**
 * A format-neutral workbook: sheets of tables with typed columns. Built from a workshop here in
 * shared/ (pure); the XLSX details (styles, number formats, frozen panes) live only in the
 * services' writer, as the Word writer does for the document model.
 */

/** A cell: text, a number (Rupiah, a year, a score), or nothing. */
export type CellValue = string | number | null;

/**
 * How a column's numbers are shown: `rupiah` groups thousands (1.250.000 to an Indonesian reader),
 * `year` never groups (2026, not 2.026), `decimal` keeps one digit (3,5), `wrap` is long text.
 */
export type ColumnFormat = 'text' | 'wrap' | 'rupiah' | 'year' | 'integer' | 'decimal';

export interface SheetColumn {
  header: string;
  /** In characters, as spreadsheets measure it. */
  width: number;
  format: ColumnFormat;
}

export interface SheetTable {
  /** A bold line above the table; a sheet whose first table has no title starts with its header row. */
  title?: string;
  columns: SheetColumn[];
  rows: CellValue[][];
  /** A bold total line under the rows. */
  totals?: CellValue[];
  /** Explanations printed under the table. */
  notes?: string[];
}

export interface WorkbookSheet {
  /** At most 31 characters, none of [ ] : * ? / \ (a spreadsheet rule). */
  name: string;
  tables: SheetTable[];
  /** The first table's header row stays in view and carries filter buttons (it must have no title). */
  filter: boolean;
}

export interface WorkbookModel {
  /** Document properties. */
  title: string;
  subject: string;
  sheets: WorkbookSheet[];
}

export const column = (header: string, width: number, format: ColumnFormat = 'text'): SheetColumn => ({ header, width, format });
