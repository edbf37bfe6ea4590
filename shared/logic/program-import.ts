import { AppError, applyCommand, type Command } from '../commands';
import { ProgramSchema, type Program, type ProgramIndicator, type Workshop } from '../model';
import { PROGRAM_COLUMNS, REQUIRED_PROGRAM_FIELDS, readHeader, type ProgramField } from '../workbook/program-columns';
import type { SheetRow } from './program-import-csv';
import { nameKey, workshopNames } from './program-import-names';
import { readProgramRow, type RowCells, type RowPatch } from './program-import-row';
import { nextProgramCode } from './program-code';
import { wordIssue } from '../i18n/validation';

/**
 * Importing the matriks program from a sheet or CSV with the columns of the exported
 * "Matriks Program" sheet. Pure: rows of cell text in, programs or row errors out.
 * All or nothing: the caller applies the commands only when there is no error at all.
 */

export type { SheetRow } from './program-import-csv';

export interface RowError {
  /** The spreadsheet's row number. */
  row: number;
  /** The column's header as the file writes it. */
  column?: string;
  message: string;
}

export interface ProgramImportPlan {
  /** Program rows read (blank rows are skipped). */
  rows: number;
  added: Program[];
  updated: Program[];
  /** Rows whose program already says exactly this. */
  unchanged: number;
  /** One upsertProgram per added or updated program, in the file's order. */
  commands: Command[];
  errors: RowError[];
  /** Headers of the header row that the import does not read (e.g. "Tahun mulai"), as the file writes them. */
  ignoredColumns: string[];
}

export interface ImportOptions {
  newId: () => string;
  nowIso: string;
}

export const MAX_IMPORT_ROWS = 2000;
/** How far down a hand-made file may put its header row (a title above it is common). */
const HEADER_SEARCH_ROWS = 20;

/** "Baris 7, kolom Anggaran 2026 (Rp): bukan angka Rupiah …" */
export const formatRowError = (e: RowError): string => `Baris ${e.row}${e.column ? `, kolom ${e.column}` : ''}: ${e.message}`;

type ColumnMeaning = { index: number; header: string } & ({ kind: 'field'; field: ProgramField } | { kind: 'budget'; year: number });

interface Layout {
  headerRow: number;
  /** Named columns the import leaves alone: neither a program field, a budget year nor a computed total. */
  ignored: string[];
  fields: Map<ProgramField, { index: number; header: string }>;
  budget: { index: number; header: string; year: number }[];
}

const headerOf = (f: ProgramField) => PROGRAM_COLUMNS[f].column.header;

const readLayout = (rows: readonly SheetRow[]): { layout: Layout | null; errors: RowError[] } => {
  const meanings = (row: SheetRow): ColumnMeaning[] =>
    row.cells.flatMap((text, index): ColumnMeaning[] => {
      const header = text.trim();
      const meaning = readHeader(header);
      return meaning.kind === 'field' || meaning.kind === 'budget' ? [{ index, header, ...meaning }] : [];
    });
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS);
  const header = candidates.find((r) => {
    const found = new Set(meanings(r).flatMap((m) => (m.kind === 'field' ? [m.field] : [])));
    return REQUIRED_PROGRAM_FIELDS.every((f) => found.has(f));
  });
  if (!header) {
    const best = candidates.map((r) => ({ r, m: meanings(r) })).sort((a, b) => b.m.length - a.m.length)[0];
    const found = new Set(best?.m.flatMap((m) => (m.kind === 'field' ? [m.field] : [])) ?? []);
    const missing = REQUIRED_PROGRAM_FIELDS.filter((f) => !found.has(f)).map(headerOf);
    const message =
      best && best.m.length > 0
        ? `Kolom wajib tidak ditemukan: ${missing.join(', ')}. Gunakan judul kolom seperti pada lembar "Matriks Program" hasil Ekspor Excel.`
        : `Baris judul kolom tidak ditemukan. Baris pertama harus berisi judul kolom seperti pada lembar "Matriks Program" hasil Ekspor Excel (minimal ${REQUIRED_PROGRAM_FIELDS.map(headerOf).join(', ')}).`;
    return { layout: null, errors: [{ row: best && best.m.length > 0 ? best.r.row : (rows[0]?.row ?? 1), message }] };
  }
  const ignored = header.cells.map((text) => text.trim()).filter((text) => text !== '' && readHeader(text).kind === 'unknown');
  const layout: Layout = { headerRow: header.row, ignored, fields: new Map(), budget: [] };
  const errors: RowError[] = [];
  for (const m of meanings(header)) {
    const taken = m.kind === 'field' ? layout.fields.has(m.field) : layout.budget.some((b) => b.year === m.year);
    if (taken) errors.push({ row: header.row, column: m.header, message: 'kolom ini muncul dua kali; hapus salah satunya' });
    else if (m.kind === 'field') layout.fields.set(m.field, { index: m.index, header: m.header });
    else layout.budget.push({ index: m.index, header: m.header, year: m.year });
  }
  return { layout, errors };
};

