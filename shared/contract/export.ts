import { z } from 'zod';
import { IdSchema, PaperSizeSchema } from '../model';
import { code } from '../i18n/validation';

/**
 * The Word export from the app: the services build the masterplan from the stored workshop and
 * write the .docx; the renderer only draws the diagrams (mermaid → PNG) and hands them in.
 */

const MIB = 1024 * 1024;

/** Caps on what the renderer may send with an export, so a request can neither exhaust memory nor hide a huge picture. */
export const EXPORT_LIMITS = {
  /** Diagrams per export (the demo has 8: a mindmap, the quick-win chart and one Gantt per dimension; 800 programs give ~56 Gantt parts). */
  diagrams: 160,
  /** One PNG, decoded. */
  pngBytes: 8 * MIB,
  /** Every PNG of one export together, decoded. */
  totalPngBytes: 40 * MIB,
  /** The longest side of a PNG in pixels, and of the drawing's size (CSS pixels). */
  sidePx: 20_000,
  /** Pixels in one PNG (width × height). */
  pngPixels: 64_000_000,
} as const;

/** Base64 characters for `bytes` bytes. */
const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

/** The HTTP body of an export.docx call is allowed up to this (the PNGs as base64 plus room for the JSON around them). */
export const EXPORT_MAX_BODY_BYTES = base64Length(EXPORT_LIMITS.totalPngBytes) + MIB;

/** A diagram's side in pixels; worded with the field's label ("Lebar diagram: Harus lebih dari 0", shared/i18n/fields.ts). */
const sideSchema = () =>
  z
    .number({ error: code('invalid.notNumber') })
    .positive(code('invalid.mustBeAbove'))
    .max(EXPORT_LIMITS.sidePx, code('invalid.pixelsTooMany'));

/** A diagram of the document drawn by the renderer. */
export const DiagramPngSchema = z.object({
  /** The diagram's id in the document model (`MasterplanDocument.diagrams[].id`). Unknown ids are ignored. */
  id: z.string().min(1, code('invalid.required')).max(100, code('invalid.textTooLong')),
  /** At most EXPORT_LIMITS.pngBytes (8 MB, said in invalid.imageTooLarge). */
  pngBase64: z.string().min(1, code('invalid.imageEmpty')).max(base64Length(EXPORT_LIMITS.pngBytes), code('invalid.imageTooLarge')),
  /** The drawing's own size in CSS pixels (96 per inch): it sets the proportions; the writer fits the picture to the page. */
  widthPx: sideSchema(),
  heightPx: sideSchema(),
});
export type DiagramPng = z.infer<typeof DiagramPngSchema>;

export const ExportDocxInputSchema = z.object({
  workshopId: IdSchema,
  /** Default: the workshop's export settings. */
  paperSize: PaperSizeSchema.optional(),
  /** Only this OPD's part: its programs, and a note in place of narrative other OPDs own. */
  opdId: IdSchema.optional(),
  /** Default: automatic, a draft until the workshop's progress is 100% (every worksheet and every section the outline needs). */
  draft: z.boolean().optional(),
  diagrams: z.array(DiagramPngSchema).max(EXPORT_LIMITS.diagrams, code('invalid.listTooLong')).default([]),
});
export type ExportDocxInput = z.input<typeof ExportDocxInputSchema>;

export const ExportDocxOutputSchema = z.object({
  /** A suggested file name, e.g. "Masterplan Smart City Kabupaten Malang 2022-2026 (DRAF).docx". */
  fileName: z.string(),
  /** The .docx file. */
  base64: z.string(),
  /** Whether the document carries the DRAF marking. */
  draft: z.boolean(),
  /** Diagram ids of the document without a picture (their caption, a note and their content as a table stand in their place). */
  diagramsMissing: z.array(z.string()),
  /** Diagram ids the server drew itself (in headless Chromium, as `npm run export` does) because the caller sent no picture. */
  diagramsDrawnByServer: z.array(z.string()).optional(),
  /** Why diagrams are missing: the server has no Chromium to draw with, or drawing one failed. */
  diagramsMissingReason: z.enum(['chromiumMissing', 'drawFailed']).optional(),
});
export type ExportDocxOutput = z.infer<typeof ExportDocxOutputSchema>;
