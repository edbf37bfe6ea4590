import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, test } from './support/fixtures';
import { SIZES } from './support/viewports';

/** Kept outside test-results/, which Playwright empties on every run. */
const SHOTS = path.join(import.meta.dirname, 'screenshots');

const newWorkshop = (page: Page, baseUrl: string) =>
  callApi<{ id: string }>(page, baseUrl, 'workshops.create', { title: 'Bimtek Smart City Kabupaten Contoh', regionName: 'Kabupaten Contoh', regionKind: 'kabupaten' });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });

test('the session timer of a worksheet starts, pauses, survives a reload, and says so only when the time is up', async ({ page, app }) => {
  // The page's clock is ours: minutes pass in an instant and nothing waits on real time.
  await page.clock.install({ time: new Date('2026-03-10T09:00:00+07:00') });
  await page.clock.pauseAt(new Date('2026-03-10T09:00:01+07:00'));
  const { id } = await newWorkshop(page, app.url);
  await page.goto(`${app.url}/#/lokakarya/${id}/kesiapan`);
  const timer = page.getByRole('group', { name: 'Timer Analisis Kesiapan' });
  const clock = timer.getByRole('timer');
  const announcement = timer.getByRole('alert');
  await expect(clock).toHaveText('Sisa waktu 1:30:00');

  await timer.getByRole('button', { name: 'Ubah durasi sesi (90 menit)' }).click();
  const duration = page.getByRole('dialog', { name: 'Durasi sesi Analisis Kesiapan' });
  const minutes = duration.getByLabel('Durasi (menit)');
  await minutes.fill('0');
  await duration.getByRole('button', { name: 'Simpan' }).click();
  await expect(duration.getByText('Paling sedikit 1 menit', { exact: true })).toBeVisible();
  await minutes.fill('lima');
  await minutes.press('Enter');
  await expect(duration.getByText('Durasi harus berupa angka (menit)')).toBeVisible();
  await minutes.fill('2');
  await minutes.press('Enter');
  await expect(duration).toBeHidden();
  await expect(clock).toHaveText('Sisa waktu 02:00');

  await timer.getByRole('button', { name: 'Mulai timer' }).click();
  await page.clock.runFor(30_000);
  await expect(clock).toHaveText('Sisa waktu 01:30');
  await expect(announcement).toHaveText('');
  await timer.getByRole('button', { name: 'Jeda timer' }).click();
  await page.clock.runFor(60_000);
  await expect(clock).toHaveText('Sisa waktu 01:30');

  await page.reload();
  await expect(clock).toHaveText('Sisa waktu 01:30');
  // Each worksheet has its own timer.
  await nav(page).getByRole('link', { name: /Isu Daerah per Dimensi/ }).click();
  await expect(page.getByRole('group', { name: 'Timer Isu Daerah per Dimensi' }).getByRole('timer')).toHaveText('Sisa waktu 1:00:00');
  await nav(page).getByRole('link', { name: /Analisis Kesiapan/ }).click();
  await expect(clock).toHaveText('Sisa waktu 01:30');

  await timer.getByRole('button', { name: 'Lanjutkan timer' }).click();
  await page.clock.runFor(80_000);
  await expect(announcement).toHaveText('');
  await page.clock.runFor(12_000);
  await expect(announcement).toHaveText('Waktu untuk Analisis Kesiapan habis.');
  await expect(clock).toHaveText(/^Waktu habis, lewat \+00:0\d$/);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: path.join(SHOTS, 'facilitator-timer-over-1366x768.png'), clip: { x: 0, y: 0, width: 1366, height: 200 } });

  await timer.getByRole('button', { name: 'Atur ulang timer' }).click();
  await expect(clock).toHaveText('Sisa waktu 02:00');
  await expect(announcement).toHaveText('');
});

// Presentasikan now opens the read-only stage views: test/e2e/stage.spec.ts walks them.

test('the progress panel lists what each stage still misses and leads to the worksheet concerned', async ({ page, app }) => {
  const { id } = await newWorkshop(page, app.url);
  await page.goto(`${app.url}/#/lokakarya/${id}/profil`);
  await page.getByRole('button', { name: 'Lihat kemajuan' }).click();
  const panel = page.getByRole('dialog', { name: 'Kemajuan lokakarya' });
  const tahapOne = panel.getByRole('region', { name: 'Tahap I · Analisis Strategis & Kesiapan' });
  await expect(tahapOne.getByText('Suprastruktur belum memiliki item')).toBeVisible();
  await expect(tahapOne.getByText('Smart Branding belum memiliki isu')).toBeVisible();
  const tahapThree = panel.getByRole('region', { name: /^Tahap III/ });
  await expect(tahapThree.getByText('Belum ada quick win untuk Smart Branding')).toBeVisible();
  await expect(panel.getByRole('link', { name: /Data Rujukan.*Lengkap/ })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'facilitator-progress-1366x768.png') });

  await tahapOne.getByRole('link', { name: /Analisis Kesiapan/ }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Analisis Kesiapan' })).toBeVisible();
});

for (const size of SIZES) {
  test(`the facilitator tools on the demo at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
    await nav(page).getByRole('link', { name: /Quick Win/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Quick Win' })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `facilitator-workshop-${size.name}.png`) });
    await page.getByRole('button', { name: 'Lihat kemajuan' }).click();
    await expect(page.getByRole('dialog', { name: 'Kemajuan lokakarya' })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `facilitator-progress-demo-${size.name}.png`) });
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Presentasikan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Quick Win: Dampak dan Upaya' })).toBeVisible();
    await expect(nav(page)).toBeHidden();
    await page.screenshot({ path: path.join(SHOTS, `facilitator-presenting-${size.name}.png`) });
  });
}
