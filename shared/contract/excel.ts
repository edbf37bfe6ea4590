import { z } from 'zod';
import { IdSchema } from '../model';
import { code } from '../i18n/validation';

/**
 * Excel: the workbook export (program matrix, quick wins, readiness, SWOT, budgets) and the
 * program import from an XLSX or CSV with the matrix's columns. Files cross as base64.
 */

/** Base64 characters an uploaded file may have: about 3.7 MB of file, inside the HTTP body limit. */
export const EXCEL_UPLOAD_MAX_BASE64 = 5_000_000;
/** The same limit in bytes of the file itself, for a check before uploading. */
export const EXCEL_UPLOAD_MAX_BYTES = Math.floor(EXCEL_UPLOAD_MAX_BASE64 / 4) * 3;

/**
 * Hard limits on an imported XLSX/CSV, checked before and while it is read, so that a small file that
 * unpacks to hundreds of megabytes (a "zip bomb") or holds millions of cells is refused instead of
 * exhausting the app. Far above a real Matriks Program (800 programs: a 0.2 MB file, a 2 MB sheet).
 */
export const EXCEL_IMPORT_LIMITS = {
  /** Parts inside an XLSX (a real workbook has a few dozen). */
  maxEntries: 500,
  /** One part once unpacked (a sheet's XML). */
  maxEntryBytes: 50 * 1024 * 1024,
  /** All parts once unpacked. */
  maxTotalBytes: 100 * 1024 * 1024,
  /** Unpacked : packed for a part bigger than `ratioCheckFromBytes` (spreadsheet XML packs ~10–30 : 1). */
  maxRatio: 100,
  ratioCheckFromBytes: 1024 * 1024,
  /** Row elements in all sheets, empty formatted rows included; lines in a CSV. */
  maxSheetRows: 50_000,
  /** Rows with text in them (the import itself takes at most 2,000 programs). */
  maxRows: 5_000,
  /** Cells in all sheets, empty formatted cells included. */
  maxCells: 200_000,
  /** Columns of a row with text in them. */
  maxColumns: 1_000,
  /** Characters in one cell (Excel's own limit). */
  maxCellChars: 32_767,
  /** The reading worker: heap (MB) and wall-clock time (ms) before it is stopped. */
  workerHeapMb: 256,
  workerTimeoutMs: 20_000,
} as const;

const WorkshopRef = z.object({ workshopId: IdSchema });

export const ExcelUploadSchema = WorkshopRef.extend({
  /** Worded with its label "Nama berkas" (shared/i18n/fields.ts): "Nama berkas: Wajib diisi". */
  fileName: z.string().trim().min(1, code('invalid.required')).max(260, code('invalid.textTooLong')),
  base64: z
    .string()
    .min(1, code('invalid.fileEmpty'))
    .max(EXCEL_UPLOAD_MAX_BASE64, code('invalid.workbookTooLarge'))
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, code('invalid.fileNotBase64')),
});
export type ExcelUpload = z.infer<typeof ExcelUploadSchema>;

export const ExcelFileSchema = z.object({
  /** A suggested file name (`.xlsx`). */
  fileName: z.string(),
  base64: z.string(),
});
export type ExcelFile = z.infer<typeof ExcelFileSchema>;

export const ImportRowErrorSchema = z.object({
  /** The spreadsheet's row number ("Baris 7"). */
  row: z.number().int().nonnegative(),
  /** The column's header as the file writes it. */
  column: z.string().optional(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ProgramImportPreviewSchema = z.object({
  /** Program rows read (blank rows skipped). */
  rows: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  /** Rows whose program already says exactly this. */
  unchanged: z.number().int().nonnegative(),
  /** Every row error; when there is any, an import changes nothing. */
  errors: z.array(ImportRowErrorSchema),
  /** Headers the import does not read ("Tahun mulai", "Anggaran"), listed so the preview can say they were ignored. */
  ignoredColumns: z.array(z.string()).default([]),
});
export type ProgramImportPreview = z.infer<typeof ProgramImportPreviewSchema>;

export const ProgramImportResultSchema = z.object({
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  revision: z.number().int().nonnegative(),
  /** The history snapshot taken before the import ("sebelum impor program"); null when nothing changed. */
  snapshotId: z.string().nullable(),
});
export type ProgramImportResult = z.infer<typeof ProgramImportResultSchema>;

export const ExcelExportInputSchema = WorkshopRef;
