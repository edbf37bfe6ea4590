import { Document, HeightRule, Packer, Paragraph, ShadingType, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TableBlock, TableCell as CellModel, TableRow as RowModel } from '../../../shared/document';
import type { WriteContext } from '../../../electron/services/export/context';
import { flowParagraphs } from '../../../electron/services/export/flow';
import { mmToTwips, textWidth } from '../../../electron/services/export/page';
import { ACTIVE_FILL, documentNumbering, HEADER_FILL, STYLE, TOTAL_FILL } from '../../../electron/services/export/styles';
import { tableOf } from '../../../electron/services/export/table';
import { CELL_MARGIN, fitRow, keepsRowWhole, keptTogether, tableColumnWidths, writtenRows } from '../../../electron/services/export/table-model';

/*
 * The table writer writes tables straight as XML objects, for speed. These tests hold it to what docx's own Table,
 * TableRow, TableCell and Paragraph classes write for the same table, element for element.
 */

const context = (): WriteContext => {
  let list = 0;
  return {
    paper: 'A4',
    orientation: 'portrait',
    width: textWidth('A4', 'portrait'),
    diagrams: {},
    diagramSources: new Map(),
    nextListInstance: () => {
      list += 1;
      return list;
    },
  };
};

const FILL = { header: HEADER_FILL, active: ACTIVE_FILL, total: TOTAL_FILL } as const;