const rowCells = (row: SheetRow, layout: Layout, errors: RowError[]): RowCells => {
  const text = (index: number) => (row.cells[index] ?? '').trim();
  return {
    field: (f) => {
      const at = layout.fields.get(f);
      return at ? text(at.index) : undefined;
    },
    budgetCells: layout.budget.map((b) => ({ year: b.year, header: b.header, text: text(b.index) })),
    fail: (column, message) => {
      if (column === undefined) return void errors.push({ row: row.row, message });
      const known = layout.fields.get(column as ProgramField)?.header ?? (Object.hasOwn(PROGRAM_COLUMNS, column) ? headerOf(column as ProgramField) : column);
      errors.push({ row: row.row, column: known, message });
    },
  };
};

/** Indicators keep their ids when their name is unchanged. */
const withIds = (cells: NonNullable<RowPatch['indicators']>, before: readonly ProgramIndicator[], newId: () => string): ProgramIndicator[] => {
  const free = [...before];
  return cells.map((cell) => {
    const at = free.findIndex((i) => nameKey(i.name) === nameKey(cell.name));
    const id = at >= 0 ? (free.splice(at, 1)[0]?.id ?? newId()) : newId();
    return { id, ...cell };
  });
};

/** A source named without an amount keeps the part the app already has for it (a single source's cell has none). */
const keepAmounts = (read: Program['funding'], before: Program['funding']): Program['funding'] =>
  read.map((f) => (f.amount > 0 ? f : { ...f, amount: before.find((b) => b.sourceId === f.sourceId)?.amount ?? 0 }));

/** The program's links to hidden SWOT factors of its dimension: the sheet does not write them, so a row's SWOT cell keeps them. */
const hiddenSwotLinks = (w: Workshop, base: Program, dimensionId: string): string[] =>
  base.swotItemIds.filter((id) => w.swotItems.some((s) => s.id === id && s.hidden === true && s.dimensionId === dimensionId));

/** The row's SWOT links plus the hidden ones; the program's own list when the row names its shown links unchanged. */
const withHiddenLinks = (before: readonly string[], named: readonly string[], hidden: readonly string[]): string[] => {
  const shown = before.filter((id) => !hidden.includes(id));
  if (shown.length === named.length && shown.every((id, i) => named[i] === id)) return [...before];
  return [...named, ...hidden.filter((id) => !named.includes(id))];
};

const merge = (base: Program, patch: RowPatch, place: { dimensionId: string; elementId: string }, newId: () => string, keptSwot: readonly string[]): unknown => {
  const budget = base.budget.filter((line) => !patch.budget.has(line.year));
  for (const [year, amount] of patch.budget) if (amount !== null) budget.push({ year, amount });
  return {
    ...base,
    ...patch.fields,
    ...(patch.fields.funding ? { funding: keepAmounts(patch.fields.funding, base.funding) } : {}),
    ...(patch.fields.swotItemIds ? { swotItemIds: withHiddenLinks(base.swotItemIds, patch.fields.swotItemIds, keptSwot) } : {}),
    ...place,
    code: patch.code,
    rpjmdAlignment: { ...base.rpjmdAlignment, ...patch.rpjmdAlignment },
    indicators: patch.indicators ? withIds(patch.indicators, base.indicators, newId) : base.indicators,
    budget: budget.sort((a, b) => a.year - b.year),
  };
};

/** Where a model or core refusal points, as a column of the file. */
const FIELD_COLUMNS: Readonly<Record<string, ProgramField>> = {
  code: 'code',
  dimensionId: 'dimension',
  elementId: 'element',
  leadOpdId: 'leadOpd',
  supportingOpdIds: 'supportingOpds',
  funding: 'fundingSources',
  issueIds: 'issues',
  innovationType: 'innovationType',
  rpjmdAlignment: 'rpjmdTarget',
};
const columnOfField = (field: string | undefined): string | undefined => {
  if (!field) return undefined;
  const mapped = FIELD_COLUMNS[field] ?? (Object.hasOwn(PROGRAM_COLUMNS, field) ? (field as ProgramField) : undefined);
  return mapped ?? (field === 'budget' ? 'Anggaran' : undefined);
};

