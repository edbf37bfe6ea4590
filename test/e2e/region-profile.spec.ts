import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';

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

interface OpenedFacts {
  workshop: {
    region: {
      code: string;
      capital: string;
      motto: string;
      populationYear: number | null;
      kecamatan: string[];
      kecamatanCount: number | null;
      regionalHead: { deputyTitle: string };
      milestones: { date: string; event: string; kind: string }[];
    };
  };
}

test('the region’s facts: Kemendagri code checked, ibu kota, motto, population year, kecamatan list counting itself, deputy title and milestones in date order', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await createWorkshop(page, 'Bimtek Smart City Kota Batu 2026', 'Kota Batu');

  const code = page.getByLabel('Kode wilayah Kemendagri');
  await code.fill('3579');
  await code.blur();
  await expect(page.getByText(/^Kode wilayah Kemendagri berbentuk 35\.07/)).toBeVisible();
  await code.fill('35.79');
  await code.blur();
  await expect(page.getByText(/^Kode wilayah Kemendagri berbentuk 35\.07/)).toBeHidden();
  await page.getByLabel('Ibu kota').fill('Batu');
  await page.getByLabel('Semboyan daerah').fill('Hakaryo Guno Mamayu Bawono');
  await page.getByLabel('Jumlah penduduk (jiwa)').fill('215.248');
  await page.getByLabel('Tahun data penduduk').fill('2020');
  await page.getByLabel('Tahun data penduduk').blur();
  await page.getByLabel('Daftar kecamatan').fill('Batu\nBumiaji\nJunrejo');
  await page.getByLabel('Daftar kecamatan').blur();
  await expect(page.getByLabel('Jumlah kecamatan')).toHaveValue('3');
  await expect(page.getByText('Mengikuti daftar kecamatan (3 nama).')).toBeVisible();
  await expect(page.getByLabel('Sebutan wakil kepala daerah')).toHaveAttribute('placeholder', 'Wakil Wali Kota');

  const milestones = page.getByRole('region', { name: /Tonggak smart city/ });
  await milestones.getByRole('button', { name: 'Tambah tonggak' }).click();
  await expect(milestones.getByText('Isi tanggal dan peristiwa tonggak')).toBeVisible();
  await milestones.getByLabel('Tanggal tonggak baru').fill('2022-03-28');
  await milestones.getByLabel('Peristiwa baru').fill('Peluncuran masterplan smart city');
  await milestones.getByRole('button', { name: 'Tambah tonggak' }).click();
  await milestones.getByLabel('Tanggal tonggak baru').fill('2021-06-24');
  await milestones.getByLabel('Peristiwa baru').fill('MoU Gerakan Menuju Smart City');
  await milestones.getByLabel('Jenis tonggak baru').selectOption('mou-kementerian');
  await milestones.getByRole('button', { name: 'Tambah tonggak' }).click();
  await expect(milestones.getByRole('row')).toHaveCount(3);
  await expect(milestones.getByRole('row').nth(1)).toContainText('MoU');
  await expectSaved(page);

  const stored = await callApi<OpenedFacts>(page, app.url, 'workshop.open', { workshopId: workshopIdFromUrl(page) });
  expect(stored.workshop.region).toMatchObject({ code: '35.79', capital: 'Batu', motto: 'Hakaryo Guno Mamayu Bawono', populationYear: 2020, kecamatan: ['Batu', 'Bumiaji', 'Junrejo'], kecamatanCount: 3, regionalHead: { deputyTitle: '' } });
  expect(stored.workshop.region.milestones.map((m) => [m.date, m.kind])).toEqual([
    ['2021-06-24', 'mou-kementerian'],
    ['2022-03-28', 'peluncuran'],
  ]);

  await page.reload();
  await expect(page.getByLabel('Kode wilayah Kemendagri')).toHaveValue('35.79');
  await expect(page.getByLabel('Daftar kecamatan')).toHaveValue('Batu\nBumiaji\nJunrejo');
  await milestones.getByRole('button', { name: 'Hapus tonggak MoU Gerakan Menuju Smart City' }).click();
  await expect(milestones.getByRole('row')).toHaveCount(2);
  await expectSaved(page);
});

test('Profil Daerah of the demo at 1366×768', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation').getByRole('link', { name: /Profil Daerah/ }).click();
  await expect(page.getByLabel('Kode wilayah Kemendagri')).toHaveValue('35.07');
  await expect(page.getByLabel('Daftar kecamatan')).toHaveValue(/^Ampelgading\nBantur/);
  await expect(page.getByRole('region', { name: /Tonggak smart city/ }).getByRole('row')).toHaveCount(5);
  await page.screenshot({ path: `${import.meta.dirname}/screenshots/region-profile-demo-1366x768.png` });
  for (const [heading, name] of [
    ['Data wilayah', 'statistics'],
    ['Pemerintahan & RPJMD', 'government'],
    ['Tonggak smart city', 'milestones'],
  ] as const) {
    await page.getByRole('heading', { name: heading }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${import.meta.dirname}/screenshots/region-profile-demo-${name}-1366x768.png` });
  }
});
