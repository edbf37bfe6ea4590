import { DEMO_TITLE, expect, expectSaved, test } from './support/fixtures';

test('a profile change can be undone and redone, with the buttons and with the keyboard', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  const province = page.getByLabel('Provinsi');
  await expect(province).toHaveValue('Jawa Timur');
  const undo = page.getByRole('button', { name: 'Batalkan' });
  const redo = page.getByRole('button', { name: 'Ulangi' });
  await expect(undo).toBeDisabled();

  await province.fill('Jawa Tengah');
  await province.blur();
  await expectSaved(page);
  await expect(undo).toBeEnabled();

  await undo.click();
  await expect(province).toHaveValue('Jawa Timur');
  await expectSaved(page);
  await expect(redo).toBeEnabled();

  await redo.click();
  await expect(province).toHaveValue('Jawa Tengah');
  await expectSaved(page);

  // Outside a text field, Ctrl+Z is the workshop's undo; inside one it stays the browser's.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(province).toHaveValue('Jawa Timur');
  await expectSaved(page);
  await page.keyboard.press('Control+y');
  await expect(province).toHaveValue('Jawa Tengah');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Tengah');
  await expect(page.getByRole('button', { name: 'Batalkan' })).toBeEnabled();
});

test('an undo on another worksheet says what it changed and where, and its link goes there', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  const province = page.getByLabel('Provinsi');
  await province.fill('Jawa Tengah');
  await province.blur();
  await expectSaved(page);

  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: 'Matriks Program' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matriks Program' })).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expectSaved(page);

  const notices = page.getByRole('region', { name: 'Pemberitahuan' });
  const undone = notices.locator('.toast', { hasText: 'Dibatalkan: Provinsi — Profil Daerah' });
  await expect(undone).toBeVisible();
  await expect(notices.locator('[aria-live="polite"]')).toContainText('Dibatalkan: Provinsi — Profil Daerah & Horizon Rencana');
  await undone.getByRole('link', { name: 'Buka' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Daerah & Horizon Rencana' })).toBeVisible();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Timur');
  await expect(page.getByLabel('Provinsi')).toBeFocused();

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+y');
  await expect(notices.locator('.toast', { hasText: 'Diulang: Provinsi — Profil Daerah' })).toBeVisible();
  await expect(page.getByLabel('Provinsi')).toHaveValue('Jawa Tengah');
});
