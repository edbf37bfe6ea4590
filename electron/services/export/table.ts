import { Bookmark, FileChild, Paragraph, type IContext } from 'docx';
import type { ParagraphBlock, TableBlock, TableCell, TableRow } from '../../../shared/document';
import type { WriteContext } from './context';
import { listParagraphs, paragraphOf, paragraphStyle, type FlowOptions } from './flow';
import { plainRun } from './inline';
import { listXmlText } from './list-xml';
import { mmToTwips } from './page';
import { isPlainParagraph, paragraphXml, paragraphXmlText, type ParagraphLookOptions } from './paragraph-xml';
import type { WritesXmlText } from './streamed-body';
import { xmlString, type Xml } from './xml-string';
import { ACTIVE_FILL, HEADER_FILL, STYLE, TOTAL_FILL } from './styles';
import { CELL_MARGIN, fitRow, isWritten, keepsRowWhole, keptTogether, tableColumnWidths, writtenRows } from './table-model';

/**
 * Tables, written straight as the objects docx serialises rather than through docx's Table, TableRow and TableCell:
 * the same elements (a unit test holds them to what docx writes), with the properties cells share built once, which
 * takes a fraction of the time and memory for the tens of thousands of cells of a large program matrix. Paragraphs with
 * links inside cells are still docx Paragraphs, written in their place; so are lists when docx writes the document (as
 * text, list-xml.ts, when the body is written in one pass).
 */

const FILL = { header: HEADER_FILL, active: ACTIVE_FILL, total: TOTAL_FILL } as const;
const SHADE_INDEX = { header: 1, active: 2, total: 3 } as const;
const EMPTY = Object.freeze({});

const attributes = (values: Record<string, string | number>): Xml => ({ _attr: values });

/** A table whose XML objects (or XML text) are made when docx writes the document. */
class WrittenTable extends FileChild implements WritesXmlText {
  constructor(
    private readonly write: (context: IContext) => Xml,
    private readonly writeText: (context: IContext) => string,
  ) {
    super('w:tbl');
  }

  override prepForXml(context: IContext): Xml {
    return this.write(context);
  }

  xmlText(context: IContext): string {
    return this.writeText(context);
  }
}

const BORDER = { single: { 'w:val': 'single', 'w:color': 'auto', 'w:sz': 4 }, none: { 'w:val': 'none', 'w:color': 'auto', 'w:sz': 0 } } as const;

/** `w:tblPr` and `w:tblGrid`: width, borders (thin lines, or none), fixed layout, cell margins; the column widths. */
const tableHead = (table: TableBlock, widths: readonly number[]): Xml[] => {
  const border = attributes(table.borderless ? BORDER.none : BORDER.single);
  const margin = table.compact ? CELL_MARGIN.compact : CELL_MARGIN.normal;
  const side = (value: number): Xml => attributes({ 'w:type': 'dxa', 'w:w': value });
  return [
    {
      'w:tblPr': [
        { 'w:tblW': side(widths.reduce((a, b) => a + b, 0)) },
        { 'w:tblBorders': [{ 'w:top': border }, { 'w:left': border }, { 'w:bottom': border }, { 'w:right': border }, { 'w:insideH': border }, { 'w:insideV': border }] },
        { 'w:tblLayout': attributes({ 'w:type': 'fixed' }) },
        { 'w:tblCellMar': [{ 'w:top': side(margin.top) }, { 'w:left': side(margin.left) }, { 'w:bottom': side(margin.bottom) }, { 'w:right': side(margin.right) }] },
      ],
    },
    { 'w:tblGrid': widths.map((width) => ({ 'w:gridCol': attributes({ 'w:w': width }) })) },
  ];
};

/** The `w:trPr` of rows without a least height, by kept whole (1) and header (2): shared, so their text is written once. */
const SHARED_ROW_PROPERTIES: ReadonlyArray<Xml | null> = [
  null,
  Object.freeze({ 'w:trPr': Object.freeze([{ 'w:cantSplit': EMPTY }]) }),
  Object.freeze({ 'w:trPr': Object.freeze([{ 'w:tblHeader': EMPTY }]) }),
  Object.freeze({ 'w:trPr': Object.freeze([{ 'w:cantSplit': EMPTY }, { 'w:tblHeader': EMPTY }]) }),
];

/** `w:trPr`: kept whole on a page, repeated as a header, a least height; null when the row has none of them. */
const rowProperties = (row: TableRow, keepNext: boolean): Xml | null => {
  const whole = keepsRowWhole(row, keepNext);
  if (!row.minHeightMm) return SHARED_ROW_PROPERTIES[(whole ? 1 : 0) | (row.header ? 2 : 0)] ?? null;
  const children: Xml[] = [];
  if (whole) children.push({ 'w:cantSplit': EMPTY });
  if (row.header) children.push({ 'w:tblHeader': EMPTY });
  children.push({ 'w:trHeight': attributes({ 'w:val': mmToTwips(row.minHeightMm), 'w:hRule': 'atLeast' }) });
  return { 'w:trPr': children };
};

/** `w:tcPr`: width, span and shading, made once for the cells that have the same. */
const cellProperties = (cache: Map<number, Xml>, width: number, span: number, shade: TableCell['shade']): Xml => {
  // Widths are whole twips and spans at most MAX_COLUMNS: one number tells the looks apart.
  const key = (width * 64 + span) * 4 + (shade ? SHADE_INDEX[shade] : 0);
  let properties = cache.get(key);
  if (!properties) {
    const fill = shade ? FILL[shade] : undefined;
    properties = Object.freeze({
      'w:tcPr': Object.freeze([
        { 'w:tcW': attributes({ 'w:type': 'dxa', 'w:w': width }) },
        ...(span > 1 ? [{ 'w:gridSpan': attributes({ 'w:val': span }) }] : []),
        ...(fill ? [{ 'w:shd': attributes({ 'w:fill': fill, 'w:color': 'auto', 'w:val': 'clear' }) }] : []),
      ]),
    });
    cache.set(key, properties);
  }
  return properties;
};

