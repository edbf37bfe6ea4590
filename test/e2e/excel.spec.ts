import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';
import { SIZES } from './support/viewports';

interface Opened {
  workshop: { revision: number; programs: { code: string; name: string; leadOpdId: string | null; budget: { year: number; amount: number }[] }[] };
}

const SHOTS = path.join(import.meta.dirname, 'screenshots');

/** Opens the demo workshop's Matriks Program; returns the workshop id. */
const openMatrix = async (page: Page, url: string): Promise<string> => {
  await page.goto(url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Matriks Program/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matriks Program' })).toBeVisible();
  const match = /#\/lokakarya\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No workshop in ${page.url()}`);
  return match[1];
};

/** A CSV as Indonesian Excel saves it: BOM, ";" separators, CRLF, Rupiah with dots. */
const csv = (rows: string[][]): Buffer => Buffer.from(`\uFEFF${rows.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n')}\r\n`, 'utf8');

const HEADER = ['Kode program', 'Dimensi', 'Elemen', 'Nama program/inovasi', 'OPD penanggung jawab', 'Tahun pelaksanaan', 'Anggaran 2024 (Rp)', 'Sumber pendanaan'];
const ANGKOT = ['SL-MB-07', 'Smart Living', 'Sarana Transportasi', 'Angkot Pintar Terjadwal', 'Dishub', '2024–2025', '1.250.000.000', 'APBD Kabupaten/Kota'];
const PARKIR = (budget: string) => ['SL-MB-08', 'Smart Living', 'Sarana Transportasi', 'Parkir Daring Pasar', 'Dishub', '2024', budget, 'CSR / TJSL'];

const matrix = (page: Page) => page.getByRole('table', { name: 'Daftar program' });

test('a facilitator imports programs from a CSV: a bad row is named and nothing is added, the fixed file adds them to the matrix', async ({ page, app }) => {
  test.slow();
  const workshopId = await openMatrix(page, app.url);
  const before = (await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop;

  await page.getByRole('button', { name: 'Impor program (XLSX/CSV)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor program dari Excel atau CSV' });
  await expect(dialog).toBeVisible();
  const importButton = dialog.getByRole('button', { name: 'Impor', exact: true });
  await expect(importButton).toBeDisabled();

  // One good row, one with an amount that is no number: the row and column are named, nothing is imported.
  await dialog.getByLabel('Berkas program (.xlsx atau .csv)').setInputFiles({ name: 'program-dishub.csv', mimeType: 'text/csv', buffer: csv([HEADER, ANGKOT, PARKIR('lima juta')]) });
  const errors = dialog.getByRole('table', { name: 'Kesalahan per baris' });
  await expect(errors).toBeVisible();
  await expect(dialog.getByText('1 kesalahan ditemukan. Tidak ada program yang diimpor; perbaiki berkas lalu pilih lagi.')).toBeVisible();
  await expect(errors.getByRole('row').nth(1)).toHaveText(/3\s*Anggaran 2024 \(Rp\)\s*bukan angka Rupiah/);
  await expect(importButton).toBeDisabled();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.screenshot({ path: path.join(SHOTS, `excel-import-errors-${size.name}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  expect((await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop.programs).toHaveLength(before.programs.length);

  // The fixed file: the preview counts what will change, and Impor is possible with the keyboard.
  await dialog.getByLabel('Berkas program (.xlsx atau .csv)').setInputFiles({ name: 'program-dishub.csv', mimeType: 'text/csv', buffer: csv([HEADER, ANGKOT, PARKIR('350 juta')]) });
  await expect(dialog.getByText('2 program akan ditambahkan, 0 diperbarui.')).toBeVisible();
  await expect(errors).toBeHidden();
  await page.screenshot({ path: path.join(SHOTS, 'excel-import-preview-1366x768.png') });
  await importButton.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Impor selesai: 2 program ditambahkan, 0 diperbarui/)).toBeVisible();

  await expect(matrix(page).getByRole('cell', { name: 'SL-MB-07', exact: true })).toBeVisible();
  await expect(matrix(page).getByRole('cell', { name: 'SL-MB-08', exact: true })).toBeVisible();
  await expectSaved(page);
  const after = (await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop;
  expect(after.programs).toHaveLength(before.programs.length + 2);
  expect(after.programs.find((p) => p.code === 'SL-MB-08')).toMatchObject({ name: 'Parkir Daring Pasar', leadOpdId: 'dishub', budget: [{ year: 2024, amount: 350_000_000 }] });

  // The session follows the core, and the import is one step: one Batalkan takes both programs back.
  await page.getByRole('button', { name: 'Batalkan', exact: true }).click();
  await expectSaved(page);
  expect((await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop.programs).toHaveLength(before.programs.length);
});

test('Ekspor Excel downloads a workbook that opens with the program matrix and the other sheets', async ({ page, app }) => {
  const workshopId = await openMatrix(page, app.url);
  const { workshop } = await callApi<Opened>(page, app.url, 'workshop.open', { workshopId });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.screenshot({ path: path.join(SHOTS, `excel-toolbar-${size.name}.png`) });
  }
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor Excel' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/^matriks-program-kabupaten-malang-\d{8}-\d{4}\.xlsx$/);
  const file = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  // The demo's two closed polls add their results and ballots after the masterplan sheets.
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['Matriks Program', 'Quick Win', 'Kesiapan', 'SWOT', 'Anggaran', 'Profil Daerah', 'Jajak Pendapat', 'Surat Suara']);
  const sheet = workbook.getWorksheet('Matriks Program');
  expect(sheet?.actualRowCount).toBe(workshop.programs.length + 1);
  expect(sheet?.getRow(2).getCell(1).value).toBe('SG-SV-01');
  await expect(page.getByText(/Buku kerja Excel matriks-program-kabupaten-malang-.*\.xlsx diunduh\./)).toBeVisible();
});
