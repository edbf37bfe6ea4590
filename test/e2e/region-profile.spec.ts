import type { Page } from '@playwright/test';
import { callApi, expect, expectSaved, test } from './support/fixtures';

interface Opened {
  workshop: { id: string; region: { province: string; population: number | null; kind: string; rpjmdPeriod: { startYear: number; endYear: number } | null }; horizon: { startYear: number; years: number } };
}

const createWorkshop = async (page: Page, title: string, regionName: string) => {
  await page.getByRole('button', { name: 'Lokakarya baru' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Buat lokakarya baru' });
  await dialog.getByRole('button', { name: 'Buat lokakarya' }).click();
  await expect(dialog.getByText('Wajib diisi', { exact: true })).toBeVisible();
  await dialog.getByLabel('Judul lokakarya').fill(title);
  await dialog.getByRole('radio', { name: 'Kota' }).check();
  await dialog.getByLabel('Nama kabupaten/kota').fill(regionName);
  await dialog.getByRole('button', { name: 'Buat lokakarya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Daerah & Horizon Rencana' })).toBeVisible();
};

const workshopIdFromUrl = (page: Page): string => {
  const match = /#\/lokakarya\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No workshop in ${page.url()}`);
  return match[1];
};

test('a new workshop keeps its profile after a reload, and an invalid value is refused with an Indonesian message', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkshop(page, 'Bimtek Smart City Kota Bontang 2026', 'Kota Bontang');
  await expect(page.getByLabel('Nama daerah')).toHaveValue('Kota Bontang');
  await expect(page.getByRole('radio', { name: 'Kota' })).toBeChecked();

  await page.getByLabel('Provinsi').fill('Kalimantan Timur');
  const population = page.getByLabel('Jumlah penduduk (jiwa)');
  await population.fill('-5');
  await population.blur();
  await expect(page.getByText('Tidak boleh negatif', { exact: true })).toBeVisible();
  await expect(population).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Tahun awal').fill('2025');
  await page.getByLabel('Tahun akhir').fill('2020');
  await page.getByLabel('Jumlah kecamatan').focus();
  await expect(page.getByText('Tahun akhir harus sesudah tahun awal', { exact: true })).toBeVisible();
  await page.getByLabel('Tahun akhir').fill('2029');
  await page.getByLabel('Jumlah kecamatan').fill('3');
  await page.getByLabel('Jumlah kecamatan').blur();
  await expect(page.getByText('Tahun akhir harus sesudah tahun awal', { exact: true })).toBeHidden();

  const startYear = page.getByLabel('Tahun mulai rencana');
  await startYear.fill('2150');
  await startYear.blur();
  await expect(page.getByText('Tahun harus antara 2000 dan 2100', { exact: true })).toBeVisible();
  await startYear.fill('2026');
  await startYear.blur();
  await expect(page.getByText(/tidak berakhir bersama periode RPJMD 2025–2029/)).toBeVisible();
  await page.getByRole('radio', { name: '5 tahun' }).check();
  await startYear.fill('2025');
  await startYear.blur();
  await expect(page.getByText(/tidak berakhir bersama periode RPJMD/)).toBeHidden();
  await expectSaved(page);

  // The refused population never reached the core.
  const workshopId = workshopIdFromUrl(page);
  const stored = await callApi<Opened>(page, app.url, 'workshop.open', { workshopId });
  expect(stored.workshop.region).toMatchObject({ province: 'Kalimantan Timur', population: null, kind: 'kota', rpjmdPeriod: { startYear: 2025, endYear: 2029 } });
  expect(stored.workshop.horizon).toEqual({ startYear: 2025, years: 5 });

  await population.fill('143.683');
  await population.press('Enter');
  await expect(page.getByText('Tidak boleh negatif', { exact: true })).toBeHidden();
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Kalimantan Timur');
  await expect(page.getByLabel('Jumlah penduduk (jiwa)')).toHaveValue('143.683');
  await expect(page.getByLabel('Jumlah kecamatan')).toHaveValue('3');
  await expect(page.getByLabel('Tahun awal')).toHaveValue('2025');
  await expect(page.getByLabel('Tahun akhir')).toHaveValue('2029');
  await expect(page.getByLabel('Tahun mulai rencana')).toHaveValue('2025');
  await expect(page.getByRole('radio', { name: '5 tahun' })).toBeChecked();
});

test('a logo is previewed, saved and can be removed; a file that is not an image is refused', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkshop(page, 'Bimtek Logo', 'Kota Contoh');
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="teal"/></svg>';
  const fileInput = page.getByLabel('Unggah logo');
  await fileInput.setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan gambar') });
  await expect(page.getByText('Berkas harus berupa gambar PNG, JPEG atau SVG.')).toBeVisible();
  await fileInput.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
  await expect(page.getByRole('img', { name: 'Logo Kota Contoh' })).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('img', { name: 'Logo Kota Contoh' })).toBeVisible();
  await page.getByRole('button', { name: 'Hapus logo' }).click();
  await expect(page.getByText('Belum ada logo')).toBeVisible();
  await expectSaved(page);
});
