import ExcelJS from 'exceljs';
import { buildLargeWorkshop } from '../../../bench/large-workshop';
import { writeWorkbook } from '../../../electron/services/excel';
import { buildWorkbook } from '../../../shared/workbook';
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkbookInWorker } from '../../../electron/services/excel/sheet-worker-runner';
import { startServer, type RunningServer } from '../../../electron/server/index';
import { EXCEL_IMPORT_LIMITS, EXCEL_UPLOAD_MAX_BYTES } from '../../../shared/contract';
import { call, errorOf } from '../http/fixture';
import { manyCellsSheet, overlapping, part, sheetBomb, storedPart, workbookWithSheet, zip } from './bombs';
import { closeAll, demoWithoutPrograms, open, startWithDemo } from './fixture';

/*
 * A facilitator (or anyone who can reach the API) sends a spreadsheet built to exhaust the app:
 * a sheet that unpacks to 440 MB, a table of contents that lies, ten thousand parts, a CSV of
 * commas. Each is refused in plain Indonesian, the process stays small, and the server keeps
 * answering everyone else while it deals with the file.
 */

const servers: RunningServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  await closeAll();
});

const MB = 1024 * 1024;

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

/** Runs `work` while sampling this process's resident memory; returns its outcome and the peak growth. */
const withPeakRss = async <T>(work: () => Promise<T>): Promise<{ result: T; growth: number }> => {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, growth: peak - baseline };
  } finally {
    clearInterval(sampler);
  }
};

