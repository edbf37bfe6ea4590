import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';
import { SIZES, scrollWorksheetTo } from './support/viewports';

/** Kept outside test-results/, which Playwright empties on every run. */
const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Stored {
  workshop: {
    sections: { id: string; outlineKey: string; title: string; ownerOpdId: string | null; status: string; content: { content: { content?: { text?: string }[] }[] } }[];
  };
}

const openDemoSections = async (page: Page, baseUrl: string): Promise<string> => {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Bagian Naskah/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bagian Naskah Masterplan' })).toBeVisible();
  const id = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop in ${page.url()}`);
  return id;
};

const sectionsTable = (page: Page) => page.getByRole('table', { name: 'Bagian naskah', exact: true });

test('an outline section is created with "Buat bagian", given an owner, a status and text, and is all there after a reload', async ({ page, app }) => {
  test.slow();
  const workshopId = await openDemoSections(page, app.url);
  const table = sectionsTable(page);
  await expect(table.getByRole('row', { name: /Latar Belakang/ })).toContainText('Bappeda');
  await expect(table.getByRole('row', { name: /Latar Belakang/ })).toContainText('Final');
  await expect(table.getByRole('row', { name: /Ringkasan Eksekutif/ })).toContainText('Belum dibuat');

  await page.getByRole('button', { name: 'Buat bagian Ringkasan Eksekutif' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ringkasan Eksekutif' })).toBeFocused();
  await expect(page.getByText('Kerangka: Bagian Awal')).toBeVisible();
  await page.getByLabel('OPD penyusun').selectOption({ label: 'Bappeda · Badan Perencanaan Pembangunan Daerah' });
  await page.getByRole('radio', { name: 'Direviu' }).check();
  const content = page.getByRole('textbox', { name: 'Isi bagian' });
  await content.click();
  await page.keyboard.type('Masterplan Smart Regency memuat 27 program pada enam dimensi.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+8');
  await page.keyboard.type('Bappeda');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Diskominfo');

  // An emptied title is refused with a message and never stored.
  const title = page.getByLabel('Judul bagian');
  await title.fill('');
  await title.blur();
  await expect(page.getByText('Wajib diisi', { exact: true })).toBeVisible();
  await title.fill('Ringkasan Eksekutif Masterplan');
  await title.blur();
  await expect(page.getByText('Wajib diisi', { exact: true })).toBeHidden();

  await page.getByRole('button', { name: 'Kembali ke daftar bagian' }).click();
  const row = table.getByRole('row', { name: /Ringkasan Eksekutif Masterplan/ });
  await expect(row).toContainText('Bappeda');
  await expect(row).toContainText('Direviu');
  await expect(row.getByRole('button', { name: 'Sunting bagian Ringkasan Eksekutif Masterplan' })).toBeFocused();
  await expectSaved(page);

  const { workshop } = await callApi<Stored>(page, app.url, 'workshop.open', { workshopId });
  const created = workshop.sections.find((s) => s.outlineKey === 'ringkasan-eksekutif');
  expect(created).toMatchObject({ title: 'Ringkasan Eksekutif Masterplan', ownerOpdId: 'bappeda', status: 'review' });
  expect(JSON.stringify(created?.content)).toContain('"type":"bulletList"');
  expect(JSON.stringify(created?.content)).toContain('Masterplan Smart Regency memuat 27 program pada enam dimensi.');

  await page.reload();
  await expect(sectionsTable(page).getByRole('row', { name: /Ringkasan Eksekutif Masterplan/ })).toContainText('Direviu');
  await page.getByRole('button', { name: 'Sunting bagian Ringkasan Eksekutif Masterplan' }).click();
  await expect(page.getByRole('textbox', { name: 'Isi bagian' }).getByRole('listitem')).toHaveText(['Bappeda', 'Diskominfo']);

  // The core refuses the same bad input: a section without a title, or with a status it does not know.
  const opened = await callApi<{ workshop: { revision: number } }>(page, app.url, 'workshop.open', { workshopId });
  for (const item of [
    { ...created, title: '   ' },
    { ...created, status: 'selesai' },
  ]) {
    const refused = await page.request.post(`${app.url}/api/workshop.apply`, { data: { workshopId, baseRevision: opened.workshop.revision, command: { type: 'upsertSection', item } } });
    expect(refused.status()).toBe(400);
  }
});

test('the list filters by status and owner OPD, and a deleted section comes back with "Urungkan"', async ({ page, app }) => {
  await openDemoSections(page, app.url);
  const table = sectionsTable(page);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Final' });
  await expect(page.getByText(/^Menampilkan 2 dari \d+ bagian\.$/)).toBeVisible();
  await expect(table.getByRole('button', { name: /^Buat bagian/ })).toHaveCount(0);
  await expect(table.getByText('Draf', { exact: true })).toHaveCount(0);

  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Semua status' });
  await page.getByLabel('OPD penyusun').selectOption({ label: 'Diskominfo · Dinas Komunikasi dan Informatika' });
  await expect(table.getByRole('row', { name: /Kondisi TIK dan Inovasi yang Ada/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Latar Belakang/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Tampilkan semua' }).click();
  await expect(table.getByRole('row', { name: /Latar Belakang/ })).toBeVisible();

  await page.getByRole('button', { name: 'Sunting bagian Pusat Data' }).click();
  await page.getByRole('button', { name: 'Hapus bagian' }).click();
  await expect(table.getByRole('row', { name: /^Pusat Data/ })).toContainText('Belum dibuat');
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(table.getByRole('row', { name: /^Pusat Data/ })).toContainText('Diskominfo');
  await expectSaved(page);
});

test('"OPD saya" lists one office’s sections and programs, and remembers the office after a reload', async ({ page, app }) => {
  await openDemoSections(page, app.url);
  // The tabs work with the arrow keys.
  await page.getByRole('tab', { name: 'Semua bagian' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'OPD saya' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Pilih OPD Anda untuk melihat bagian naskah dan program')).toBeVisible();

  await page.getByLabel('Pilih OPD Anda').selectOption({ label: 'Diskominfo · Dinas Komunikasi dan Informatika' });
  const sections = page.getByRole('table', { name: /^Bagian naskah Diskominfo/ });
  await expect(sections.getByRole('row', { name: /Kondisi TIK dan Inovasi yang Ada/ })).toBeVisible();
  await expect(sections.getByRole('row', { name: /Latar Belakang/ })).toHaveCount(0);
  const programs = page.getByRole('table', { name: /^Program yang dipimpin Diskominfo/ });
  await expect(programs.getByRole('row', { name: /E-Office dan Tanda Tangan Elektronik/ })).toContainText('SG-BR-01');
  await expect(programs.getByRole('row', { name: /E-Office dan Tanda Tangan Elektronik/ })).toContainText('Rp 1.200.000.000');
  await expect(programs.getByRole('row', { name: 'Jumlah' })).toContainText('Rp 17.350.000.000');

  await page.reload();
  await page.getByRole('tab', { name: 'OPD saya' }).click();
  await expect(page.getByLabel('Pilih OPD Anda')).toHaveValue('diskominfo');
  await expect(page.getByRole('table', { name: /^Program yang dipimpin Diskominfo/ })).toBeVisible();
});

for (const size of SIZES) {
  test(`the demo sections worksheet at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await openDemoSections(page, app.url);
    await expect(sectionsTable(page)).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `sections-${size.name}.png`) });
    await page.getByRole('button', { name: 'Sunting bagian Latar Belakang' }).click();
    await expect(page.getByRole('textbox', { name: 'Isi bagian' })).toContainText('Kabupaten Malang');
    await page.screenshot({ path: path.join(SHOTS, `sections-editor-${size.name}.png`) });
    await page.getByRole('button', { name: 'Kembali ke daftar bagian' }).click();
    await page.getByRole('tab', { name: 'OPD saya' }).click();
    await page.getByLabel('Pilih OPD Anda').selectOption('diskominfo');
    await scrollWorksheetTo(page.getByRole('table', { name: /^Program yang dipimpin Diskominfo/ }));
    await page.screenshot({ path: path.join(SHOTS, `sections-my-opd-${size.name}.png`) });
  });
}
