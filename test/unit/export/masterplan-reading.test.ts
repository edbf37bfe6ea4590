import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument } from '../../../shared/document';
import { textWidth } from '../../../electron/services/export/metrics';
import { textWidth as pageTextWidth } from '../../../electron/services/export/page';
import { LOOK } from '../../../electron/services/export/styles';
import { CELL_MARGIN, tableColumnWidths } from '../../../electron/services/export/table-model';
import { allBlocks, blocksUnder, inlineText, tables } from '../document/helpers';
import { demoWorkshop } from '../document/fixture';

/*
 * What a Bappeda reader of the Word masterplan stumbled on (Kota Batu's export, read page by page), held here at the
 * model and the widths the writer gives it.
 */

describe('the masterplan as Bappeda reads it', () => {
  it('joins the region’s parts with "dan", as the document’s other lists are ("3 kecamatan, 19 desa dan 5 kelurahan")', () => {
    const w = demoWorkshop();
    const doc = buildMasterplanDocument({ ...w, region: { ...w.region, kecamatanCount: 3, desaCount: 19, kelurahanCount: 5 } }, { draft: false });
    const text = blocksUnder(doc, '1.3')
      .flatMap((b) => (b.kind === 'paragraph' ? [inlineText(b.inlines)] : []))
      .join('\n');
    expect(text).toContain('yang terdiri atas 3 kecamatan, 19 desa dan 5 kelurahan.');
    const two = buildMasterplanDocument({ ...w, region: { ...w.region, kecamatanCount: 3, desaCount: null, kelurahanCount: 5 } }, { draft: false });
    expect(allBlocks(two).some((b) => b.kind === 'paragraph' && inlineText(b.inlines).includes('terdiri atas 3 kecamatan dan 5 kelurahan.'))).toBe(true);
  });

  it('prints each target of Tabel 4.1 and its year on one line ("120 layanan (2031)" broke after "layanan")', () => {
    const w = demoWorkshop();
    const goal = w.goals[0]!;
    const goals = [{ ...goal, indicator: { ...goal.indicator, unit: 'layanan', baseline: 24, baselineYear: 2025, targets: [{ year: 2031, value: 120 }, { year: 2036, value: 180 }] } }];
    const table = tables(buildMasterplanDocument({ ...w, goals }, { draft: false })).find((t) => t.caption?.title === 'Tujuan, sasaran dan indikator smart city')!;
    const widths = tableColumnWidths(table, pageTextWidth('A4', 'portrait'));
    const target = table.columns.findIndex((c) => c.header === 'Target (tahun)');
    const room = (widths[target] ?? 0) - CELL_MARGIN.normal.left - CELL_MARGIN.normal.right;
    for (const line of ['120 layanan (2031)', '180 layanan (2036)', '110 poin (2031)']) expect(textWidth(line, { size: LOOK.tableText.size }), line).toBeLessThan(room);
    // "Misi 1" still whole in its narrower column.
    const mission = table.columns.findIndex((c) => c.header === 'Misi');
    expect(textWidth('Misi 1', { size: LOOK.tableText.size })).toBeLessThan((widths[mission] ?? 0) - CELL_MARGIN.normal.left - CELL_MARGIN.normal.right);
  });
});
