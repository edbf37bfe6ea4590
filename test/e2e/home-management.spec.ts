import { DEMO_TITLE, expect, test } from './support/fixtures';

test('a workshop can be duplicated, renamed, deleted and brought back with Urungkan', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: `Gandakan ${DEMO_TITLE}` }).click();
  const copyTitle = `${DEMO_TITLE} (salinan)`;
  await expect(page.getByRole('heading', { name: copyTitle })).toBeVisible();

  await page.getByRole('button', { name: `Ganti nama ${copyTitle}` }).click();
  const rename = page.getByRole('dialog', { name: 'Ganti nama lokakarya' });
  await rename.getByLabel('Judul lokakarya').fill('   ');
  await rename.getByRole('button', { name: 'Simpan' }).click();
  await expect(rename.getByText('Wajib diisi', { exact: true })).toBeVisible();
  await rename.getByLabel('Judul lokakarya').fill('Latihan Fasilitator');
  await rename.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Latihan Fasilitator' })).toBeVisible();

  await page.getByRole('button', { name: 'Hapus Latihan Fasilitator' }).click();
  const confirm = page.getByRole('dialog', { name: 'Hapus lokakarya?' });
  await expect(confirm).toContainText('Latihan Fasilitator');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('button', { name: 'Hapus Latihan Fasilitator' })).toBeFocused();

  await page.getByRole('button', { name: 'Hapus Latihan Fasilitator' }).click();
  await confirm.getByRole('button', { name: 'Hapus lokakarya' }).click();
  await expect(page.getByRole('heading', { name: 'Latihan Fasilitator' })).toBeHidden();
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByRole('heading', { name: 'Latihan Fasilitator' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Lokakarya (2)' })).toBeVisible();
});
