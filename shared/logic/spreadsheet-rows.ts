/**
 * Rows copied from a spreadsheet (Excel, LibreOffice Calc, Google Sheets) and pasted as text.
 * A copy is tab-separated; a CSV file is comma- or (in Indonesian Excel) semicolon-separated.
 * Cells holding a separator, a line break or a quote are quoted ("…", with "" for a quote).
 */

export type Separator = '\t' | ';' | ',';

export interface SpreadsheetRow {
  /** 1-based line of the text where the row starts, for messages ("Baris 3"). */
  line: number;
  cells: string[];
}

/** Tab when any line has one (a copied range), else the more frequent of ";" and "," in the first line. */
export const detectSeparator = (text: string): Separator => {
  if (text.includes('\t')) return '\t';
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > 0 && count(';') >= count(',') ? ';' : count(',') > 0 ? ',' : '\t';
};

/**
 * Splits pasted text into rows of trimmed cells. Blank rows are dropped; a quote that is never
 * closed takes the rest of the text as the cell (as spreadsheets do).
 */
export const parseSpreadsheetRows = (text: string, separator: Separator = detectSeparator(text)): SpreadsheetRow[] => {
  const rows: SpreadsheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let atCellStart = true;

  const endCell = () => {
    cells.push(cell.trim());
    cell = '';
    atCellStart = true;
  };
  const endRow = () => {
    endCell();
    if (cells.some((c) => c !== '')) rows.push({ line: rowLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
        cell += c;
      }
      continue;
    }
    if (c === '"' && atCellStart && cell.trim() === '') {
      quoted = true;
      cell = '';
      atCellStart = false;
    } else if (c === separator) endCell();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      cell += c;
      if (c.trim() !== '') atCellStart = false;
    }
  }
  endRow();
  return rows;
};
