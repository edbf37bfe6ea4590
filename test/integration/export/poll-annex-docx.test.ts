import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMasterplanDocument, type MasterplanDocument } from '../../../shared/document';
import { writeMasterplanDocx } from '../../../electron/services/export';
import { DOT_QUESTION, OPEN_QUESTION, SCALE_QUESTION, TEXT_QUESTION, plenaryWorkshop } from '../../unit/document/poll-fixture';
import { PDFTOTEXT, PYTHON, SOFFICE, contentsPageOf, convertToPdf, normalise, pdfPages, pythonDocxAvailable, tempDir } from './tools';

/*
 * The Kabupaten Malang demo after a plenary (a poll of every kind), exported as a draft .docx:
 * python-docx finds the annex's tables with their figures, and LibreOffice prints the annex with
 * its numbered captions, listed in DAFTAR TABEL with the page they are on.
 */

const run = promisify(execFile);
const officeMissing = !SOFFICE || !PDFTOTEXT;

/** Every table of the .docx as rows of cell text. */
const TABLES = `
import json, sys, docx
d = docx.Document(sys.argv[1])
print(json.dumps([[[c.text for c in r.cells] for r in t.rows] for t in d.tables]))
`;

describe('the poll annex in the exported Word masterplan', () => {
  let doc: MasterplanDocument;
  let dir: string;
  let docxPath: string;
  let pages: string[] = [];

  beforeAll(async () => {
    doc = buildMasterplanDocument(plenaryWorkshop(), { draft: true });
    dir = await tempDir('ekspor-jajak-');
    docxPath = join(dir, 'masterplan-jajak.docx');
    await writeFile(docxPath, await writeMasterplanDocx(doc, { paperSize: 'A4' }));
    if (!officeMissing) pages = await pdfPages(await convertToPdf(docxPath, dir));
  }, 180_000);

  it('holds the result tables with their figures, as python-docx reads them', async (context) => {
    if (!(await pythonDocxAvailable())) context.skip();
    const { stdout } = await run(PYTHON, ['-c', TABLES, docxPath], { maxBuffer: 64 * 1024 * 1024 });
    const tables = JSON.parse(stdout) as string[][][];
    const withHeader = (header: string[]) => tables.find((t) => JSON.stringify(t[0]) === JSON.stringify(header));
    expect(withHeader(['Peringkat', 'Pilihan', 'Titik', 'Pemilih', 'Porsi titik (%)'])?.slice(1)).toEqual([
      ['1', 'Bolak-balik ke kantor untuk izin', '5', '3', '50,0'],
      ['2', 'Data sektoral tersebar', '4', '3', '40,0'],
      ['3', 'Layanan digital belum terhubung', '1', '1', '10,0'],
    ]);
    expect(withHeader(['No', 'Pilihan', 'Rata-rata', 'n', 'Skor 1', 'Skor 2', 'Skor 3', 'Skor 4', 'Skor 5'])?.[1]).toEqual(['1', 'Izin Sehari', '4,7', '3', '0', '0', '0', '1', '2']);
    expect(withHeader(['No', 'Jawaban', 'Nama', 'Asal'])?.slice(1)).toEqual([
      ['1', 'Satu data perizinan yang dipakai bersama.', 'Sari Dewi', 'Perangkat'],
      ['2', 'Petugas desa dilatih lebih dulu.', 'Pak Harun', 'Kertas'],
    ]);
    const summary = withHeader(['No', 'Pertanyaan', 'Jenis', 'Surat suara', 'Kertas', 'Sifat', 'Status']);
    expect(summary?.length).toBe(7);
    expect(JSON.stringify(tables)).not.toContain('Rahasia');
  });

  it.skipIf(officeMissing)('prints the annex with numbered captions, listed in DAFTAR TABEL on the pages they are on', () => {
    const at = pages.findIndex((p, i) => i > 10 && normalise(p).includes('Hasil FGD dan Pemungutan Suara') && normalise(p).includes('Ringkasan jajak pendapat'));
    expect(at, 'annex page').toBeGreaterThan(0);
    const annex = normalise(pages.slice(at, at + 6).join(' '));
    expect(annex).toMatch(/Lampiran \d+ Hasil FGD dan Pemungutan Suara/);
    expect(annex).toMatch(/Tabel L\.\d+ Ringkasan jajak pendapat/);
    expect(annex).toContain(`Hasil voting titik: ${DOT_QUESTION}`);
    expect(annex).toContain('4 surat suara, 1 di antaranya surat suara kertas yang diketik fasilitator');
    expect(annex).toContain(`Hasil skala 1–5: ${SCALE_QUESTION}`);
    expect(annex).toContain(TEXT_QUESTION);
    expect(annex).toContain(OPEN_QUESTION);
    expect(annex).toContain('hasil sementara');

    const lists = normalise(pages.slice(0, 16).join(' '));
    const caption = /Tabel (L\.\d+) Ringkasan jajak pendapat/.exec(annex)?.[1] ?? '';
    const listed = contentsPageOf(lists, `Tabel ${caption} Ringkasan jajak pendapat`);
    expect(listed, 'DAFTAR TABEL lists the summary').not.toBeNull();
    expect(Math.abs(Number(listed) - (at + 1))).toBeLessThanOrEqual(1);
    expect(lists).toContain(`Hasil voting titik: ${DOT_QUESTION}`);
  });
});
