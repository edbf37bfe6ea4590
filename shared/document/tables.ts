import type { Inline, ListBlock, ParagraphBlock, TableBlock, TableCell, TableColumn, TableRow } from './model';
import { paragraphOf, textInlines } from './text';

type CellOptions = Omit<TableCell, 'blocks'>;

/** A cell holding plain text (line breaks kept). */
export const cell = (text: string, options: CellOptions = {}): TableCell => ({
  blocks: [paragraphOf(textInlines(text), 'body', options.align)],
  ...options,
});

export const boldCell = (text: string, options: CellOptions = {}): TableCell => ({
  blocks: [paragraphOf(textInlines(text, { bold: true }), 'body', options.align)],
  ...options,
});

export const inlineCell = (inlines: Inline[], options: CellOptions = {}): TableCell => ({ blocks: [paragraphOf(inlines, 'body', options.align)], ...options });

export const blocksCell = (blocks: Array<ParagraphBlock | ListBlock>, options: CellOptions = {}): TableCell => ({
  blocks: blocks.length > 0 ? blocks : [paragraphOf([])],
  ...options,
});

/** A bulleted list in a cell, or "-" when there are no items. */
export const listCell = (items: readonly string[], options: CellOptions = {}): TableCell => {
  const filled = items.filter((i) => i.trim() !== '');
  if (filled.length === 0) return cell('-', options);
  if (filled.length === 1) return cell(filled[0] ?? '', options);
  return blocksCell([{ kind: 'list', ordered: false, items: filled.map((text) => ({ blocks: [paragraphOf(textInlines(text))] })) }], options);
};

export const row = (cells: TableCell[], options: Omit<TableRow, 'cells'> = {}): TableRow => ({ cells, ...options });

export const columns = (...specs: Array<[header: string, width: number, align?: TableColumn['align']]>): TableColumn[] =>
  specs.map(([header, width, align]) => ({ header, width, ...(align ? { align } : {}) }));

/** A table body of plain-text rows. */
export const textRows = (rows: ReadonlyArray<readonly string[]>): TableRow[] => rows.map((r) => row(r.map((t) => cell(t))));

/** A two-column label/value table (quick-win sheet, region profile). */
export const keyValueTable = (pairs: ReadonlyArray<[label: string, value: TableCell | string]>, widths: [number, number] = [3, 7]): Omit<TableBlock, 'kind' | 'caption'> => ({
  headerless: true,
  columns: columns(['', widths[0]], ['', widths[1]]),
  rows: pairs.map(([label, value]) => row([boldCell(label, { shade: 'header' }), typeof value === 'string' ? cell(value === '' ? '-' : value) : value])),
});
