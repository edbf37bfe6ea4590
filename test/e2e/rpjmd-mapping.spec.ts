import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';

interface StoredMapping {
  id: string;
  opdId: string | null;
  rpjmdProgram: string;
  renstraProgram: string;
  kegiatan: string;
  subKegiatan: string;
  programId: string | null;
}
interface Opened {
  workshop: { rpjmdMappings: StoredMapping[] };
}

const SHOTS = path.join(import.meta.dirname, 'screenshots');

const openMapping = async (page: Page, url: string): Promise<string> => {
  await page.goto(url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Pemetaan RPJMD\/Renstra/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pemetaan RPJMD/Renstra' })).toBeVisible();
  const match = /#\/lokakarya\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No workshop in ${page.url()}`);
  return match[1];
};

const mappings = async (page: Page, url: string, workshopId: string) => (await callApi<Opened>(page, url, 'workshop.open', { workshopId })).workshop.rpjmdMappings;

test('an OPD programme is mapped by hand, a wrong programme code is refused, and a deleted row comes back with Urungkan', async ({ page, app }) => {
  const workshopId = await openMapping(page, app.url);
  const filter = page.getByLabel('Tampilkan OPD');
  await expect(filter).toHaveValue('');
  await expect(filter.locator('option').first()).toHaveText('Semua OPD (10 baris)');

  await page.getByRole('button', { name: 'Tambah baris' }).click();
  const opd = page.getByLabel('OPD baris 11');
  await expect(opd).toBeFocused();
  await opd.selectOption({ label: 'Dinkes · Dinas Kesehatan' });
  await page.getByLabel('Program RPJMD baris 11').fill('Peningkatan derajat kesehatan masyarakat');
  await page.getByLabel('Program Renstra baris 11').fill('Program Pemenuhan Upaya Kesehatan Perorangan');
  await page.getByLabel('Kegiatan baris 11', { exact: true }).fill('Penyediaan Layanan Kesehatan untuk UKM dan UKP');
  await page.getByLabel('Sub-kegiatan baris 11').fill('Pengelolaan Sistem Informasi Kesehatan');
  const link = page.getByLabel('Program smart city baris 11');
  await link.fill('XX-99');
  await link.blur();
  await expect(page.getByText('Program smart city "XX-99" tidak ditemukan; tulis kodenya, misalnya SG-SV-01')).toBeVisible();
  await link.fill('sl-hl-01');
  await link.press('Enter');
  await expect(page.getByText('Antrean Daring Puskesmas dan RSUD').first()).toBeVisible();
  await expectSaved(page);

  await filter.selectOption({ label: 'Dinkes (2 baris)' });
  await expect(page.getByRole('table', { name: 'Program RPJMD/Renstra per OPD' }).getByRole('row')).toHaveCount(3);
  await filter.selectOption({ label: 'Semua OPD (11 baris)' });

  const stored = (await mappings(page, app.url, workshopId)).at(-1);
  expect(stored).toMatchObject({
    opdId: 'dinkes',
    rpjmdProgram: 'Peningkatan derajat kesehatan masyarakat',
    renstraProgram: 'Program Pemenuhan Upaya Kesehatan Perorangan',
    kegiatan: 'Penyediaan Layanan Kesehatan untuk UKM dan UKP',
    subKegiatan: 'Pengelolaan Sistem Informasi Kesehatan',
    programId: 'prog-sl-hl-01',
  });

  await page.getByRole('button', { name: 'Hapus baris 11' }).click();
  await expect(page.getByLabel('OPD baris 11')).toHaveCount(0);
  await page.getByRole('region', { name: 'Pemberitahuan' }).locator('.toast').filter({ hasText: 'Baris pemetaan dihapus.' }).getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByLabel('Program RPJMD baris 11')).toHaveValue('Peningkatan derajat kesehatan masyarakat');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel('OPD baris 11')).toHaveValue('dinkes');
  await expect(page.getByLabel('Program smart city baris 11')).toHaveValue('SL-HL-01');
  expect(await mappings(page, app.url, workshopId)).toHaveLength(11);
});

