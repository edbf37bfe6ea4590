import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startAppServer } from './support/app-server';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';

/*
 * An OPD head drafts offline from a hand-off package: the facilitator saves a package for
 * Diskominfo, the OPD head opens it in their own copy of the app (another data folder), writes, and
 * sends it back; the facilitator reviews it (their own edit of the same section meanwhile is a
 * conflict shown side by side), combines both and merges.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');
const THEIRS = 'Diskominfo menambahkan survei kematangan SPBE 2024 sebagai dasar metodologi.';
const OURS = 'Fasilitator: hasil FGD hari kedua dimasukkan ke metodologi.';

interface Stored {
  workshop: { sections: { id: string; content: unknown }[] };
}

const openSection = async (page: Page, title: string) => {
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Bagian Naskah/ }).click();
  await page.getByRole('button', { name: `Sunting bagian ${title}` }).click();
  return page.getByRole('textbox', { name: 'Isi bagian' });
};

const appendText = async (page: Page, box: ReturnType<Page['getByRole']>, text: string) => {
  await box.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await expectSaved(page);
};

const handoffMenu = async (page: Page, item: string) => {
  await page.getByRole('banner').getByRole('button', { name: 'Paket OPD' }).click();
  await page.getByRole('button', { name: item }).click();
};

test('a package for an OPD goes out, is drafted in another copy of the app, comes back, and is merged with a conflict combined', async ({ page, app, browser }) => {
  test.slow();
  const files = await mkdtemp(path.join(os.tmpdir(), 'masterplan-paket-'));
  const headDir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-opd-'));
  const headApp = await startAppServer(headDir);
  try {
    // The facilitator saves Diskominfo's package.
    await page.goto(app.url);
    await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
    const workshopId = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1] ?? '';
    await handoffMenu(page, 'Paket untuk OPD');
    const exportDialog = page.getByRole('dialog', { name: 'Paket untuk OPD' });
    await exportDialog.getByLabel('OPD').selectOption({ label: 'Diskominfo · Dinas Komunikasi dan Informatika (9 bagian, 5 program)' });
    const outgoing = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Simpan paket' }).click();
    const packagePath = path.join(files, 'paket-diskominfo.paketopd');
    await (await outgoing).saveAs(packagePath);

    // The OPD head opens it in their own app and drafts their section.
    const head = await (await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' })).newPage();
    await head.goto(headApp.url);
    await head.getByRole('button', { name: 'Buka paket dari fasilitator' }).click();
    await head.getByRole('dialog').getByLabel('Berkas paket (.paketopd)').setInputFiles(packagePath);
    await expect(head.getByRole('heading', { level: 1, name: 'Bagian Naskah Masterplan' })).toBeVisible();
    await expect(head.getByRole('banner')).toContainText('Diskominfo');
    await appendText(head, await openSection(head, 'Metodologi'), THEIRS);
    await handoffMenu(head, 'Kirim kembali ke fasilitator');
    const returnDialog = head.getByRole('dialog', { name: 'Kirim kembali ke fasilitator' });
    await returnDialog.getByLabel('Nama penyusun').fill('Sari Dewi');
    const returning = head.waitForEvent('download');
    await returnDialog.getByRole('button', { name: 'Simpan paket kembalian' }).click();
    const returnPath = path.join(files, 'kembalian-diskominfo.paketopd');
    await (await returning).saveAs(returnPath);

    // Meanwhile the facilitator changed the same section: a conflict, shown side by side.
    await appendText(page, await openSection(page, 'Metodologi'), OURS);
    await handoffMenu(page, 'Tinjau paket dari OPD');
    const review = page.getByRole('dialog', { name: 'Tinjau paket dari OPD' });
    await review.getByLabel('Berkas paket kembalian (.paketopd)').setInputFiles(returnPath);
    const change = review.getByRole('listitem').filter({ hasText: 'Metodologi' });
    await expect(change).toContainText('Konflik: fasilitator juga mengubahnya');
    await expect(change).toContainText(THEIRS);
    await expect(change).toContainText(OURS);
    await expect(review.getByRole('button', { name: 'Gabungkan' })).toBeDisabled();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: path.join(SHOTS, 'share-handoff-review.png') });
    await change.getByRole('radio', { name: 'Gabungkan keduanya' }).check();
    await review.getByRole('button', { name: 'Gabungkan', exact: true }).click();
    await expect(review).toBeHidden();

    // The open editor shows the merged text; the stored workshop holds both.
    const editor = page.getByRole('textbox', { name: 'Isi bagian' });
    await expect(editor).toContainText(THEIRS);
    await expect(editor).toContainText(OURS);
    const stored = await callApi<Stored>(page, app.url, 'workshop.open', { workshopId });
    const text = JSON.stringify(stored.workshop.sections.find((s) => s.id === 'sec-metode')?.content);
    expect(text).toContain(THEIRS);
    expect(text).toContain(OURS);
  } finally {
    await headApp.stop();
    await rm(files, { recursive: true, force: true });
    await rm(headDir, { recursive: true, force: true });
  }
});
