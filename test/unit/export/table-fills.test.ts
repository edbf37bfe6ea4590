import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument } from '../../../shared/document';
import { DIAGRAM_PALETTE } from '../../../shared/document/svg-draw';
import { writeMasterplanDocx } from '../../../electron/services/export';
import { demoWorkshop } from '../document/fixture';

/*
 * The masterplan's tables are shaded in the app's palette, the one its diagrams are drawn in: header cells in the soft
 * teal, a roadmap's active years in the teal of the Gantt bars printed under the table (not Word's default blues,
 * 4472C4 and D9E2F3), totals in grey.
 */

const hex = (colour: string): string => colour.slice(1).toUpperCase();

describe('table fills', () => {
  it('shades the demo’s header cells, roadmap years and totals in the app’s palette, and nothing in Word’s blue', { timeout: 60_000 }, async () => {
    const doc = buildMasterplanDocument(demoWorkshop(), { draft: false });
    const files = unzipSync(new Uint8Array(await writeMasterplanDocx(doc, { paperSize: 'A4', diagrams: {} })));
    const xml = new TextDecoder().decode(files['word/document.xml']);
    const fills = new Set([...xml.matchAll(/<w:shd [^>]*w:fill="([0-9A-F]{6})"/g)].map((m) => m[1]));
    expect(fills).toEqual(new Set([hex(DIAGRAM_PALETTE.primarySoft), hex(DIAGRAM_PALETTE.primary), 'EDEDED']));

    // The roadmap of Smart Governance: its header row soft teal, the years a program runs in the Gantt's teal.
    const start = xml.lastIndexOf('Tabel 7.3 Peta jalan'); // the caption, after the list of tables
    const table = xml.slice(xml.indexOf('<w:tbl>', start), xml.indexOf('</w:tbl>', start));
    const rows = table.split('<w:tr>').slice(1);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toContain(`w:fill="${hex(DIAGRAM_PALETTE.primarySoft)}"`);
    for (const body of rows.slice(1)) expect(body).toContain(`w:fill="${hex(DIAGRAM_PALETTE.primary)}"`);
  });
});
