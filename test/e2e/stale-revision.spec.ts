import { DEMO_TITLE, expect, expectSaved, test } from './support/fixtures';

test('a second window working on an older version is told, and shows the latest data', async ({ page, context, app }) => {
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

  // The other window still believes the old revision: its change is refused as stale.
  await other.getByLabel('Jumlah kecamatan').fill('34');
  await other.getByLabel('Jumlah kecamatan').press('Enter');
  await expect(other.getByText('Lokakarya ini diubah di tempat lain', { exact: false })).toBeVisible();
  await expect(other.getByLabel('Provinsi')).toHaveValue('Jawa Tengah');
  await expect(other.getByLabel('Jumlah kecamatan')).toHaveValue('33');
  await expectSaved(other);
});
