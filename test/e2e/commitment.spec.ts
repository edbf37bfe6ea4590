import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';
import { SIZES, scrollWorksheetTo } from './support/viewports';

/** Kept outside test-results/, which Playwright empties on every run. */
const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Stored {
  workshop: {
    commitment: {
      place: string;
      date: string | null;
      statement: string;
      entries: { id: string; opdId: string | null; headTitle: string; headName: string; commitment: string }[];
      reviewChecklist: { chapterKey: string; reviewed: boolean; note: string }[];
    };
  };
}

const openDemoCommitment = async (page: Page, baseUrl: string): Promise<string> => {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Lembar Komitmen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lembar Komitmen' })).toBeVisible();
  const id = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop in ${page.url()}`);
  return id;
};

const stored = (page: Page, baseUrl: string, workshopId: string) => callApi<Stored>(page, baseUrl, 'workshop.open', { workshopId });

test('the commitment sheet is filled in, a line is added, deleted and brought back, and it is all there after a reload', async ({ page, app }) => {
  test.slow();
  const workshopId = await openDemoCommitment(page, app.url);

  await page.getByLabel('Tempat').fill('Kepanjen');
  await page.getByLabel('Tempat').press('Enter');
  // The date is typed day first, whatever the operating system's locale; a year far off is refused in place and never stored.
  const date = page.getByLabel('Tanggal');
  await expect(date).toHaveAttribute('placeholder', 'HH/BB/TTTT');
  await date.fill('01/05/1999');
  await date.blur();
  await expect(page.getByText('Tahun penandatanganan harus antara 2000 dan 2100')).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await date.fill('20/11/2026');
  await date.press('Enter');
  await expect(page.getByText('Tahun penandatanganan harus antara 2000 dan 2100')).toBeHidden();
  await page.getByLabel('Pernyataan komitmen').fill('Kami berkomitmen melaksanakan Masterplan Smart Regency Kabupaten Malang.');
  await page.getByLabel('Pernyataan komitmen').blur();

  // A new line takes the focus on its OPD; picking the OPD suggests the head's title.
  await page.getByRole('button', { name: 'Tambah baris komitmen' }).click();
  const opd = page.getByLabel('OPD baris 12');
  await expect(opd).toBeFocused();
  await opd.selectOption({ label: 'Dinkes · Dinas Kesehatan' });
  await expect(page.getByText('OPD ini sudah ada di baris lain').first()).toBeVisible();
  await opd.selectOption({ label: 'Dishub · Dinas Perhubungan' });
  await expect(page.getByText('OPD ini sudah ada di baris lain')).toHaveCount(0);
  await expect(page.getByLabel('Jabatan kepala baris 12')).toHaveValue('Kepala Dishub');
  await page.getByLabel('Nama kepala baris 12').fill('Agung Wicaksono');
  await page.getByLabel('Komitmen baris 12').fill('Menyiapkan data angkutan desa untuk peta mobilitas daring.');
  await page.getByLabel('Komitmen baris 12').blur();

  // Deleting a line can be taken back.
  await page.getByRole('button', { name: 'Hapus baris komitmen 11' }).click();
  await expect(page.getByLabel('Nama kepala baris 11')).toHaveValue('Agung Wicaksono');
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByLabel('Nama kepala baris 12')).toHaveValue('Agung Wicaksono');

  // The printed sheet follows what was typed.
  const preview = page.locator('.commitment-preview');
  await expect(preview).toContainText('Kepanjen, 20 November 2026');
  await expect(preview.getByRole('row', { name: /Dinas Perhubungan/ })).toContainText('Agung Wicaksono');
  await expectSaved(page);

  const { commitment } = (await stored(page, app.url, workshopId)).workshop;
  expect(commitment).toMatchObject({ place: 'Kepanjen', date: '2026-11-20', statement: 'Kami berkomitmen melaksanakan Masterplan Smart Regency Kabupaten Malang.' });
  expect(commitment.entries).toHaveLength(12);
  expect(commitment.entries.at(-1)).toMatchObject({ opdId: 'dishub', headTitle: 'Kepala Dishub', headName: 'Agung Wicaksono', commitment: 'Menyiapkan data angkutan desa untuk peta mobilitas daring.' });
  expect(commitment.entries.at(-2)?.opdId).toBe('dlh');

  // The core refuses a date that is not written as TTTT-BB-HH.
  const revision = (await callApi<{ workshop: { revision: number } }>(page, app.url, 'workshop.open', { workshopId })).workshop.revision;
  const refused = await page.request.post(`${app.url}/api/workshop.apply`, {
    data: { workshopId, baseRevision: revision, command: { type: 'setCommitmentDetails', details: { place: 'Kepanjen', date: '20/11/2026', statement: '' } } },
  });
  expect(refused.status()).toBe(400);
  expect(JSON.stringify(await refused.json())).toContain('Tanggal berformat TTTT-BB-HH');

  await page.reload();
  await expect(page.getByLabel('Tempat')).toHaveValue('Kepanjen');
  await expect(page.getByLabel('Tanggal')).toHaveValue('20/11/2026');
  await expect(page.getByLabel('OPD baris 12')).toHaveValue('dishub');
  await expect(page.getByLabel('Komitmen baris 12')).toHaveValue('Menyiapkan data angkutan desa untuk peta mobilitas daring.');
});

test('the chapter review checklist works with the keyboard alone and keeps its notes', async ({ page, app }) => {
  const workshopId = await openDemoCommitment(page, app.url);
  const review = page.getByRole('table', { name: 'Reviu bab per bab' });
  await expect(page.getByText('4 dari 11 bab sudah direviu')).toBeVisible();
  await expect(review.getByRole('row', { name: /BAB I Pendahuluan/ })).toContainText('bagian final');

  const bab5 = review.getByRole('checkbox', { name: 'BAB V Strategi Pembangunan Smart City sudah direviu' });
  await bab5.focus();
  await page.keyboard.press('Space');
  await expect(bab5).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(review.getByRole('textbox', { name: 'Catatan reviu BAB V Strategi Pembangunan Smart City' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Strategi Smart Environment sudah disepakati forum.');
  await page.keyboard.press('Tab');
  await expect(page.getByText('5 dari 11 bab sudah direviu')).toBeVisible();
  await expectSaved(page);

  const lines = (await stored(page, app.url, workshopId)).workshop.commitment.reviewChecklist;
  expect(lines.find((l) => l.chapterKey === 'bab5')).toEqual({ chapterKey: 'bab5', reviewed: true, note: 'Strategi Smart Environment sudah disepakati forum.' });
  // Every printed chapter has its line, the optional ones included.
  expect(lines.map((l) => l.chapterKey)).toEqual(['bab1', 'bab2', 'bab3', 'bab4', 'bab5', 'bab6', 'bab7', 'bab8', 'opsi-infrastruktur-pendukung', 'opsi-pola-penganggaran', 'penutup']);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'BAB V Strategi Pembangunan Smart City sudah direviu' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Catatan reviu BAB V Strategi Pembangunan Smart City' })).toHaveValue('Strategi Smart Environment sudah disepakati forum.');
});

test('"Cetak" prints only the sheet, with a signature line for every OPD and for the regional head', async ({ page, app }) => {
  await openDemoCommitment(page, app.url);
  // The print dialog itself is the browser's; what matters is that it is asked for and what it would print.
  await page.evaluate(() => {
    const w = window as Window & { printed?: number };
    w.printed = 0;
    w.print = () => {
      w.printed = (w.printed ?? 0) + 1;
    };
  });
  await page.getByRole('button', { name: 'Cetak lembar komitmen' }).click();
  expect(await page.evaluate(() => (window as Window & { printed?: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.commitment-print-root');
  await expect(sheet).toBeVisible();
  await expect(page.getByRole('main')).toBeHidden();
  await expect(sheet.getByRole('heading', { name: 'Lembar Komitmen Bersama' })).toBeVisible();
  await expect(sheet.locator('.sheet-signature-line')).toHaveCount(11);
  await expect(sheet).toContainText('Mengetahui,');
  await expect(sheet).toContainText('HM Sanusi');
  await page.screenshot({ path: path.join(SHOTS, 'commitment-print-1366x768.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('main')).toBeVisible();
});

for (const size of SIZES) {
  test(`the demo commitment worksheet at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await openDemoCommitment(page, app.url);
    await expect(page.getByLabel('Tempat')).toHaveValue('Malang');
    await page.screenshot({ path: path.join(SHOTS, `commitment-${size.name}.png`) });
    await scrollWorksheetTo(page.getByRole('heading', { name: 'Komitmen per OPD' }));
    await page.screenshot({ path: path.join(SHOTS, `commitment-entries-${size.name}.png`) });
    await scrollWorksheetTo(page.getByRole('heading', { name: 'Lembar cetak' }));
    await page.screenshot({ path: path.join(SHOTS, `commitment-sheet-${size.name}.png`) });
    await scrollWorksheetTo(page.getByRole('heading', { name: 'Reviu bab per bab' }));
    await page.screenshot({ path: path.join(SHOTS, `commitment-review-${size.name}.png`) });
  });
}
