import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../../shared/workbook';
import { writeWorkbook } from '../../../electron/services/excel/workbook-writer';
import { DOT_QUESTION, SCALE_QUESTION, plenaryWorkshop } from '../../unit/document/poll-fixture';
import { closeAll, open, rowValues, startWithDemo } from './fixture';

afterEach(closeAll);

/*
 * The workbook of the Kabupaten Malang demo after a plenary, written as a real .xlsx: the poll sheets
 * read back with their numbers, and the program import still reads only "Matriks Program".
 */

const written = async (): Promise<Buffer> => writeWorkbook(buildWorkbook(plenaryWorkshop()), { creator: 'uji', created: new Date('2025-11-20T09:00:00Z') });

const load = async (bytes: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
};

/** The row whose first cell is `text`. */
const rowStarting = (sheet: ExcelJS.Worksheet, text: string): number => {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (sheet.getRow(r).getCell(1).value === text) return r;
  throw new Error(`no row starting with ${text}`);
};

describe('the poll sheets of the Excel workbook', () => {
  it('"Jajak Pendapat" holds the summary and each result with numbers as numbers; "Surat Suara" one filtered row per ballot', async () => {
    const workbook = await load(await written());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Matriks Program', 'Quick Win', 'Kesiapan', 'SWOT', 'Anggaran', 'Profil Daerah', 'Jajak Pendapat', 'Surat Suara']);

    const polls = workbook.getWorksheet('Jajak Pendapat');
    if (!polls) throw new Error('no Jajak Pendapat sheet');
    expect(polls.getRow(1).getCell(1).value).toBe('Ringkasan jajak pendapat');
    expect(rowValues(polls, 2).slice(0, 3)).toEqual(['No', 'Pertanyaan', 'Jenis']);
    expect(rowValues(polls, 3).slice(0, 3)).toEqual([1, DOT_QUESTION, 'Voting titik']);

    const dots = rowStarting(polls, `1. ${DOT_QUESTION} (Voting titik)`);
    expect(rowValues(polls, dots + 1)).toEqual(['Peringkat', 'Pilihan', 'Titik', 'Pemilih', 'Porsi titik (%)']);
    expect(rowValues(polls, dots + 2)).toEqual([1, 'Bolak-balik ke kantor untuk izin', 5, 3, 50]);
    expect(polls.getRow(dots + 2).getCell(5).numFmt).toBe('0.0');

    const scale = rowStarting(polls, `3. ${SCALE_QUESTION} (Skala 1–5)`);
    expect(rowValues(polls, scale + 2)).toEqual([1, 'Izin Sehari', 4.7, 3, 0, 0, 0, 1, 2]);
    expect(polls.getRow(scale + 2).getCell(3).numFmt).toBe('0.0');

    const ballots = workbook.getWorksheet('Surat Suara');
    if (!ballots) throw new Error('no Surat Suara sheet');
    expect(ballots.actualRowCount).toBe(1 + 17);
    expect(ballots.autoFilter).toBeTruthy();
    expect(rowValues(ballots, 2)).toEqual([1, DOT_QUESTION, 1, 'Perangkat', 'Anonim', '', 'Bolak-balik ke kantor untuk izin ×2; Data sektoral tersebar ×1']);
    expect(rowValues(ballots, 5)[3]).toBe('Kertas');
    const all = Array.from({ length: ballots.rowCount }, (_, i) => rowValues(ballots, i + 1).join('|')).join('\n');
    expect(all).not.toContain('Rahasia');
    expect(all).toContain('Sari Dewi|Diskominfo|Satu data perizinan yang dipakai bersama.');
  });

  it('leaves the program import alone: the same workbook imported changes nothing and adds no program', async () => {
    const { services, demoId } = await startWithDemo();
    const before = await open(services, demoId);
    const base64 = (await written()).toString('base64');
    const preview = await services.handlers['excel.previewProgramImport']({ workshopId: demoId, fileName: 'jajak.xlsx', base64 });
    expect(preview.errors).toEqual([]);
    expect({ added: preview.added, updated: preview.updated, unchanged: preview.unchanged }).toEqual({ added: 0, updated: 0, unchanged: before.programs.length });
  });
});
