import { DEMO_TITLE, expect, test } from './support/fixtures';

test('the interface switches to English, remembers it, and switches back', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('button', { name: 'English (EN)' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English (EN)' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await page.getByRole('link', { name: `Open ${DEMO_TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Region Profile & Plan Horizon' })).toBeVisible();
  await expect(page.getByLabel('Population (people)')).toHaveValue('2,654,448');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Saved');
  await expect(page.getByRole('navigation', { name: 'Stages and worksheets' })).toContainText('Stage III · Innovation, Roadmap & Quick Wins');

  await page.getByRole('button', { name: 'Bahasa Indonesia (ID)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Daerah & Horizon Rencana' })).toBeVisible();
  await expect(page.getByLabel('Jumlah penduduk (jiwa)')).toHaveValue('2.654.448');
});
