import { describe, expect, it } from 'vitest';
import { detectSeparator, parseSpreadsheetRows } from '../../../shared/logic/spreadsheet-rows';

const cellsOf = (text: string) => parseSpreadsheetRows(text).map((r) => r.cells);

describe('rows pasted from a spreadsheet', () => {
  it('are split on tabs when copied from Excel or LibreOffice', () => {
    expect(cellsOf('Diskominfo\tProgram A\tProgram B\r\nDLH\tProgram C\tProgram D\r\n')).toEqual([
      ['Diskominfo', 'Program A', 'Program B'],
      ['DLH', 'Program C', 'Program D'],
    ]);
  });

  it('keep empty cells in the middle of a row', () => {
    expect(cellsOf('Dinkes\t\tProgram Renstra\t\tSub')).toEqual([['Dinkes', '', 'Program Renstra', '', 'Sub']]);
  });

  it('skip blank lines and remember where each row started', () => {
    const rows = parseSpreadsheetRows('A\tB\n\n   \nC\tD\n');
    expect(rows).toEqual([
      { line: 1, cells: ['A', 'B'] },
      { line: 4, cells: ['C', 'D'] },
    ]);
  });

  it('read a quoted cell with a line break, a tab and quotes inside as one cell', () => {
    const rows = parseSpreadsheetRows('Dinkes\t"Layanan ""Sehat""\nbaris dua"\tX\nDLH\tY\tZ');
    expect(rows).toEqual([
      { line: 1, cells: ['Dinkes', 'Layanan "Sehat"\nbaris dua', 'X'] },
      { line: 3, cells: ['DLH', 'Y', 'Z'] },
    ]);
  });

  it('read CSV with semicolons (Indonesian Excel) or commas', () => {
    expect(detectSeparator('OPD;Program RPJMD;Program Renstra')).toBe(';');
    expect(cellsOf('Dinkes;"Program A, B";C')).toEqual([['Dinkes', 'Program A, B', 'C']]);
    expect(detectSeparator('OPD,Program RPJMD')).toBe(',');
    expect(cellsOf('Dinkes,"Program A; B",C')).toEqual([['Dinkes', 'Program A; B', 'C']]);
  });

  it('trim spaces around cells', () => {
    expect(cellsOf('  Dinkes \t  Program  ')).toEqual([['Dinkes', 'Program']]);
  });

  it('give nothing for empty text', () => {
    expect(parseSpreadsheetRows('')).toEqual([]);
    expect(parseSpreadsheetRows('\n\t\n')).toEqual([]);
  });
});