/** How a plain paragraph of a cell looks: its own style or the table's, kept with the next row, its or its column's alignment. */
const cellLook = (block: ParagraphBlock, options: FlowOptions): ParagraphLookOptions => ({
  style: paragraphStyle(block) ?? options.baseStyle,
  keepNext: options.keepNext === true,
  align: block.align ?? options.align,
});

/** A cell's paragraphs and lists as flowParagraphs writes them in a cell (lists with narrow indents), as docx's objects; never empty. */
const cellContent = (cell: TableCell, options: FlowOptions, ctx: WriteContext, context: IContext): Xml[] => {
  const content: Xml[] = [];
  for (const block of cell.blocks) {
    if (block.kind === 'paragraph') {
      // Written here when plain, by docx when it has a link.
      const written = isPlainParagraph(block) ? paragraphXml(block.inlines, cellLook(block, options)) : paragraphOf(block, options).prepForXml(context);
      if (written) content.push(written);
      continue;
    }
    for (const paragraph of listParagraphs(block, ctx, options)) {
      const written = paragraph.prepForXml(context);
      if (written) content.push(written);
    }
  }
  if (content.length === 0) content.push(paragraphXml([], { style: options.baseStyle, keepNext: options.keepNext === true }));
  return content;
};

/** cellContent's paragraphs as XML text, in one pass (streamed-body.ts). */
const cellText = (cell: TableCell, options: FlowOptions, ctx: WriteContext, context: IContext): string => {
  let out = '';
  for (const block of cell.blocks) {
    if (block.kind === 'list') out += listXmlText(block, ctx, options, context);
    else if (isPlainParagraph(block)) out += paragraphXmlText(block.inlines, cellLook(block, options));
    else {
      const written = paragraphOf(block, options).prepForXml(context);
      if (written) out += xmlString(written);
    }
  }
  return out === '' ? paragraphXmlText([], { style: options.baseStyle, keepNext: options.keepNext === true }) : out;
};

/** The table, or null when it would be empty (Word refuses a table without rows or cells). */
export const tableOf = (table: TableBlock, ctx: WriteContext): FileChild | null => {
  if (!isWritten(table)) return null;
  const widths = tableColumnWidths(table, ctx.width);
  const rows = writtenRows(table);
  const short = keptTogether(table, rows);
  const baseStyle = table.compact ? STYLE.tableTextSmall : STYLE.tableText;
  /** Each row's properties and cells (properties and options), as both writers below go through them. */
  const eachRow = (cellCache: Map<number, Xml>, visit: (properties: Xml | null, cells: Array<{ properties: Xml; cell: TableCell; options: FlowOptions }>) => void): void => {
    rows.forEach((row, index) => {
      // Rows of a short table are kept with the next, so the table stays on one page.
      const keepNext = (short && index < rows.length - 1) || row.keepWithNext === true;
      const cells: Array<{ properties: Xml; cell: TableCell; options: FlowOptions }> = [];
      let column = 0;
      for (const cell of fitRow(row.cells, widths.length)) {
        const span = cell.colSpan ?? 1;
        let width = 0;
        for (let c = column; c < column + span; c += 1) width += widths[c] ?? 0;
        const options: FlowOptions = { baseStyle, align: cell.align ?? table.columns[column]?.align, keepNext, compactLists: true };
        cells.push({ properties: cellProperties(cellCache, width, span, cell.shade), cell, options });
        column += span;
      }
      visit(rowProperties(row, keepNext), cells);
    });
  };
  // docx's objects, for docx to write.
  const write = (context: IContext): Xml => {
    const written: Xml[] = tableHead(table, widths);
    eachRow(new Map(), (properties, cells) => {
      const children: Xml[] = properties ? [properties] : [];
      for (const { properties: cellProps, cell, options } of cells) children.push({ 'w:tc': [cellProps, ...cellContent(cell, options, ctx, context)] });
      written.push({ 'w:tr': children });
    });
    return { 'w:tbl': written };
  };
  // The same XML as text, in one pass (streamed-body.ts).
  const writeText = (context: IContext): string => {
    let out = `<w:tbl>${xmlString(tableHead(table, widths))}`;
    eachRow(new Map(), (properties, cells) => {
      out += properties ? `<w:tr>${xmlString(properties)}` : '<w:tr>';
      for (const { properties: cellProps, cell, options } of cells) out += `<w:tc>${xmlString(cellProps)}${cellText(cell, options, ctx, context)}</w:tc>`;
      out += '</w:tr>';
    });
    return `${out}</w:tbl>`;
  };
  return new WrittenTable(write, writeText);
};

/** A caption, bookmarked for its entry in the list of tables or figures. */
export const captionParagraph = (caption: NonNullable<TableBlock['caption']>, style: string, pageBreakBefore = false, bookmark?: string): Paragraph => {
  const run = plainRun(`${caption.label} ${caption.number} ${caption.title}`);
  return new Paragraph({ style, children: [bookmark ? new Bookmark({ id: bookmark, children: [run] }) : run], ...(pageBreakBefore ? { pageBreakBefore: true } : {}) });
};

export const noteParagraph = (note: string): Paragraph => new Paragraph({ style: STYLE.note, children: [plainRun(note)] });
