import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument } from '../../../shared/document';
import { planProgramImport, type SheetRow } from '../../../shared/logic/program-import';
import type { Workshop } from '../../../shared/model';
import { buildWorkbook, programSheet, type CellValue } from '../../../shared/workbook';
import { tables, tableText } from '../document/helpers';
import { NOW, demoWorkshop } from './workshop-fixtures';

/** The workbook numbers SWOT factors as the Word document does: hidden factors left out and not counted; importing it back keeps links to them. */

const base = demoWorkshop();
const program = base.programs[0]!;
const shown = base.swotItems.find((s) => s.dimensionId === program.dimensionId && s.quadrant === 'S')!;
const opportunity = base.swotItems.find((s) => s.dimensionId === program.dimensionId && s.quadrant === 'O')!;
const hidden = { ...shown, id: 'tersembunyi', text: 'Faktor yang disembunyikan fasilitator', hidden: true };
const strategy = base.towsStrategies.find((t) => t.dimensionId === program.dimensionId && t.kind === 'SO')!;
const linked: Workshop = {
  ...base,
  swotItems: [hidden, ...base.swotItems],
  towsStrategies: base.towsStrategies.map((t) => (t.id === strategy.id ? { ...t, sourceItemIds: [hidden.id, shown.id, opportunity.id] } : t)),
  programs: base.programs.map((p) => (p.id === program.id ? { ...p, swotItemIds: [hidden.id, shown.id, opportunity.id] } : p)),
};

const text = (c: CellValue): string => (c === null ? '' : String(c));
const sheetRows = (w: Workshop): SheetRow[] => {
  const table = programSheet(w).tables[0]!;
  return [table.columns.map((c) => c.header), ...table.rows.map((r) => r.map(text))].map((cells, i) => ({ row: i + 1, cells }));
};
const swotCellOf = (rows: SheetRow[], code: string): string => {
  const column = rows[0]!.cells.indexOf('Faktor SWOT yang dijawab');
  return rows.find((r) => r.cells[0] === code)!.cells[column]!;
};
const plan = (w: Workshop, rows: SheetRow[]) => planProgramImport(w, rows, { newId: () => 'baru', nowIso: NOW });

describe('SWOT labels in the workbook', () => {
  it('the SWOT sheet leaves hidden factors out and numbers the rest as the Word annex does', () => {
    const rows = buildWorkbook(linked).sheets.find((sheet) => sheet.name === 'SWOT')!.tables[0]!.rows.map((r) => r.map(text));
    expect(rows.some((r) => r.includes(hidden.text))).toBe(false);
    expect(rows.find((r) => r[4] === shown.text)?.[3]).toBe('S1');
    const doc = buildMasterplanDocument(linked, { draft: false });
    const annex = tables(doc).find((t) => t.caption?.title.startsWith('Lembar kerja SWOT') && tableText(t).includes(shown.text));
    expect(annex && tableText(annex)).toContain(`S1. ${shown.text}`);
    // The TOWS row names the factors it crosses by those labels, the hidden one left out.
    expect(rows.find((r) => r[4] === strategy.text)?.[5]).toBe('S1 + O1');
  });

  it('the program sheet writes a program’s shown factors as the document does, and omits the hidden one', () => {
    const rows = sheetRows(linked);
    const doc = buildMasterplanDocument(linked, { draft: false });
    const matrix = tables(doc).find((t) => tableText(t).includes('SWOT: '));
    expect(matrix && tableText(matrix)).toContain('SWOT: S1, O1');
    expect(swotCellOf(rows, program.code).split(/;\s*/)).toEqual(['S1', 'O1']);
  });

  it('importing the sheet back changes nothing and keeps the link to the hidden factor', () => {
    const result = plan(linked, sheetRows(linked));
    expect(result).toMatchObject({ added: [], updated: [], unchanged: linked.programs.length, errors: [] });
  });

  it('a row that names other shown factors maps the labels to shown factors and still keeps the hidden link', () => {
    const rows = sheetRows(linked);
    const column = rows[0]!.cells.indexOf('Faktor SWOT yang dijawab');
    const edited = rows.map((r) => (r.cells[0] === program.code ? { ...r, cells: r.cells.map((c, i) => (i === column ? 'S1' : c)) } : r));
    const result = plan(linked, edited);
    expect(result.errors).toEqual([]);
    expect(result.updated.map((p) => p.swotItemIds)).toEqual([[shown.id, hidden.id]]);
  });
});