const upload = (workshopId: string, fileName: string, bytes: Buffer | string) => ({
  workshopId,
  fileName,
  base64: (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64'),
});

describe('a spreadsheet built to exhaust the app is refused', () => {
  it('a 2 MB workbook whose sheet unpacks to 440 MB is refused from its table of contents, naming the sheet and both sizes', async () => {
    const { services, demoId } = await startWithDemo();
    const before = await open(services, demoId);
    const bomb = workbookWithSheet('Program', sheetBomb(440));
    expect(bomb.length).toBeLessThan(EXCEL_UPLOAD_MAX_BYTES);

    const { result, growth } = await withPeakRss(() => refusal(services.handlers['excel.previewProgramImport'](upload(demoId, 'bom.xlsx', bomb))));
    expect(result).toEqual({
      code: 'too_large',
      message: "Berkas terlalu besar setelah dibuka (lembar 'Program' berisi 440 MB; batas 50 MB). Simpan ulang hanya kolom yang diperlukan atau pecah menjadi beberapa berkas.",
    });
    expect(growth).toBeLessThan(300 * MB);

    expect((await refusal(services.handlers['excel.importPrograms'](upload(demoId, 'bom.xlsx', bomb)))).code).toBe('too_large');
    expect((await open(services, demoId)).revision).toBe(before.revision);
  });

  it('a table of contents that declares 40 KB for a 440 MB sheet is stopped at 40 KB, in the worker, while the server keeps answering', async () => {
    const { services, demoId } = await startWithDemo();
    const server = await startServer({ services, port: 0, staticDir: null, logError: () => undefined });
    servers.push(server);
    const liar = workbookWithSheet('Matriks Program', sheetBomb(440, 40 * 1024));

    const { result, growth } = await withPeakRss(async () => {
      let settled = false;
      const bad = call(server, 'excel.previewProgramImport', upload(demoId, 'bohong.xlsx', liar)).finally(() => {
        settled = true;
      });
      // A participant's screen keeps asking for the workshop list while the file is being read.
      let answeredMeanwhile = 0;
      while (!settled) {
        const list = await call(server, 'workshops.list', {});
        expect(list.status).toBe(200);
        if (!settled) answeredMeanwhile += 1;
      }
      return { response: await bad, answeredMeanwhile };
    });
    expect(result.response.status).toBe(413);
    expect(errorOf(result.response).message).toBe(
      'Berkas "bohong.xlsx" rusak atau sengaja dibuat tidak wajar: lembar \'Matriks Program\' lebih besar setelah dibuka daripada yang tercatat di daftar isinya (40 KB). Simpan ulang dari Excel sebagai .xlsx atau CSV, lalu coba lagi.',
    );
    // Blocked, the server would have answered no list call before the refusal (how many it answers depends on the machine's load).
    expect(result.answeredMeanwhile).toBeGreaterThanOrEqual(1);
    expect(growth).toBeLessThan(300 * MB);
  });

  it('a truthful workbook of 210,000 cells passes the table of contents and is refused by the worker before ExcelJS reads it, the server answering meanwhile', async () => {
    const { services, demoId } = await startWithDemo();
    const server = await startServer({ services, port: 0, staticDir: null, logError: () => undefined });
    servers.push(server);
    const cells = workbookWithSheet('Matriks Program', manyCellsSheet(5_000, 42));

    const { result, growth } = await withPeakRss(async () => {
      let settled = false;
      const bad = call(server, 'excel.importPrograms', upload(demoId, 'sel.xlsx', cells)).finally(() => {
        settled = true;
      });
      let answeredMeanwhile = 0;
      while (!settled) {
        expect((await call(server, 'workshop.open', { workshopId: demoId })).status).toBe(200);
        if (!settled) answeredMeanwhile += 1;
      }
      return { response: await bad, answeredMeanwhile };
    });
    expect(result.response.status).toBe(413);
    expect(errorOf(result.response).message).toBe(
      'Buku kerja "sel.xlsx" berisi lebih dari 200.000 sel (batas 200.000; sel kosong yang diberi format ikut terhitung). Hapus format pada baris dan kolom kosong, atau simpan ulang hanya kolom yang diperlukan, atau pecah menjadi beberapa berkas.',
    );
    expect(result.answeredMeanwhile).toBeGreaterThanOrEqual(1);
    expect(growth).toBeLessThan(300 * MB);
  });

  it('ten thousand parts, a part packed 200 : 1, names that climb out with "..", and a password are each refused in plain words', async () => {
    const { services, demoId } = await startWithDemo();
    const preview = (fileName: string, bytes: Buffer) => refusal(services.handlers['excel.previewProgramImport'](upload(demoId, fileName, bytes)));

    const many = zip(Array.from({ length: 10_000 }, (_, i) => storedPart(`xl/media/gambar${i}.xml`, '<x/>')));
    expect(await preview('banyak.xlsx', many)).toEqual({
      code: 'too_large',
      message: 'Berkas "banyak.xlsx" berisi 10.000 bagian di dalamnya (batas 500); ini bukan buku kerja Excel biasa. Buka di Excel, simpan ulang sebagai .xlsx atau CSV, lalu coba lagi.',
    });

    const dense = await preview('padat.xlsx', workbookWithSheet('Matriks Program', sheetBomb(40)));
    expect(dense.code).toBe('too_large');
    expect(dense.message).toMatch(/^Berkas "padat\.xlsx" tidak wajar: lembar 'Matriks Program' memadat \d+ : 1 \(40 MB dari \d+ KB; batas 100 : 1\)\./);

    for (const name of ['../../startup/evil.xml', '/etc/evil.xml', 'C:/evil.xml', 'xl\\..\\evil.xml']) {
      expect(await preview('jalur.xlsx', zip([part('[Content_Types].xml', '<Types/>'), part(name, '<x/>')]))).toEqual({
        code: 'invalid_input',
        message: `Berkas "jalur.xlsx" berisi bagian dengan nama yang tidak sah ("${name}"). Ini bukan buku kerja Excel biasa; simpan ulang dari Excel sebagai .xlsx atau CSV.`,
      });
    }

    // Parts that share their bytes (an "overlapping" bomb): the directory names more packed bytes than the file holds.
    const shared = sheetBomb(4);
    expect(await preview('tumpang.xlsx', overlapping(shared, 400))).toEqual({
      code: 'invalid_input',
      message: 'Berkas "tumpang.xlsx" bukan buku kerja Excel yang dapat dibaca (mungkin terpotong atau rusak). Simpan ulang dari Excel sebagai .xlsx atau CSV, lalu coba lagi.',
    });

    const locked = zip([part('[Content_Types].xml', '<Types/>')]);
    // Set the "encrypted" flag in the central directory entry.
    locked.writeUInt16LE(0x0801, locked.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect(await preview('sandi.xlsx', locked)).toEqual({
      code: 'invalid_input',
      message: 'Berkas "sandi.xlsx" dilindungi kata sandi. Buka di Excel, simpan sebagai .xlsx tanpa kata sandi atau CSV, lalu coba lagi.',
    });
  });

  it('a workbook that needs more memory than the worker may have, or more time, stops the worker only; the next import reads normally', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Matriks Program');
    sheet.addRow(['Kode program', 'Dimensi', 'Elemen', 'Nama program/inovasi']);
    for (let i = 1; i <= 3_000; i += 1) sheet.addRow([`SL-MB-${i}`, 'Smart Living', 'Mobility', `Program angkutan ${i} `.repeat(8)]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    expect(await refusal(readWorkbookInWorker('berat.xlsx', bytes, { heapMb: 16 }))).toEqual({
      code: 'too_large',
      message: 'Berkas "berat.xlsx" terlalu besar untuk dibuka: membacanya memerlukan lebih dari 16 MB memori. Simpan ulang hanya kolom yang diperlukan atau pecah menjadi beberapa berkas.',
    });
    expect(await refusal(readWorkbookInWorker('lambat.xlsx', bytes, { timeoutMs: 1 }))).toEqual({
      code: 'too_large',
      message: 'Berkas "lambat.xlsx" terlalu lama dibaca (lebih dari 0,001 detik) sehingga dihentikan. Simpan ulang hanya kolom yang diperlukan atau pecah menjadi beberapa berkas.',
    });
    const rows = await readWorkbookInWorker('berat.xlsx', bytes);
    expect(rows).toHaveLength(3_001);
    expect(rows[3_000]?.cells.slice(0, 3)).toEqual(['SL-MB-3000', 'Smart Living', 'Mobility']);
  });
});

describe('a CSV built to exhaust the app is refused before any row is built', () => {
  const header = 'Kode program;Dimensi;Elemen;Nama program/inovasi\r\n';

  it('one enormous line, three million separators, three million line breaks and six thousand rows are each refused in plain words', async () => {
    const { services, demoId } = await startWithDemo();
    const before = await open(services, demoId);
    const preview = (fileName: string, text: string) =>
      withPeakRss(() => refusal(services.handlers['excel.previewProgramImport'](upload(demoId, fileName, text))));

    const line = await preview('satu-baris.csv', `${header}SL-MB-01;Smart Living;Mobility;${'Angkot pintar '.repeat(250_000)}`);
    expect(line.result).toEqual({
      code: 'too_large',
      message: `Berkas "satu-baris.csv", baris 2, berisi sel yang lebih panjang dari 32.767 karakter (batas Excel sendiri). Periksa tanda kutip (") yang tidak ditutup, atau simpan ulang dari Excel sebagai CSV.`,
    });

    const commas = await preview('koma.csv', `${header}${';'.repeat(3_000_000)}`);
    expect(commas.result).toEqual({
      code: 'too_large',
      message: 'Berkas "koma.csv" berisi lebih dari 200.000 sel (batas 200.000; sel kosong yang diberi format ikut terhitung). Hapus format pada baris dan kolom kosong, atau simpan ulang hanya kolom yang diperlukan, atau pecah menjadi beberapa berkas.',
    });

    const breaks = await preview('baris-kosong.csv', `${header}${'\n'.repeat(3_000_000)}`);
    expect(breaks.result.message).toBe(
      'Berkas "baris-kosong.csv" berisi lebih dari 50.000 baris (batas 50.000; baris kosong yang diberi format ikut terhitung). Hapus baris kosong di bawah data, atau simpan ulang hanya kolom yang diperlukan, atau pecah menjadi beberapa berkas.',
    );

    const rows = Array.from({ length: 6_000 }, (_, i) => `SL-MB-${i};Smart Living;Mobility;Program ${i}`).join('\r\n');
    const tall = await preview('panjang.csv', `${header}${rows}`);
    expect(tall.result).toEqual({
      code: 'too_large',
      message: `Berkas "panjang.csv" berisi lebih dari ${EXCEL_IMPORT_LIMITS.maxRows.toLocaleString('id-ID')} baris berisi data (batas 5.000). Simpan ulang hanya kolom yang diperlukan atau pecah menjadi beberapa berkas.`,
    });

    const far = await preview('kanan.csv', `${header}SL-MB-01;Smart Living;Mobility;Angkot${';'.repeat(1_200)}catatan`);
    expect(far.result.message).toBe(
      'Berkas "kanan.csv", baris 2, berisi data di luar kolom ke-1.000. Hapus isi di kolom paling kanan, atau simpan ulang hanya kolom yang diperlukan, atau pecah menjadi beberapa berkas.',
    );

    for (const { growth } of [line, commas, breaks, tall, far]) expect(growth).toBeLessThan(300 * MB);
    expect((await open(services, demoId)).revision).toBe(before.revision);
  });
});

describe('real files within the limits import as before', () => {
  it('an 800-program Matriks Program workbook imports all 800 programs, read in the worker', async () => {
    const { services, demoId } = await startWithDemo();
    const emptyId = await demoWithoutPrograms(services, demoId);
    const large = buildLargeWorkshop(800);
    const bytes = await writeWorkbook(buildWorkbook(large), { creator: 'Uji', created: new Date('2025-11-20T09:00:00Z') });

    const { result: preview, growth } = await withPeakRss(() => services.handlers['excel.previewProgramImport'](upload(emptyId, 'matriks-800.xlsx', bytes)));
    expect(preview).toEqual({ rows: 800, added: 800, updated: 0, unchanged: 0, errors: [], ignoredColumns: [] });
    expect(growth).toBeLessThan(300 * MB);

    await services.handlers['excel.importPrograms'](upload(emptyId, 'matriks-800.xlsx', bytes));
    const imported = await open(services, emptyId);
    expect(imported.programs.map((p) => p.code).sort()).toEqual(large.programs.map((p) => p.code).sort());
  });
});
