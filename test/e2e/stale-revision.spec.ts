import path from 'node:path';
import { DEMO_TITLE, expect, expectSaved, test } from './support/fixtures';

const SHOTS = path.join('test-results', 'screenshots');

test('a second window on an older version keeps every edit: disjoint fields both land, the same field asks which version to keep', async ({ page, context, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Timur');

  const other = await context.newPage();
  // This window misses the live updates (as after a dropped connection), so it keeps the older version.
  await other.route('**/api/events?*', (route) => route.abort());
  await other.goto(page.url());
  await expect(other.getByLabel('Provinsi')).toHaveValue('Jawa Timur');

  await page.getByLabel('Provinsi').fill('Jawa Tengah');
  await page.getByLabel('Provinsi').blur();
  await expectSaved(page);

  // The other window still believes the old revision; its change touches another field, so it lands too.
  await other.getByLabel('Jumlah desa').fill('34');
  await other.getByLabel('Jumlah desa').press('Enter');
  await expectSaved(other);
  await expect(other.getByLabel('Jumlah desa')).toHaveValue('34');
  await expect(other.getByLabel('Provinsi')).toHaveValue('Jawa Tengah');
  await expect(other.getByRole('dialog')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Jumlah desa')).toHaveValue('34');
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Tengah');

  // Both windows change the same field from the same version: the second is held with both versions.
  await page.getByLabel('Jumlah desa').fill('35');
  await page.getByLabel('Jumlah desa').press('Enter');
  await expectSaved(page);
  await other.getByLabel('Jumlah desa').fill('36');
  await other.getByLabel('Jumlah desa').press('Enter');
  const dialog = other.getByRole('dialog', { name: 'Orang lain mengubah isian yang sama' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('pre[data-side="theirs"]')).toHaveText('35');
  await expect(dialog.locator('pre[data-side="yours"]')).toHaveText('36');
  await other.setViewportSize({ width: 1366, height: 768 });
  await other.screenshot({ path: path.join(SHOTS, 'conflict-1366.png') });
  await other.setViewportSize({ width: 1920, height: 1080 });
  await other.screenshot({ path: path.join(SHOTS, 'conflict-1920.png') });

  // Keeping mine sends it again on the newest version: it is what everyone sees afterwards.
  await dialog.getByRole('button', { name: 'Simpan versi saya' }).click();
  await expect(dialog).toHaveCount(0);
  await expectSaved(other);
  await expect(other.getByLabel('Jumlah desa')).toHaveValue('36');
  await page.reload();
  await expect(page.getByLabel('Jumlah desa')).toHaveValue('36');

  // Taking theirs drops mine and shows theirs.
  await page.getByLabel('Jumlah desa').fill('37');
  await page.getByLabel('Jumlah desa').press('Enter');
  await expectSaved(page);
  await other.getByLabel('Jumlah desa').fill('38');
  await other.getByLabel('Jumlah desa').press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Pakai versi mereka' }).click();
  await expect(dialog).toHaveCount(0);
  await expectSaved(other);
  await expect(other.getByLabel('Jumlah desa')).toHaveValue('37');
});