test('rows pasted from a spreadsheet are previewed with their problems, and only the valid ones are added when confirmed', async ({ page, app }) => {
  const workshopId = await openMapping(page, app.url);
  const pasted = [
    'OPD\tProgram RPJMD\tProgram Renstra\tKegiatan\tSub-kegiatan\tProgram smart city',
    'Dinsos\tPerlindungan sosial\tProgram Rehabilitasi Sosial\tRehabilitasi Sosial Dasar\tPendataan PMKS\tSS-CM-01',
    'Dinas Antah Berantah\tProgram X',
    'Dishub\tKonektivitas wilayah\tProgram Penyelenggaraan Lalu Lintas\tManajemen Lalu Lintas\t"Penyediaan Perlengkapan Jalan; ATCS"\t',
    'BPBD\t\t\t\t\tSN-EN-99',
  ].join('\n');
  const box = page.getByRole('textbox', { name: 'Baris yang ditempel' });
  await box.fill(pasted);
  const preview = page.getByRole('table', { name: 'Pratinjau baris yang ditempel' });
  await expect(page.getByText('2 baris siap ditambahkan, 2 baris bermasalah.')).toBeVisible();
  await expect(page.getByText('Baris pertama dibaca sebagai judul kolom dan dilewati.')).toBeVisible();
  await expect(preview.getByText('Siap ditambahkan')).toHaveCount(2);
  await expect(preview.getByText('Baris 3: OPD "Dinas Antah Berantah" tidak dikenal; tulis singkatan atau nama OPD dari daftar OPD lokakarya')).toBeVisible();
  await expect(preview.getByText('Baris 5: isi minimal program RPJMD, program Renstra, kegiatan atau sub-kegiatan')).toBeVisible();

  // Nothing is stored before the facilitator confirms.
  expect(await mappings(page, app.url, workshopId)).toHaveLength(10);

  await page.getByRole('button', { name: 'Tambahkan 2 baris' }).click();
  await expect(page.getByText('2 baris pemetaan ditambahkan.')).toBeVisible();
  // The rows with problems stay in the box to be corrected.
  await expect(box).toHaveValue('Dinas Antah Berantah\tProgram X\nBPBD\t\t\t\t\tSN-EN-99');
  await expect(page.getByText('0 baris siap ditambahkan, 2 baris bermasalah.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tambahkan 0 baris' })).toBeDisabled();
  await expectSaved(page);

  const stored = await mappings(page, app.url, workshopId);
  expect(stored).toHaveLength(12);
  expect(stored.slice(-2)).toMatchObject([
    { opdId: 'dinsos', rpjmdProgram: 'Perlindungan sosial', programId: 'prog-ss-cm-01' },
    { opdId: 'dishub', subKegiatan: 'Penyediaan Perlengkapan Jalan; ATCS', programId: null },
  ]);

  // Pasting the same rows again is refused row by row, so nothing is doubled.
  await box.fill(pasted.split('\n').slice(0, 2).join('\n'));
  await expect(preview.getByText('Baris 2: sama dengan pemetaan yang sudah ada')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Tampilkan OPD').locator('option').first()).toHaveText('Semua OPD (12 baris)');
  await expect(page.getByLabel('Sub-kegiatan baris 12')).toHaveValue('Penyediaan Perlengkapan Jalan; ATCS');
});

for (const size of [
  { name: '1366x768', width: 1366, height: 768, projector: false },
  { name: '1920x1080-projector', width: 1920, height: 1080, projector: true },
]) {
  test(`the RPJMD/Renstra mapping worksheet at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await openMapping(page, app.url);
    await expectSaved(page);
    await page.locator('.mapping-card').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SHOTS, `rpjmd-mapping-table-${size.name}.png`) });
    await page.getByRole('textbox', { name: 'Baris yang ditempel' }).fill('Diskominfo\tTata kelola SPBE\tProgram Aplikasi Informatika\tPengelolaan e-Government\t\tSG-BR-01\nDinas Antah\tProgram X');
    await expect(page.getByText(/baris siap ditambahkan/)).toBeVisible();
    await page.locator('.paste-import').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SHOTS, `rpjmd-mapping-paste-${size.name}.png`) });
  });
}
