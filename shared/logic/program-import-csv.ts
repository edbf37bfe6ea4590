/**
 * A CSV file as spreadsheets write it: Indonesian Excel separates with ";" (its list separator,
 * since "," is the decimal mark), others with "," or a tab. Quoted cells may hold separators,
 * line breaks and "" for a quote. A byte-order mark and Excel's "sep=;" first line are understood.
 * Rows are numbered as the spreadsheet numbers them (a quoted line break does not start a row),
 * so "Baris 7" in a message is row 7 in Excel.
 */

export interface SheetRow {
  /** 1-based row number as a spreadsheet shows it. */
  row: number;
  cells: string[];
}

export type CsvSeparator = ';' | ',' | '\t';

/** Counts separators in the first record, outside quotes. */
const countOutsideQuotes = (line: string): Record<CsvSeparator, number> => {
  const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c] += 1;
  }
  return counts;
};

/** The separator the header row uses most; ";" wins a tie, as Indonesian Excel writes it. */
export const detectCsvSeparator = (text: string): CsvSeparator => {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const counts = countOutsideQuotes(firstLine);
  const best = (['\t', ';', ','] as const).reduce((a, b) => (counts[b] > counts[a] || (counts[b] === counts[a] && b === ';') ? b : a));
  return counts[best] > 0 ? best : ';';
};

export const parseCsv = (input: string): SheetRow[] => {
  let text = input.replace(/^\uFEFF/, '');
  let rowOffset = 0;
  let separator: CsvSeparator;
  const hint = /^sep=(.)\r?\n?/i.exec(text);
  if (hint && (hint[1] === ';' || hint[1] === ',' || hint[1] === '\t')) {
    separator = hint[1];
    text = text.slice(hint[0].length);
    rowOffset = 1;
  } else separator = detectCsvSeparator(text);

  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  const endRow = () => {
    cells.push(cell);
    rows.push({ row: rows.length + 1 + rowOffset, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c === '\r' && text[i + 1] === '\n' ? '' : c;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
};