/** The same table through docx's classes. */
const docxTable = (table: TableBlock, ctx: WriteContext): Table => {
  const widths = tableColumnWidths(table, ctx.width);
  const models = writtenRows(table);
  const short = keptTogether(table, models);
  const baseStyle = table.compact ? STYLE.tableTextSmall : STYLE.tableText;
  const cellOf = (cell: CellModel, start: number, keepNext: boolean): TableCell => {
    const span = cell.colSpan ?? 1;
    const paragraphs = flowParagraphs(cell.blocks, ctx, { baseStyle, align: cell.align ?? table.columns[start]?.align, keepNext, compactLists: true });
    const fill = cell.shade ? FILL[cell.shade] : undefined;
    return new TableCell({
      children: paragraphs.length > 0 ? paragraphs : [new Paragraph({ style: baseStyle, ...(keepNext ? { keepNext } : {}), children: [] })],
      width: { size: widths.slice(start, start + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
      ...(span > 1 ? { columnSpan: span } : {}),
      ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    });
  };
  const rowOf = (row: RowModel, keepNext: boolean): TableRow => {
    let column = 0;
    const children = fitRow(row.cells, widths.length).map((cell) => {
      const written = cellOf(cell, column, keepNext);
      column += cell.colSpan ?? 1;
      return written;
    });
    return new TableRow({
      children,
      ...(row.header ? { tableHeader: true } : {}),
      ...(keepsRowWhole(row, keepNext) ? { cantSplit: true } : {}),
      ...(row.minHeightMm ? { height: { value: mmToTwips(row.minHeightMm), rule: HeightRule.ATLEAST } } : {}),
    });
  };
  return new Table({
    rows: models.map((r, i) => rowOf(r, (short && i < models.length - 1) || r.keepWithNext === true)),
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: table.compact ? CELL_MARGIN.compact : CELL_MARGIN.normal,
    ...(table.borderless ? { borders: TableBorders.NONE } : {}),
  });
};

/** The body XML of a document holding only the table; relationship ids (random) made comparable. */
const bodyXml = async (table: FileChild): Promise<string> => {
  const doc = new Document({ numbering: documentNumbering(), sections: [{ children: [table, new Paragraph({ children: [] })] }] });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  return new TextDecoder().decode(files['word/document.xml']).replace(/r:id="[^"]*"/g, 'r:id="?"');
};

const text = (value: string, marks: Record<string, boolean | string> = {}) => ({ kind: 'text' as const, text: value, ...marks });
const cell = (...inlines: ReturnType<typeof text>[]): CellModel => ({ blocks: [{ kind: 'paragraph', inlines }] });

const sameAsDocx = async (table: TableBlock): Promise<void> => {
  const ours = tableOf(table, context());
  expect(ours).not.toBeNull();
  expect(await bodyXml(ours!)).toBe(await bodyXml(docxTable(table, context())));
};

describe('tables written as XML objects', () => {
  it('write a program matrix row as docx would: compact text, marks, line breaks, spans, shading and a long row that may split', async () => {
    const long = 'Pengajuan, verifikasi dan penerbitan izin dilakukan daring & tanpa <tatap muka>. '.repeat(12);
    await sameAsDocx({
      kind: 'table',
      caption: { label: 'Tabel', number: '6.2', title: 'Matriks program' },
      compact: true,
      columns: [
        { header: 'Kode', width: 1 },
        { header: 'Program', width: 3, align: 'left' },
        { header: 'Tahun', width: 1, align: 'center' },
        { header: 'Anggaran', width: 2, align: 'right' },
      ],
      rows: [
        { cells: [cell(text('SG-SV-01')), cell(text('Perizinan Daring', { bold: true }), text(' – sehari', { italic: true })), cell(text('2022')), cell(text('Rp 1.850.000.000'))] },
        { cells: [{ ...cell(text('Subtotal', { bold: true })), colSpan: 3, shade: 'total' }, { ...cell(text('Rp 9', { underline: true, strike: true })), align: 'center' }] },
        { cells: [cell(text('SG-SV-02')), { blocks: [{ kind: 'paragraph', inlines: [text('baris satu'), { kind: 'break' }, text('baris dua', { code: true })] }] }, { blocks: [] }] },
        { cells: [cell(text('SG-SV-03')), cell(text(long)), { ...cell(text('2023')), shade: 'active' }, cell(text(''))] },
      ],
    });
  });

  it('write lists and links inside cells through docx, in their place', async () => {
    await sameAsDocx({
      kind: 'table',
      caption: null,
      columns: [
        { header: 'Unsur', width: 1 },
        { header: 'Isi', width: 2 },
      ],
      rows: [
        {
          cells: [
            cell(text('Kekuatan (S)')),
            {
              blocks: [
                { kind: 'list', ordered: false, items: [{ blocks: [{ kind: 'paragraph', inlines: [text('Perizinan daring')] }] }, { blocks: [{ kind: 'paragraph', inlines: [text('Komitmen kuat')] }] }] },
                { kind: 'paragraph', inlines: [text('Lihat '), text('portal', { link: 'https://malangkab.go.id' }), text(' dan '), text('ini', { link: 'javascript:alert(1)' })] },
                { kind: 'list', ordered: true, items: [{ blocks: [{ kind: 'paragraph', inlines: [text('Satu')] }, { kind: 'list', ordered: true, items: [{ blocks: [{ kind: 'paragraph', inlines: [text('Satu.a')] }] }] }] }] },
              ],
            },
          ],
        },
      ],
      note: 'Sumber: lokakarya',
    });
  });

  it('write a borderless headerless table with a row of a least height, and short tables kept together', async () => {
    await sameAsDocx({
      kind: 'table',
      caption: null,
      headerless: true,
      borderless: true,
      columns: [{ header: '', width: 1 }],
      rows: [{ cells: [cell(text('Tempat foto'))], minHeightMm: 60 }, { cells: [{ blocks: [{ kind: 'paragraph', inlines: [text('[Belum diisi]')], style: 'placeholder' }] }] }],
    });
  });

  it('write rows kept with what follows (an attendance list’s last rows) with every paragraph kept with the next, empty cells too, in a short table that may break', async () => {
    const rows: RowModel[] = Array.from({ length: 8 }, (_, i) => ({
      minHeightMm: 10,
      cells: [cell(text(`${i + 1}`)), cell(text(`Peserta ${i + 1}`)), i % 2 === 0 ? cell(text(`${i + 1}.`)) : { blocks: [] }],
      ...(i >= 6 ? { keepWithNext: true } : {}),
    }));
    const table: TableBlock = { kind: 'table', caption: null, mayBreak: true, columns: [{ header: 'No', width: 1 }, { header: 'Nama', width: 3 }, { header: 'Tanda Tangan', width: 2 }], rows };
    await sameAsDocx(table);
    const xml = await bodyXml(tableOf(table, context())!);
    const written = xml.split('<w:tr>').slice(1);
    // Short, but it may break: the header and the first six rows are not kept with the next, the last two are.
    expect(written.map((row) => (row.match(/<w:keepNext\/>/g) ?? []).length)).toEqual([...Array(7).fill(0), 3, 3]);
    // Without mayBreak the short table is kept together: every row but the last keeps with the next.
    const together = (await bodyXml(tableOf({ ...table, mayBreak: false }, context())!)).split('<w:tr>').slice(1);
    expect(together.map((row) => (row.match(/<w:keepNext\/>/g) ?? []).length)).toEqual(Array(9).fill(3));
  });

  it('write TABs as w:tab and right-to-left paragraphs with w:bidi and w:rtl, as docx would', async () => {
    const basmalah = 'بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيم';
    await sameAsDocx({
      kind: 'table',
      caption: null,
      columns: [
        { header: 'Kolom', width: 1 },
        { header: 'Isi', width: 2, align: 'left' },
      ],
      rows: [
        { cells: [cell(text('Nama\tNilai\t')), cell(text('\tawal'), text('a\tb', { bold: true }))] },
        { cells: [cell(text('Pembuka')), { blocks: [{ kind: 'paragraph', inlines: [text(basmalah)], rtl: true }] }] },
      ],
    });
    const xml = await bodyXml(tableOf({ kind: 'table', caption: null, columns: [{ header: 'A', width: 1 }], rows: [{ cells: [cell(text('Nama\tNilai'))] }, { cells: [{ blocks: [{ kind: 'paragraph', inlines: [text(basmalah)], rtl: true }] }] }] }, context())!);
    expect(xml).toContain('<w:t xml:space="preserve">Nama</w:t><w:tab/><w:t xml:space="preserve">Nilai</w:t>');
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\t/);
    expect(xml).toMatch(/<w:pPr>[^]*?<w:bidi\/>[^]*?<\/w:pPr><w:r><w:rPr><w:rtl\/><\/w:rPr><w:t xml:space="preserve">بِسْمِ/);
  });

  it('write nothing for a table without columns or rows', () => {
    expect(tableOf({ kind: 'table', caption: null, columns: [], rows: [] }, context())).toBeNull();
    expect(tableOf({ kind: 'table', caption: null, columns: [{ header: 'A', width: 1 }], rows: [] }, context())).toBeNull();
  });
});
