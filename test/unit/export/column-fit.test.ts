import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../shared/document';
import { cell, columns, row } from '../../../shared/document/tables';
import { textWidth as pageTextWidth } from '../../../electron/services/export/page';
import { textWidth } from '../../../electron/services/export/metrics';
import { LOOK } from '../../../electron/services/export/styles';
import { tableOf } from '../../../electron/services/export/table';
import { CELL_MARGIN, columnWidths, tableColumnWidths } from '../../../electron/services/export/table-model';
import { xmlString } from '../../../electron/services/export/xml-string';

/*
 * A column narrower than its longest word cut the word in two on the page: "Diskumperinda|g" in the OPD columns of the
 * first year's action plan and of the risk table, "Kesejahteraa|n" and "Sumberbrant|as" in the annex's full matrix.
 * tableColumnWidths widens such a column with room taken from columns that have it to spare.
 */

const A4_PORTRAIT = pageTextWidth('A4', 'portrait');
const room = (word: string, bold = false): number =>
  textWidth(word, { size: LOOK.tableText.size, bold }) + CELL_MARGIN.normal.left + CELL_MARGIN.normal.right;

/** The first year's action plan as BAB VI writes it (programs.ts): No, program, OPD, output, budget. */
const actionPlan = (opd: string): TableBlock => ({
  kind: 'table',
  caption: null,
  columns: columns(['No', 1, 'center'], ['Program/inovasi', 5], ['OPD penanggung jawab', 2.5], ['Keluaran (output)', 4], ['Anggaran 2027', 3, 'right']),
  rows: [
    row([cell('1'), cell('SE-TX-01 Pasar Daring Hasil Panen Petani Kota Batu (Panen Batu)'), cell(opd), cell('Pasar daring dan jadwal pemesanan mingguan'), cell('Rp 600.000.000')]),
  ],
});

describe('column widths fitted to the longest word', () => {
  it('widens a column too narrow for an OPD abbreviation, taking the twips from columns with room, the total unchanged', () => {
    const table = actionPlan('Diskumperindag');
    const plain = columnWidths(table.columns, A4_PORTRAIT);
    // The old widths: the OPD column is narrower than the word, so the word was cut.
    expect(plain[2]).toBeLessThan(room('Diskumperindag'));
    const fitted = tableColumnWidths(table, A4_PORTRAIT);
    expect(fitted[2]).toBeGreaterThanOrEqual(room('Diskumperindag'));
    expect(fitted.reduce((a, b) => a + b, 0)).toBe(A4_PORTRAIT);
    // Every column still holds its own longest word (the bold header words included).
    expect(fitted[1]).toBeGreaterThanOrEqual(room('Program/inovasi', true));
    expect(fitted[4]).toBeGreaterThanOrEqual(room('Rp 600.000.000'));
    expect(fitted[3]).toBeGreaterThanOrEqual(room('pemesanan'));
  });

  it('keeps a table whose words all fit exactly as the relative widths give it', () => {
    const table = actionPlan('Distan');
    expect(tableColumnWidths(table, A4_PORTRAIT)).toEqual(columnWidths(table.columns, A4_PORTRAIT));
  });

  it('keeps program codes whole, a hyphen being no place to cut a column for', () => {
    const table: TableBlock = {
      kind: 'table',
      caption: null,
      columns: columns(['Kode', 0.4], ['Program', 6], ['Uraian', 6]),
      rows: [row([cell('SE-WF-01'), cell('Layanan Daring Kebutuhan Bibit'), cell('Kelompok tani mengajukan kebutuhan bibit')])],
    };
    expect(tableColumnWidths(table, A4_PORTRAIT)[0]).toBeGreaterThanOrEqual(room('SE-WF-01'));
  });

  it('leaves the dense (compact) matrices at the widths their chapters tuned', () => {
    const table: TableBlock = { ...actionPlan('Diskumperindag'), compact: true };
    expect(tableColumnWidths(table, A4_PORTRAIT)).toEqual(columnWidths(table.columns, A4_PORTRAIT));
  });

  it('writes the fitted widths into the table grid and its cells', () => {
    const table = actionPlan('Diskumperindag');
    const fitted = tableColumnWidths(table, A4_PORTRAIT);
    const written = tableOf(table, { paper: 'A4', orientation: 'portrait', width: A4_PORTRAIT, diagrams: {}, diagramSources: new Map(), nextListInstance: () => 1 });
    const xml = xmlString(written?.prepForXml({} as never) ?? {});
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toEqual(fitted);
    expect(xml).toContain(`<w:tcW w:type="dxa" w:w="${fitted[2]}"/>`);
  });
});