interface ReadRow {
  row: SheetRow;
  patch: RowPatch;
  place: { dimensionId: string; elementId: string } | null;
}

/**
 * Reads every row, then checks the whole batch against the command reducer on a copy of the
 * workshop, so the caller never applies a batch that would stop half-way.
 */
export const planProgramImport = (w: Workshop, sheetRows: readonly SheetRow[], options: ImportOptions): ProgramImportPlan => {
  const plan: ProgramImportPlan = { rows: 0, added: [], updated: [], unchanged: 0, commands: [], errors: [], ignoredColumns: [] };
  const { layout, errors: layoutErrors } = readLayout(sheetRows);
  plan.errors.push(...layoutErrors);
  if (!layout) return plan;
  plan.ignoredColumns = layout.ignored;

  const dataRows = sheetRows.filter((r) => r.row > layout.headerRow && r.cells.some((c) => c.trim() !== ''));
  plan.rows = dataRows.length;
  if (dataRows.length === 0) {
    plan.errors.push({ row: layout.headerRow + 1, message: 'Tidak ada baris program di bawah judul kolom.' });
    return plan;
  }
  if (dataRows.length > MAX_IMPORT_ROWS) {
    plan.errors.push({ row: dataRows[MAX_IMPORT_ROWS]?.row ?? layout.headerRow, message: `Berkas berisi ${dataRows.length} baris program; paling banyak ${MAX_IMPORT_ROWS} per impor. Bagi menjadi beberapa berkas.` });
    return plan;
  }

  const names = workshopNames(w);
  const firstRowOfCode = new Map<string, number>();
  const read: ReadRow[] = dataRows.map((row) => {
    const errorsBefore = plan.errors.length;
    const cells = rowCells(row, layout, plan.errors);
    const { dimensionId, elementId, ...patch } = readProgramRow(cells, { w, names });
    if (patch.code !== '') {
      const first = firstRowOfCode.get(patch.code);
      if (first !== undefined) cells.fail('code', `Kode ${patch.code} sudah dipakai di baris ${first} berkas ini`);
      else firstRowOfCode.set(patch.code, row.row);
    }
    const ok = plan.errors.length === errorsBefore && dimensionId !== undefined && elementId !== undefined;
    return { row, patch, place: ok && dimensionId && elementId ? { dimensionId, elementId } : null };
  });

  // Rows without a code get the next free one of their dimension-element, after every code the file names.
  const codes = [...w.programs.map((p) => ({ id: p.id, code: p.code })), ...[...firstRowOfCode.keys()].map((code) => ({ id: `berkas-${code}`, code }))];
  for (const r of read) {
    if (r.patch.code !== '' || !r.place) continue;
    const code = nextProgramCode({ programs: codes, dimensionSet: w.dimensionSet }, r.place.dimensionId, r.place.elementId);
    if (code) {
      r.patch.code = code;
      codes.push({ id: `berkas-${code}`, code });
    }
  }

  let copy = w;
  for (const { row, patch, place } of read) {
    if (!place) continue;
    const existing = w.programs.find((p) => p.code === patch.code);
    const base = existing ?? ProgramSchema.parse({ id: options.newId(), code: 'BARU', dimensionId: place.dimensionId, elementId: place.elementId, name: '-' });
    const cells = rowCells(row, layout, plan.errors);
    const parsed = ProgramSchema.safeParse(merge(base, patch, place, options.newId, hiddenSwotLinks(w, base, place.dimensionId)));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) cells.fail(columnOfField(String(issue.path[0] ?? '')), wordIssue(issue, 'id'));
      continue;
    }
    const program = parsed.data;
    if (existing && JSON.stringify(existing) === JSON.stringify(program)) {
      plan.unchanged += 1;
      continue;
    }
    const command: Command = { type: 'upsertProgram', item: program };
    try {
      copy = applyCommand(copy, command, options.nowIso);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      cells.fail(columnOfField(error.field), error.message);
      continue;
    }
    plan.commands.push(command);
    (existing ? plan.updated : plan.added).push(program);
  }
  return plan;
};
