import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { PARTICIPANT_METHODS } from '../../../electron/server/participant-api';
import { dispatch, EXCEL_UPLOAD_MAX_BASE64 } from '../../../shared/contract';
import { base64Of, closeAll, demoWithoutPrograms, meaningful, open, readWorkbook, startWithDemo, toCsv } from './fixture';

afterEach(closeAll);

/** The error a call was refused with. */
const refusal = async (call: Promise<unknown>): Promise<{ code: string; message: string }> => {
  try {
    await call;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected the call to be refused');
};

const byCode = <T extends { code: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => a.code.localeCompare(b.code));

const CSV_HEADER = ['Kode program', 'Dimensi', 'Elemen', 'Nama program/inovasi', 'OPD penanggung jawab', 'Tahun pelaksanaan', 'Anggaran 2024 (Rp)', 'Sumber pendanaan', 'Indikator kinerja dan target'];

describe('importing programs from Excel', () => {
  it('round trip: the exported workbook imported into the workshop without programs gives the same programs', async () => {
    const { services, demoId } = await startWithDemo();
    const demo = await open(services, demoId);
    const exported = await services.handlers['excel.export']({ workshopId: demoId });
    const emptyId = await demoWithoutPrograms(services, demoId);
    const upload = { workshopId: emptyId, fileName: exported.fileName, base64: exported.base64 };

    const preview = await services.handlers['excel.previewProgramImport'](upload);
    expect(preview).toEqual({ rows: demo.programs.length, added: demo.programs.length, updated: 0, unchanged: 0, errors: [], ignoredColumns: [] });
    expect((await open(services, emptyId)).programs).toEqual([]);

    const result = await services.handlers['excel.importPrograms'](upload);
    expect(result).toMatchObject({ added: demo.programs.length, updated: 0, unchanged: 0 });
    const imported = await open(services, emptyId);
    expect(imported.revision).toBe(result.revision);
    expect(byCode(imported.programs).map(meaningful)).toEqual(byCode(demo.programs).map(meaningful));

    // A snapshot of the state before, and the whole import logged as one attributed batch: one revision, one undo step.
    const { snapshots } = await services.handlers['workshop.history']({ workshopId: emptyId });
    expect(snapshots.find((s) => s.id === result.snapshotId)?.reason).toBe('Sebelum impor program');
    const { entries } = await services.handlers['workshop.log']({ workshopId: emptyId, limit: 100 });
    const importEntries = entries.filter((e) => e.actor.name === 'Impor program (Excel/CSV)');
    expect(importEntries).toHaveLength(1);
    const [batch] = importEntries;
    expect(batch?.command.type === 'batch' && batch.command.commands.every((c) => c.type === 'upsertProgram') && batch.command.commands.length).toBe(demo.programs.length);
    expect(result.revision).toBe((batch?.revision ?? 0));
    const undone = await services.handlers['workshop.undo']({ workshopId: emptyId, baseRevision: result.revision });
    expect((await open(services, emptyId)).programs).toEqual([]);
    expect(undone.revision).toBe(result.revision + 1);
  });

  it('importing the same workbook again changes nothing; an edited row updates its program and a new row adds one', async () => {
    const { services, demoId } = await startWithDemo();
    const before = await open(services, demoId);
    const exported = await services.handlers['excel.export']({ workshopId: demoId });
    const again = await services.handlers['excel.importPrograms']({ workshopId: demoId, fileName: 'sama.xlsx', base64: exported.base64 });
    expect(again).toEqual({ added: 0, updated: 0, unchanged: before.programs.length, revision: before.revision, snapshotId: null });

    // A facilitator edits the sheet in Excel: renames one program and writes a new one at the bottom.
    const workbook = await readWorkbook(exported.base64);
    const sheet = workbook.getWorksheet('Matriks Program');
    if (!sheet) throw new Error('no sheet');
    sheet.getRow(2).getCell(4).value = 'Perizinan Daring Sehari';
    const newRow = sheet.getRow(sheet.actualRowCount + 1);
    newRow.getCell(2).value = 'Smart Environment';
    newRow.getCell(3).value = 'Tata Kelola Sampah dan Limbah';
    newRow.getCell(4).value = 'Bank Sampah Digital';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');

    const result = await services.handlers['excel.importPrograms']({ workshopId: demoId, fileName: 'diubah.xlsx', base64: edited });
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: before.programs.length - 1 });
    const after = await open(services, demoId);
    const renamed = after.programs.find((p) => p.code === 'SG-SV-01');
    expect(renamed?.name).toBe('Perizinan Daring Sehari');
    expect(renamed?.id).toBe(before.programs.find((p) => p.code === 'SG-SV-01')?.id);
    expect(after.programs.find((p) => p.name === 'Bank Sampah Digital')).toMatchObject({ dimensionId: 'smart-environment', code: expect.stringMatching(/^SN-WS-\d{2}$/) });
  });

  it('a CSV saved by Indonesian Excel (";" separators, BOM, CRLF, dotted Rupiah, quoted line breaks) imports', async () => {
    const { services, demoId } = await startWithDemo();
    const emptyId = await demoWithoutPrograms(services, demoId);
    const csv = toCsv([
      CSV_HEADER,
      ['SL-MB-07', 'smart living', 'MB', 'Angkot Pintar; Terjadwal', 'dishub', '2024–2025', '1.250.000.000', 'APBD Kabupaten/Kota; CSR / TJSL', 'Rute terpantau | satuan: rute | target: 2024=5; 2025=12\nHalte berinformasi'],
      [],
      ['', 'Smart Society', 'Learning', 'Perpustakaan Keliling Daring', 'Dispusip', '2024', '250 juta', 'APBN', ''],
    ]);
    const upload = { workshopId: emptyId, fileName: 'program-opd.csv', base64: base64Of(csv) };
    expect(await services.handlers['excel.previewProgramImport'](upload)).toEqual({ rows: 2, added: 2, updated: 0, unchanged: 0, errors: [], ignoredColumns: [] });
    await services.handlers['excel.importPrograms'](upload);
    const programs = byCode((await open(services, emptyId)).programs);
    const sources = (p: { funding: { sourceId: string }[] }) => p.funding.map((f) => f.sourceId);
    expect(programs.map((p) => [p.code, p.name, p.leadOpdId, p.years, p.budget, sources(p)])).toEqual([
      ['SL-MB-07', 'Angkot Pintar; Terjadwal', 'dishub', [2024, 2025], [{ year: 2024, amount: 1_250_000_000 }], ['apbd-kabkota', 'csr']],
      ['SS-LR-01', 'Perpustakaan Keliling Daring', 'dispusip', [2024], [{ year: 2024, amount: 250_000_000 }], ['apbn']],
    ]);
    expect(programs[0]?.indicators.map((i) => [i.name, i.unit, i.targets])).toEqual([
      ['Rute terpantau', 'rute', [{ year: 2024, value: 5 }, { year: 2025, value: 12 }]],
      ['Halte berinformasi', '', []],
    ]);
  });

  it('a CSV in the old Windows encoding keeps its accents', async () => {
    const { services, demoId } = await startWithDemo();
    const latin1 = Buffer.from('Dimensi;Elemen;Nama program\r\nSmart Branding;Tourism Branding;Festival Kréatif Café\r\n', 'latin1');
    await services.handlers['excel.importPrograms']({ workshopId: demoId, fileName: 'lama.csv', base64: latin1.toString('base64') });
    expect((await open(services, demoId)).programs.some((p) => p.name === 'Festival Kréatif Café')).toBe(true);
  });

  it('one bad row among good ones: nothing is imported, every error is shown, and the refusal names the first row', async () => {
    const { services, demoId } = await startWithDemo();
    const before = await open(services, demoId);
    const csv = toCsv([
      CSV_HEADER,
      ['SL-MB-07', 'Smart Living', 'Mobility', 'Angkot Pintar', 'Dishub', '2024', '1.000.000', '', ''],
      ['SL-MB-08', 'Smart Living', 'Mobility', 'Parkir Daring', 'Dishub', '2024', 'lima juta', '', ''],
      ['SL-MB-09', 'Smart Living', 'Mobility', 'Halte Pintar', 'Dinas Antah Berantah', '2024', '', '', ''],
    ]);
    const upload = { workshopId: demoId, fileName: 'salah.csv', base64: base64Of(csv) };
    const preview = await services.handlers['excel.previewProgramImport'](upload);
    expect(preview.errors).toEqual([
      { row: 3, column: 'Anggaran 2024 (Rp)', message: 'bukan angka Rupiah (tulis misalnya 1250000000 atau 1,25 miliar)' },
      { row: 4, column: 'OPD penanggung jawab', message: 'OPD "Dinas Antah Berantah" tidak dikenal; tulis singkatan atau nama OPD seperti pada daftar OPD lokakarya' },
    ]);

    const refused = await refusal(services.handlers['excel.importPrograms'](upload));
    expect(refused).toEqual({
      code: 'invalid_input',
      message: 'Baris 3, kolom Anggaran 2024 (Rp): bukan angka Rupiah (tulis misalnya 1250000000 atau 1,25 miliar) Ada 1 kesalahan lain. Tidak ada program yang diimpor.',
    });
    const after = await open(services, demoId);
    expect(after.revision).toBe(before.revision);
    expect(after.programs).toEqual(before.programs);
    const { snapshots } = await services.handlers['workshop.history']({ workshopId: demoId });
    expect(snapshots.filter((s) => s.reason === 'Sebelum impor program')).toEqual([]);
  });

  it('a truncated workbook, an old .xls and a file that is no spreadsheet are refused in plain Indonesian', async () => {
    const { services, demoId } = await startWithDemo();
    const exported = Buffer.from((await services.handlers['excel.export']({ workshopId: demoId })).base64, 'base64');
    const truncated = exported.subarray(0, Math.floor(exported.length / 2));
    expect(await refusal(services.handlers['excel.previewProgramImport']({ workshopId: demoId, fileName: 'terpotong.xlsx', base64: truncated.toString('base64') }))).toEqual({
      code: 'invalid_input',
      message: 'Berkas "terpotong.xlsx" bukan buku kerja Excel yang dapat dibaca (mungkin terpotong atau rusak). Simpan ulang dari Excel sebagai .xlsx atau CSV, lalu coba lagi.',
    });
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await refusal(services.handlers['excel.importPrograms']({ workshopId: demoId, fileName: 'lama.xls', base64: xls.toString('base64') }))).message).toMatch(/^Berkas "lama.xls" berformat Excel lama \(.xls\)/);
    const picture = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect((await refusal(services.handlers['excel.importPrograms']({ workshopId: demoId, fileName: 'foto.png', base64: picture.toString('base64') }))).message).toBe(
      'Berkas "foto.png" bukan berkas CSV teks. Pilih berkas .xlsx atau .csv.',
    );
    const notes = base64Of('Catatan rapat hari ini\r\nTidak ada tabel di sini\r\n');
    expect((await refusal(services.handlers['excel.importPrograms']({ workshopId: demoId, fileName: 'catatan.csv', base64: notes }))).message).toMatch(/^Baris 1: Baris judul kolom tidak ditemukan\./);
  });

  it('columns the import does not read ("Tahun mulai", "Anggaran") are listed as ignored in the preview, from a CSV and from an XLSX', async () => {
    const { services, demoId } = await startWithDemo();
    const emptyId = await demoWithoutPrograms(services, demoId);
    const header = ['Dimensi', 'Elemen', 'Nama program', 'Tahun mulai', 'Anggaran', 'OPD penanggung jawab'];
    const row = ['Smart Economy', 'Transaction', 'QRIS Pasar', '2026', '150000000', 'Diskominfo'];
    const csv = { workshopId: emptyId, fileName: 'usulan.csv', base64: base64Of(toCsv([header, row])) };
    expect(await services.handlers['excel.previewProgramImport'](csv)).toEqual({ rows: 1, added: 1, updated: 0, unchanged: 0, errors: [], ignoredColumns: ['Tahun mulai', 'Anggaran'] });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Matriks Program');
    sheet.addRow(header);
    sheet.addRow(row);
    const xlsx = { workshopId: emptyId, fileName: 'usulan.xlsx', base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
    expect(await services.handlers['excel.previewProgramImport'](xlsx)).toMatchObject({ rows: 1, added: 1, errors: [], ignoredColumns: ['Tahun mulai', 'Anggaran'] });
    // Ignored, not imported: the program has no years and no budget from those columns.
    await services.handlers['excel.importPrograms'](xlsx);
    const imported = (await open(services, emptyId)).programs.find((p) => p.name === 'QRIS Pasar');
    expect(imported).toMatchObject({ years: [], budget: [], leadOpdId: 'diskominfo' });
  });

  it('a workbook whose program sheet was renamed is still read from its first sheet; an empty one says so', async () => {
    const { services, demoId } = await startWithDemo();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Lembar1');
    sheet.addRow(['Dimensi', 'Elemen', 'Nama program']);
    sheet.addRow(['Smart Economy', 'Transaction', 'QRIS Pasar']);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    expect(await services.handlers['excel.previewProgramImport']({ workshopId: demoId, fileName: 'buatan.xlsx', base64 })).toMatchObject({ rows: 1, added: 1, errors: [] });

    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Kosong');
    const emptyBase64 = Buffer.from(await empty.xlsx.writeBuffer()).toString('base64');
    expect((await services.handlers['excel.previewProgramImport']({ workshopId: demoId, fileName: 'kosong.xlsx', base64: emptyBase64 })).errors[0]?.message).toMatch(/^Baris judul kolom tidak ditemukan/);
  });

  it('the upload is limited in size, with a clear message at the contract’s door', async () => {
    const { services, demoId } = await startWithDemo();
    const tooBig = 'A'.repeat(EXCEL_UPLOAD_MAX_BASE64 + 4);
    const refused = await refusal(dispatch(services.handlers, 'excel.importPrograms', { workshopId: demoId, fileName: 'besar.xlsx', base64: tooBig }));
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toContain('Berkas terlalu besar: paling besar sekitar 3,5 MB');
  });

  it('export and import stay the facilitator’s: participants on the room’s network cannot call them', () => {
    for (const method of ['excel.export', 'excel.previewProgramImport', 'excel.importPrograms'] as const) expect(PARTICIPANT_METHODS.has(method)).toBe(false);
  });
});
