import { startAppServer } from './support/app-server';
import { expect, expectSaved, saveStatus, test } from './support/fixtures';

test('acknowledged edits survive the server being killed, and the app recovers when it comes back', async ({ page, dataDir }) => {
  let server = await startAppServer(dataDir);
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Lokakarya baru' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Buat lokakarya baru' });
    await dialog.getByLabel('Judul lokakarya').fill('Bimtek Ketahanan Data');
    await dialog.getByLabel('Nama kabupaten/kota').fill('Kabupaten Sleman');
    await dialog.getByRole('button', { name: 'Buat lokakarya' }).click();

    const population = page.getByLabel('Jumlah penduduk (jiwa)');
    await population.fill('1.125.804');
    await population.press('Enter');
    await expectSaved(page);

    // A crash: no flush, no goodbye.
    await server.kill();

    const province = page.getByLabel('Provinsi');
    await province.fill('Daerah Istimewa Yogyakarta');
    await province.blur();
    await expect(saveStatus(page)).toContainText('Gagal menyimpan');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Coba lagi' })).toBeVisible();
    // The page is still usable while the server is down.
    await expect(province).toHaveValue('Daerah Istimewa Yogyakarta');

    server = await startAppServer(dataDir, server.port);
    const retry = page.getByRole('banner').getByRole('button', { name: 'Coba lagi' });
    // The app also retries by itself, backing off up to 30 s; the user presses "Coba lagi" whenever it shows (a
    // retry sent while the server was still starting fails again), and whichever comes first, the edit must arrive.
    // The button goes as soon as a retry starts, so a click is not waited for long.
    await expect(async () => {
      if (await retry.isVisible()) await retry.click({ timeout: 1_000 }).catch(() => undefined);
      await expect(saveStatus(page)).toHaveText('Tersimpan', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expectSaved(page);

    await page.reload();
    await expect(page.getByLabel('Jumlah penduduk (jiwa)')).toHaveValue('1.125.804');
    await expect(page.getByLabel('Provinsi')).toHaveValue('Daerah Istimewa Yogyakarta');

    await server.kill();
    server = await startAppServer(dataDir, server.port);
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Bimtek Ketahanan Data' })).toBeVisible();
    await page.getByRole('link', { name: 'Buka Bimtek Ketahanan Data' }).click();
    await expect(page.getByLabel('Provinsi')).toHaveValue('Daerah Istimewa Yogyakarta');
    await expect(page.getByLabel('Jumlah penduduk (jiwa)')).toHaveValue('1.125.804');
  } finally {
    await server.stop();
  }
});
