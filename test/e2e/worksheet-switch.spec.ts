import { DEMO_TITLE, expect, test } from './support/fixtures';

/*
 * Moving to a worksheet whose code is still on its way: the worksheet on screen stays, whole, until the
 * next one can be drawn, then the page changes once. It used to show the new heading over an empty page
 * until React let the worksheet in, 300 ms after its loading placeholder at the least.
 */

test('a worksheet whose code is still arriving replaces the one on screen only once it can be drawn whole', async ({ page, app }) => {
  // The quick-win worksheet's code arrives when the test lets it, however early the app asks for it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/quick-wins-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Daerah & Horizon Rencana' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });
  await nav.getByRole('link', { name: /Quick Win/ }).click();
  // The stepper answers the click at once; the region profile stays, marked busy, with no empty placeholder.
  await expect(nav.getByRole('link', { name: /Quick Win/ })).toHaveAttribute('aria-current', 'page');
  const main = page.getByRole('main');
  await expect(main).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Daerah & Horizon Rencana' })).toBeVisible();
  await expect(page.locator('.worksheet-loading')).toHaveCount(0);

  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Quick Win' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kandidat dan uji syarat' })).toBeVisible();
  await expect(main).not.toHaveAttribute('aria-busy', 'true');
});
