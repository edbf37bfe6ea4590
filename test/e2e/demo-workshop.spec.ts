import { DEMO_TITLE, expect, test } from './support/fixtures';

test('the demo workshop opens from the home screen and shows its profile and programs', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();

  const demo = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: DEMO_TITLE }) });
  await expect(demo).toContainText('Kabupaten Malang');
  await expect(demo).toContainText('27 program');
  await demo.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Profil Daerah & Horizon Rencana' })).toBeVisible();
  await expect(page.getByLabel('Nama daerah')).toHaveValue('Kabupaten Malang');
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Timur');
  await expect(page.getByLabel('Jumlah penduduk (jiwa)')).toHaveValue('2.654.448');
  await expect(page.getByRole('radio', { name: 'Kabupaten' })).toBeChecked();

  const nav = page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });
  await expect(nav.getByText('Tahap IV · Finalisasi & Komitmen')).toBeVisible();
  await nav.getByRole('link', { name: /Matriks Program/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Matriks Program' })).toBeVisible();
  const programs = page.getByRole('table');
  await expect(programs.getByRole('row')).toHaveCount(28);
  const izin = programs.getByRole('row', { name: /Perizinan Daring Satu Hari Tanpa ke Kantor/ });
  await expect(izin).toContainText('SG-SV-01');
  // One line per program: the dimension's code and the element beside the name (the header reads "dimensi, elemen"), the full names in the tooltips.
  await expect(programs.getByRole('columnheader', { name: /Program · dimensi, elemen/ })).toBeVisible();
  await expect(izin).toContainText('SG Pelayanan Publik');
  await expect(izin.locator('abbr.dimension-tag')).toHaveAttribute('title', 'Smart Governance');
  await expect(izin.getByRole('rowheader').locator('[title]').first()).toHaveAttribute('title', /Smart Governance · Pelayanan Publik/);
});

test('every worksheet shows what the demo workshop holds for it', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  const nav = page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });
  const expectations: [string, RegExp][] = [
    ['Analisis Kesiapan', /Struktur/],
    ['Isu Daerah per Dimensi', /Smart Governance/],
    ['SWOT & TOWS', /Strategi TOWS/],
    ['Visi, Misi & Tujuan', /Smart Regency/],
    ['Peta Jalan', /Peta jalan 2022–2031/],
    ['Quick Win', /Terpilih/],
    ['Lembar Komitmen', /HM Sanusi/],
  ];
  for (const [worksheet, content] of expectations) {
    await nav.getByRole('link', { name: worksheet, exact: false }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: worksheet })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(content);
  }
});
