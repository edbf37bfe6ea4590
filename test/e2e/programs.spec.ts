import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';

interface StoredProgram {
  id: string;
  code: string;
  name: string;
  acronym: string;
  leadOpdId: string | null;
  years: number[];
  budget: { year: number; amount: number }[];
  funding: { sourceId: string; amount: number }[];
  quickWin: boolean;
  progress: number;
  indicators: { name: string; targets: { year: number; value: number }[] }[];
}
interface Opened {
  workshop: { programs: StoredProgram[]; quickWins: { candidates: { programId: string }[] }; rpjmdMappings: { id: string; programId: string | null }[] };
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

const matrix = (page: Page): Locator => page.getByRole('table', { name: 'Daftar program' });
const rowOf = (page: Page, code: string): Locator => matrix(page).getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
const showing = (page: Page) => page.getByRole('status').filter({ hasText: /^Menampilkan/ });

const storedProgram = async (page: Page, url: string, workshopId: string, code: string): Promise<StoredProgram | undefined> =>
  (await callApi<Opened>(page, url, 'workshop.open', { workshopId })).workshop.programs.find((p) => p.code === code);

test('a facilitator adds a program, fills it in the details panel and in the table, and bad input is refused in Indonesian', async ({ page, app }) => {
  test.slow();
  const workshopId = await openMatrix(page, app.url);
  await page.getByRole('button', { name: 'Tambah program' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah program' });
  await dialog.getByLabel('Dimensi').selectOption({ label: 'Smart Environment' });
  await dialog.getByLabel('Elemen').selectOption({ label: 'WS · Tata Kelola Sampah dan Limbah' });
  await expect(dialog.getByLabel('Kode program')).toHaveValue('SN-WS-02');

  // An empty name and a code already used are refused where they were typed.
  await dialog.getByRole('button', { name: 'Tambah program' }).click();
  await expect(dialog.getByText('Wajib diisi', { exact: true })).toBeVisible();
  await dialog.getByLabel('Kode program').fill('sg-sv-01');
  await expect(dialog.getByText('Kode SG-SV-01 sudah dipakai oleh "Perizinan Daring Satu Hari Tanpa ke Kantor"')).toBeVisible();
  await dialog.getByLabel('Nama program/inovasi').fill('Pengangkutan Sampah Terjadwal');
  await dialog.getByRole('button', { name: 'Tambah program' }).click();
  await expect(dialog.getByText(/Kode SG-SV-01 sudah dipakai/)).toBeVisible();
  await dialog.getByLabel('Kode program').fill('SN-WS-02');
  await dialog.getByLabel('OPD penanggung jawab').selectOption({ label: 'DLH · Dinas Lingkungan Hidup' });
  await dialog.getByRole('button', { name: 'Tambah program' }).click();

  // The details panel opens on the new program: every field of the matrix.
  const drawer = page.getByRole('dialog', { name: 'Pengangkutan Sampah Terjadwal' });
  await expect(drawer).toBeVisible();
  await drawer.getByLabel('Akronim').fill('Angkut Sampah');
  await drawer.getByRole('checkbox', { name: '2023', exact: true }).check();
  await drawer.getByRole('checkbox', { name: '2024', exact: true }).check();
  await expect(drawer.getByText('Mengikuti tahun pelaksanaan: Jangka menengah')).toBeVisible();
  const budget2023 = drawer.getByLabel('Anggaran 2023');
  await budget2023.fill('-5');
  await budget2023.blur();
  await expect(drawer.getByText('Tidak boleh negatif', { exact: true })).toBeVisible();
  await budget2023.fill('lima juta');
  await budget2023.blur();
  await expect(drawer.getByText('Anggaran harus berupa angka Rupiah, misalnya 1.250.000.000 atau 1,25 miliar')).toBeVisible();
  await budget2023.fill('1,25 miliar');
  await budget2023.press('Enter');
  await expect(drawer.getByText('Jumlah: Rp 1.250.000.000')).toBeVisible();
  await drawer.getByLabel('Tambah sumber pendanaan').selectOption({ label: 'CSR / TJSL' });
  await drawer.getByRole('checkbox', { name: 'Kandidat quick win' }).check();
  const progress = drawer.getByLabel('Progres penyelesaian (%)');
  await progress.fill('150');
  await progress.blur();
  await expect(drawer.getByText('Paling besar 100', { exact: true })).toBeVisible();
  await progress.fill('10');
  await progress.press('Enter');
  await drawer.getByRole('button', { name: 'Tambah indikator' }).click();
  await drawer.getByLabel('Nama indikator').fill('Persentase desa terlayani pengangkutan');
  await drawer.getByLabel('Target 2024').fill('60');
  await drawer.getByLabel('Target 2024').blur();
  await expectSaved(page);
  await drawer.getByRole('button', { name: 'Tutup rincian' }).click();
  await expect(drawer).toBeHidden();

  const row = rowOf(page, 'SN-WS-02');
  await expect(row).toContainText('Pengangkutan Sampah Terjadwal');
  await expect(row).toContainText('DLH');
  await expect(row).toContainText('2023–2024');
  await expect(row).toContainText('Rp 1.250.000.000');
  await expect(row.getByRole('checkbox', { name: /Quick win SN-WS-02/ })).toBeChecked();

  // In place: an empty name, a year outside the horizon and a negative budget are refused in the cell.
  await row.getByRole('button', { name: /^Pengangkutan Sampah Terjadwal/ }).click();
  const name = page.getByLabel('Nama program SN-WS-02');
  await name.fill('   ');
  await name.press('Enter');
  await expect(row.getByText('Wajib diisi', { exact: true })).toBeVisible();
  await name.fill('Pengangkutan Sampah Terjadwal Desa');
  await name.press('Enter');
  await expect(row.getByRole('button', { name: /^Pengangkutan Sampah Terjadwal Desa/ })).toBeFocused();

  await row.getByRole('button', { name: /2023–2024/ }).click();
  const years = page.getByLabel('Tahun pelaksanaan SN-WS-02');
  await years.fill('2020, 2023');
  await years.press('Enter');
  await expect(row.getByText('Tahun 2020 di luar horizon rencana 2022–2031')).toBeVisible();
  await years.fill('2023-2025');
  await years.press('Enter');
  await expect(row).toContainText('2023–2025');

  await row.getByRole('button', { name: 'Rp 1.250.000.000' }).click();
  const budget2024 = row.getByLabel('Anggaran 2024');
  await budget2024.fill('-100');
  await budget2024.press('Enter');
  await expect(row.getByText('Tidak boleh negatif', { exact: true })).toBeVisible();
  await budget2024.fill('300 juta');
  await budget2024.press('Enter');
  await expect(row.getByRole('button', { name: 'Rp 1.550.000.000' })).toBeVisible();
  await expectSaved(page);

  // Nothing refused ever reached the core.
  const stored = await storedProgram(page, app.url, workshopId, 'SN-WS-02');
  expect(stored).toMatchObject({
    name: 'Pengangkutan Sampah Terjadwal Desa',
    acronym: 'Angkut Sampah',
    leadOpdId: 'dlh',
    years: [2023, 2024, 2025],
    budget: [
      { year: 2023, amount: 1_250_000_000 },
      { year: 2024, amount: 300_000_000 },
    ],
    funding: [{ sourceId: 'csr', amount: 0 }],
    quickWin: true,
    progress: 10,
    indicators: [{ name: 'Persentase desa terlayani pengangkutan', targets: [{ year: 2024, value: 60 }] }],
  });

  await page.reload();
  await expect(rowOf(page, 'SN-WS-02')).toContainText('Rp 1.550.000.000');
  await rowOf(page, 'SN-WS-02').getByRole('button', { name: /^Rincian SN-WS-02/ }).click();
  const reopened = page.getByRole('dialog', { name: 'Pengangkutan Sampah Terjadwal Desa' });
  await expect(reopened.getByLabel('Akronim')).toHaveValue('Angkut Sampah');
  await expect(reopened.getByLabel('Nama indikator')).toHaveValue('Persentase desa terlayani pengangkutan');
  await expect(reopened.getByLabel('Anggaran 2024')).toHaveValue('300.000.000');
});

test('a program\'s funding split, partners and strategic links are set in the details panel and kept', async ({ page, app }) => {
  const workshopId = await openMatrix(page, app.url);
  await page.setViewportSize({ width: 1366, height: 768 });
  await rowOf(page, 'SG-SV-02').getByRole('button', { name: /^Rincian SG-SV-02/ }).click();
  const drawer = page.getByRole('dialog', { name: /Desaku Tuntas|SG-SV-02/ });
  await expect(drawer).toBeVisible();

  // Funding: the main source first, each with its share; the rest counts under the main source.
  const funding = drawer.getByRole('group', { name: 'Sumber pendanaan' });
  await expect(funding.getByRole('listitem').first()).toContainText('Utama');
  const share = drawer.getByLabel('Porsi Dana Desa / ADD');
  await share.fill('-1');
  await share.blur();
  await expect(funding.getByText('Tidak boleh negatif', { exact: true })).toBeVisible();
  await share.fill('2 miliar');
  await share.press('Enter');
  await expect(funding.getByRole('status')).toContainText('melebihi jumlah anggaran');
  await share.fill('550 juta');
  await share.press('Enter');
  await expect(funding.getByRole('status')).toBeHidden();
  await funding.getByRole('button', { name: 'Jadikan utama' }).click();
  await expect(funding.getByRole('listitem').first()).toContainText('Dana Desa / ADD');
  await drawer.getByLabel('Tambah sumber pendanaan').selectOption({ label: 'CSR / TJSL' });
  await funding.scrollIntoViewIfNeeded();
  await funding.screenshot({ path: path.join(SHOTS, 'program-drawer-funding.png') });
  await funding.getByRole('button', { name: 'Hapus sumber CSR / TJSL' }).click();

  // Partners, one per line.
  await drawer.getByLabel('Mitra pentahelix').fill('Universitas Brawijaya (FILKOM, FT)\nTelkom Indonesia');
  await drawer.getByLabel('Mitra pentahelix').blur();

  // Strategic links: a second mission ticked, a SWOT factor unlinked, a TOWS strategy added as a chip.
  const links = drawer.getByRole('region', { name: 'Keterkaitan strategis' });
  await expect(links.getByRole('checkbox', { name: /^Misi 1/ })).toBeChecked();
  await links.getByRole('checkbox', { name: /^Misi 4/ }).check();
  await links.getByRole('button', { name: 'Lepas tautan W1' }).click();
  await links.getByLabel('Tambah strategi TOWS…').selectOption('t-sg-wt');
  await expect(links.getByRole('listitem')).toHaveCount(3);
  await expectSaved(page);
  await drawer.screenshot({ path: path.join(SHOTS, 'program-drawer-funding-links.png') });
  await page.screenshot({ path: path.join(SHOTS, 'program-drawer-1366.png') });

  const stored = (await callApi<{ workshop: { programs: (StoredProgram & { partners: string[]; missionIds: string[]; swotItemIds: string[]; towsStrategyIds: string[] })[] } }>(page, app.url, 'workshop.open', { workshopId })).workshop.programs.find((p) => p.code === 'SG-SV-02');
  expect(stored).toMatchObject({
    funding: [
      { sourceId: 'dana-desa', amount: 550_000_000 },
      { sourceId: 'apbd-kabkota', amount: 1_300_000_000 },
    ],
    partners: ['Universitas Brawijaya (FILKOM, FT)', 'Telkom Indonesia'],
    missionIds: ['m-governance', 'm-living'],
    swotItemIds: ['s-sg-o1'],
    towsStrategyIds: ['t-sg-wo', 't-sg-wt'],
  });

  await page.reload();
  await rowOf(page, 'SG-SV-02').getByRole('button', { name: /^Rincian SG-SV-02/ }).click();
  await expect(page.getByRole('dialog').getByLabel('Porsi Dana Desa / ADD')).toHaveValue('550.000.000');
});

test('a program is duplicated with the next code, deleted and brought back with Urungkan; a program others point at is deleted only with consent, and comes back whole', async ({ page, app }) => {
  const workshopId = await openMatrix(page, app.url);
  await rowOf(page, 'SG-SV-03').getByRole('button', { name: /^Gandakan SG-SV-03/ }).click();
  await expect(page.getByText('Program SG-SV-04 dibuat sebagai salinan SG-SV-03.')).toBeVisible();
  const copy = rowOf(page, 'SG-SV-04');
  await expect(copy).toContainText('Mal Pelayanan Publik Digital (salinan)');
  await expect(showing(page)).toContainText('Menampilkan 28 dari 28 program');

  await copy.getByRole('button', { name: /^Hapus SG-SV-04/ }).click();
  await expect(copy).toHaveCount(0);
  const toasts = page.getByRole('region', { name: 'Pemberitahuan' });
  const deleted = toasts.locator('.toast').filter({ hasText: 'Program SG-SV-04 "Mal Pelayanan Publik Digital (salinan)" dihapus.' });
  await deleted.getByRole('button', { name: 'Urungkan' }).click();
  await expect(rowOf(page, 'SG-SV-04')).toContainText('Mal Pelayanan Publik Digital (salinan)');

  // A program behind a quick-win candidate and an RPJMD mapping: the app asks first, naming both.
  await rowOf(page, 'SG-SV-01').getByRole('button', { name: /^Hapus SG-SV-01/ }).click();
  const ask = page.getByRole('dialog', { name: 'Hapus program SG-SV-01?' });
  await expect(ask).toContainText('1 kandidat quick win dan 1 pemetaan RPJMD');
  await page.screenshot({ path: 'test-results/program-delete-linked.png' });
  await ask.getByRole('button', { name: 'Batal' }).click();
  await expect(ask).toHaveCount(0);
  await expect(rowOf(page, 'SG-SV-01')).toHaveCount(1);

  await rowOf(page, 'SG-SV-01').getByRole('button', { name: /^Hapus SG-SV-01/ }).click();
  await page.getByRole('dialog', { name: 'Hapus program SG-SV-01?' }).getByRole('button', { name: 'Hapus beserta rujukannya' }).click();
  await expect(rowOf(page, 'SG-SV-01')).toHaveCount(0);
  await expectSaved(page);
  const gone = (await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop;
  expect(gone.quickWins.candidates.some((c) => c.programId === 'prog-sg-sv-01')).toBe(false);
  expect(gone.rpjmdMappings.find((m) => m.id === 'map-dpmptsp-izin')?.programId).toBeNull();
  // One Urungkan brings the program, its candidate and its mapping back.
  await toasts.locator('.toast').filter({ hasText: 'Program SG-SV-01' }).getByRole('button', { name: 'Urungkan' }).click();
  await expect(rowOf(page, 'SG-SV-01')).toHaveCount(1);
  await expectSaved(page);

  await page.reload();
  await expect(rowOf(page, 'SG-SV-04')).toHaveCount(1);
  expect(await storedProgram(page, app.url, workshopId, 'SG-SV-01')).toBeDefined();
  const back = (await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop;
  expect(back.programs).toHaveLength(28);
  expect(back.quickWins.candidates.some((c) => c.programId === 'prog-sg-sv-01')).toBe(true);
  expect(back.rpjmdMappings.find((m) => m.id === 'map-dpmptsp-izin')?.programId).toBe('prog-sg-sv-01');
});

test('the matrix filters, searches and sorts, and the Rupiah totals follow what is shown', async ({ page, app }) => {
  await openMatrix(page, app.url);
  await expect(showing(page)).toContainText('Menampilkan 27 dari 27 program');
  const totals = page.getByRole('region', { name: 'Rekap indikasi anggaran' });
  await expect(totals).toContainText('Jumlah seluruhnya');
  await expect(totals).toContainText('Rp 71.400.000.000');

  const filters = page.getByRole('region', { name: 'Saringan matriks program' });
  await filters.getByLabel('Dimensi').selectOption({ label: 'Smart Environment' });
  await expect(showing(page)).toContainText('Menampilkan 3 dari 27 program');
  await expect(matrix(page).getByRole('row')).toHaveCount(4);
  await expect(totals).toContainText('Rekap untuk 3 program yang tampil (dari 27)');
  await expect(totals.getByRole('region', { name: 'Per dimensi' }).locator('div', { hasText: 'Smart Environment' })).toContainText('Rp 14.550.000.000');
  await filters.getByLabel('Elemen').selectOption({ label: 'Tata Kelola Sampah dan Limbah' });
  await expect(showing(page)).toContainText('Menampilkan 1 dari 27 program');
  await filters.getByRole('button', { name: 'Hapus saringan' }).click();
  await expect(showing(page)).toContainText('Menampilkan 27 dari 27 program');

  await filters.getByLabel('OPD pelaksana').selectOption({ label: 'DLH' });
  await expect(showing(page)).toContainText('Menampilkan 2 dari 27 program');
  await filters.getByLabel('OPD pelaksana').selectOption({ label: 'Semua' });
  await filters.getByLabel('Jangka waktu').selectOption({ label: 'Jangka pendek' });
  await expect(showing(page)).toContainText('Menampilkan 1 dari 27 program');
  await expect(rowOf(page, 'SG-PL-02')).toHaveCount(1);
  await filters.getByLabel('Jangka waktu').selectOption({ label: 'Semua' });
  await filters.getByLabel('Sumber dana').selectOption({ label: 'Belum ada sumber dana' });
  await expect(showing(page)).toContainText('Menampilkan 1 dari 27 program');
  await expect(rowOf(page, 'SL-MB-01')).toHaveCount(1);
  await filters.getByLabel('Sumber dana').selectOption({ label: 'Semua' });
  await filters.getByLabel('Quick win').selectOption({ label: 'Hanya quick win' });
  await expect(showing(page)).toContainText('Menampilkan 6 dari 27 program');
  await filters.getByLabel('Quick win').selectOption({ label: 'Semua' });

  await page.getByRole('searchbox', { name: 'Cari program' }).fill('izin sehari');
  await expect(showing(page)).toContainText('Menampilkan 1 dari 27 program');
  await expect(rowOf(page, 'SG-SV-01')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Cari program' }).fill('');
  await expect(showing(page)).toContainText('Menampilkan 27 dari 27 program');

  const budgetHeader = matrix(page).getByRole('columnheader', { name: /Indikasi anggaran/ });
  await budgetHeader.getByRole('button').click();
  await expect(budgetHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(matrix(page).getByRole('row').nth(1)).toContainText('SG-PL-02');
  await budgetHeader.getByRole('button').click();
  await expect(budgetHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(matrix(page).getByRole('row').nth(1)).toContainText('Rp 11.500.000.000');
  await page.getByRole('button', { name: 'Kembali ke urutan matriks' }).click();
  await expect(matrix(page).getByRole('row').nth(1)).toContainText('SG-SV-01');
});

test('a cell is edited by keyboard alone: Enter opens it, Enter saves, Escape cancels, focus comes back', async ({ page, app }) => {
  const workshopId = await openMatrix(page, app.url);
  const nameCell = rowOf(page, 'SL-MB-01').getByRole('button', { name: /^Lapor Jalan Rusak/ });
  await nameCell.focus();
  await page.keyboard.press('Enter');
  const input = page.getByLabel('Nama program SL-MB-01');
  await expect(input).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Lapor Jalan Berlubang');
  await page.keyboard.press('Escape');
  await expect(nameCell).toBeFocused();
  await expect(nameCell).toContainText('Lapor Jalan Rusak');

  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Lapor Jalan Berlubang');
  await page.keyboard.press('Enter');
  const renamed = rowOf(page, 'SL-MB-01').getByRole('button', { name: /^Lapor Jalan Berlubang/ });
  await expect(renamed).toBeFocused();

  // Tab moves on to the lead OPD cell; a new lead is chosen from the list and saved with Enter.
  await page.keyboard.press('Tab');
  const opdCell = rowOf(page, 'SL-MB-01').getByRole('button', { name: 'DPUPR' });
  await expect(opdCell).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('OPD penanggung jawab SL-MB-01').selectOption({ label: 'Dishub · Dinas Perhubungan' });
  await page.keyboard.press('Enter');
  await expect(rowOf(page, 'SL-MB-01').getByRole('button', { name: 'Dishub' })).toBeFocused();

  // The quick-win box is a plain checkbox: Space ticks it.
  await rowOf(page, 'SL-MB-01').getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await expectSaved(page);
  expect(await storedProgram(page, app.url, workshopId, 'SL-MB-01')).toMatchObject({ name: 'Lapor Jalan Berlubang', leadOpdId: 'dishub', quickWin: true });
});

test('a long matrix shows 50 rows a page, pages with the pager, and the search reaches every program', async ({ page, app }) => {
  const workshopId = await openMatrix(page, app.url);
  let { revision } = (await callApi<{ workshop: { revision: number } }>(page, app.url, 'workshop.open', { workshopId })).workshop;
  for (let n = 1; n <= 40; n += 1) {
    const item = { id: `kelas-${n}`, code: `SS-LR-${n + 10}`, dimensionId: 'smart-society', elementId: 'society-learning', name: `Kelas literasi digital angkatan ${n}` };
    ({ revision } = await callApi<{ revision: number }>(page, app.url, 'workshop.apply', { workshopId, baseRevision: revision, command: { type: 'upsertProgram', item } }));
  }
  await page.reload();
  await expect(showing(page)).toHaveText('Menampilkan 67 dari 67 program');
  const rows = matrix(page).locator('tbody tr[data-program-id]');
  await expect(rows).toHaveCount(50);
  const pager = page.getByRole('navigation', { name: 'Halaman matriks program' });
  await expect(pager).toContainText('Halaman 1 dari 2 · Baris 1–50 dari 67');
  await pager.getByRole('button', { name: /Berikutnya/ }).click();
  await expect(rows).toHaveCount(17);
  await expect(pager).toContainText('Halaman 2 dari 2 · Baris 51–67 dari 67');

  // Another filter starts from the first page again; the search finds a program of any page.
  await page.getByRole('searchbox', { name: 'Cari program' }).fill('literasi digital angkatan');
  await expect(showing(page)).toHaveText('Menampilkan 40 dari 67 program · 40 dari 67 cocok');
  await expect(rows).toHaveCount(40);
  await expect(matrix(page).getByRole('row', { name: /Kelas literasi digital angkatan 40/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari program' }).fill('');
  await expect(rows).toHaveCount(50);
  await expect(pager).toContainText('Halaman 1 dari 2');
});

for (const size of [
  { name: '1366x768', width: 1366, height: 768, projector: false },
  { name: '1920x1080-projector', width: 1920, height: 1080, projector: true },
]) {
  test(`the program matrix and its details panel at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await openMatrix(page, app.url);
    await expectSaved(page);
    const scrollTo = (selector: string) => page.locator(selector).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await scrollTo('.program-matrix');
    await page.screenshot({ path: path.join(SHOTS, `programs-matrix-${size.name}.png`) });

    const row = rowOf(page, 'SG-SV-02');
    await row.getByRole('button', { name: /2022–2026/ }).click();
    await page.getByLabel('Tahun pelaksanaan SG-SV-02').fill('2019–2024');
    await page.getByLabel('Tahun pelaksanaan SG-SV-02').press('Enter');
    await expect(row.getByText('Tahun 2019 di luar horizon rencana 2022–2031')).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `programs-invalid-${size.name}.png`) });
    await page.keyboard.press('Escape');

    await scrollTo('.budget-totals');
    await page.screenshot({ path: path.join(SHOTS, `programs-totals-${size.name}.png`) });

    await rowOf(page, 'SG-SV-01').getByRole('button', { name: /^Rincian SG-SV-01/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Perizinan Daring Satu Hari Tanpa ke Kantor' });
    await expect(drawer).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `programs-drawer-${size.name}.png`) });
    await drawer.getByRole('heading', { name: 'Waktu dan indikasi anggaran' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `programs-drawer-budget-${size.name}.png`) });
  });
}
