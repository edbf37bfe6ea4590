import { afterEach, describe, expect, it } from 'vitest';
import { programBudgetTotal } from '../../../shared/logic/budget-totals';
import { ProgramSchema } from '../../../shared/model';
import { applyAll, closeAll, open, readWorkbook, rowValues, startWithDemo } from './fixture';

afterEach(closeAll);

describe('the Excel workbook of the demo workshop (Kabupaten Malang)', () => {
  it('has the five sheets (and the poll sheets), document properties and a file name for the region', async () => {
    const { services, demoId } = await startWithDemo();
    const file = await services.handlers['excel.export']({ workshopId: demoId });
    expect(file.fileName).toMatch(/^matriks-program-kabupaten-malang-\d{8}-\d{4}\.xlsx$/);
    const workbook = await readWorkbook(file.base64);
    // The demo's plenary has two closed polls: their results and ballots follow the five masterplan sheets.
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Matriks Program', 'Quick Win', 'Kesiapan', 'SWOT', 'Anggaran', 'Profil Daerah', 'Jajak Pendapat', 'Surat Suara']);
    expect(workbook.title).toBe('Matriks Program Masterplan Smart City Kabupaten Malang 2022–2031');
    expect(workbook.creator).toBe('Aplikasi Masterplan Smart City');
  });

  it('the Profil Daerah sheet holds the region’s facts, its kecamatan, milestones and each OPD’s kind, titles and FGD group', async () => {
    const { services, demoId } = await startWithDemo();
    const sheet = (await readWorkbook((await services.handlers['excel.export']({ workshopId: demoId })).base64)).getWorksheet('Profil Daerah');
    if (!sheet) throw new Error('no Profil Daerah sheet');
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => rows.push(rowValues(sheet, n)));
    const text = rows.map((r) => r.join(' | '));
    expect(text).toEqual(
      expect.arrayContaining([
        'Kode wilayah (Kemendagri) | 35.07',
        'Ibu kota | Kepanjen',
        'Semboyan | Satata Gama Karta Raharja',
        'Jumlah penduduk (jiwa) | 2654448',
        'Tahun data penduduk | 2020',
        'Sebutan wakil kepala daerah | Wakil Bupati',
        '1 | Ampelgading',
        '33 | Wonosari',
        '2021-06-24 | Penandatanganan Nota Kesepakatan Gerakan Menuju Smart City dengan Kementerian Komunikasi dan Informatika | MoU dengan kementerian',
        'Diskominfo | Dinas Komunikasi dan Informatika | Dinas | Kepala Dinas | Kepala Bidang Aplikasi Informatika | Kelompok Smart Governance',
        'Satpol PP | Satuan Polisi Pamong Praja | Satuan | Kepala Satuan Polisi Pamong Praja | Kepala Bidang Ketertiban Umum | Kelompok Smart Living',
      ]),
    );
  });

  it('the program matrix lists every program with readable names, Rupiah numbers and a frozen, filtered header', async () => {
    const { services, demoId } = await startWithDemo();
    const demo = await open(services, demoId);
    const sheet = (await readWorkbook((await services.handlers['excel.export']({ workshopId: demoId })).base64)).getWorksheet('Matriks Program');
    if (!sheet) throw new Error('no Matriks Program sheet');

    const header = rowValues(sheet, 1);
    expect(header.slice(0, 4)).toEqual(['Kode program', 'Dimensi', 'Elemen', 'Nama program/inovasi']);
    expect(header).toContain('Anggaran 2022 (Rp)');
    expect(header).toContain('Anggaran 2031 (Rp)');
    expect(header.at(-1)).toBe('Catatan pembimbing');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(4).width).toBeGreaterThan(sheet.getColumn(1).width ?? 0);
    expect(sheet.actualRowCount).toBe(demo.programs.length + 1);

    const column = (name: string) => header.indexOf(name) + 1;
    const izin = sheet.getRow(2);
    expect(izin.getCell(column('Kode program')).value).toBe('SG-SV-01');
    expect(izin.getCell(column('Dimensi')).value).toBe('Smart Governance');
    expect(izin.getCell(column('Elemen')).value).toBe('Pelayanan Publik');
    expect(izin.getCell(column('OPD penanggung jawab')).value).toBe('DPMPTSP');
    expect(izin.getCell(column('OPD pendukung')).value).toBe('Diskominfo; DPUPR');
    expect(izin.getCell(column('Sumber pendanaan')).value).toBe('APBD Kabupaten/Kota = 1850000000');
    expect(izin.getCell(column('Tahun pelaksanaan')).value).toBe('2022–2024');
    const budget = izin.getCell(column('Anggaran 2022 (Rp)'));
    expect(budget.value).toBe(850_000_000);
    expect(budget.numFmt).toBe('#,##0');
    expect(izin.getCell(column('Total anggaran (Rp)')).value).toBe(1_850_000_000);
    expect(izin.getCell(column('Quick win')).value).toBe('Ya');
    expect(izin.getCell(column('Progres (%)')).value).toBe(35);
    expect(String(izin.getCell(column('Indikator kinerja dan target')).value)).toContain('Persentase jenis izin yang dapat diajukan daring | satuan: % | baseline: 40 (2021) | target: 2022=70; 2023=90; 2024=100');
  });

  it('quick wins, readiness, SWOT/TOWS and budgets carry the workshop’s figures', async () => {
    const { services, demoId } = await startWithDemo();
    const demo = await open(services, demoId);
    const workbook = await readWorkbook((await services.handlers['excel.export']({ workshopId: demoId })).base64);

    const quickWins = workbook.getWorksheet('Quick Win');
    expect(quickWins?.actualRowCount).toBe(demo.quickWins.candidates.length + 1);
    expect(rowValues(quickWins!, 1)).toEqual(expect.arrayContaining(['(a) Hasil dalam 12 bulan', 'Skor (0–100)', 'Keputusan', 'Alasan keputusan']));

    const readiness = workbook.getWorksheet('Kesiapan');
    const scored = demo.readinessItems.filter((i) => i.score !== null).length;
    const scores = Array.from({ length: demo.readinessItems.length }, (_, i) => readiness!.getRow(i + 2).getCell(5).value).filter((v) => typeof v === 'number');
    expect(scores).toHaveLength(scored);
    expect(rowValues(readiness!, 1).slice(0, 3)).toEqual(['Pilar', 'No.', 'Item kesiapan']);

    const swot = workbook.getWorksheet('SWOT');
    expect(swot?.actualRowCount).toBe(demo.swotItems.length + demo.towsStrategies.length + 1);

    const budget = workbook.getWorksheet('Anggaran');
    expect(budget?.getRow(1).getCell(1).value).toBe('Anggaran per tahun dan dimensi (Rp)');
    expect(rowValues(budget!, 2)[0]).toBe('Tahun');
    expect(budget?.getRow(3).getCell(1).value).toBe(2022);
    expect(budget?.getRow(3).getCell(1).numFmt).toBe('0');
    const totalRow = 3 + 10;
    expect(budget?.getRow(totalRow).getCell(1).value).toBe('Total');
    const grandTotal = demo.programs.reduce((sum, p) => sum + programBudgetTotal(p), 0);
    expect(rowValues(budget!, totalRow).at(-1)).toBe(grandTotal);
  });

  it('text the XML of a workbook cannot carry is dropped instead of breaking the file', async () => {
    const { services, demoId } = await startWithDemo();
    const demo = await open(services, demoId);
    const first = demo.programs[0];
    if (!first) throw new Error('demo has no program');
    const hostile = ProgramSchema.parse({ ...first, name: 'Layanan\u0001 Warga 😀 مرحبا', description: 'x'.repeat(10_000) });
    await applyAll(services, demoId, [{ type: 'upsertProgram', item: hostile }]);
    const sheet = (await readWorkbook((await services.handlers['excel.export']({ workshopId: demoId })).base64)).getWorksheet('Matriks Program');
    expect(sheet?.getRow(2).getCell(4).value).toBe('Layanan Warga 😀 مرحبا');
  });
});
