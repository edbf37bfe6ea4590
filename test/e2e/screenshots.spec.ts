import path from 'node:path';
import type { Page } from '@playwright/test';
import { startAppServer } from './support/app-server';
import { DEMO_TITLE, expect, expectSaved, test } from './support/fixtures';
import { SIZES } from './support/viewports';

/** Kept outside test-results/, which Playwright empties on every run. */
const SHOTS = path.join(import.meta.dirname, 'screenshots');

const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

for (const size of SIZES) {
  test(`home, profile and programme screens at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await expect(page.getByRole('heading', { name: DEMO_TITLE })).toBeVisible();
    await shoot(page, `home-${size.name}`);

    await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
    await expect(page.getByLabel('Nama daerah')).toHaveValue('Kabupaten Malang');
    await expectSaved(page);
    await shoot(page, `profile-${size.name}`);

    const population = page.getByLabel('Jumlah penduduk (jiwa)');
    await population.fill('-12');
    await population.blur();
    await expect(page.getByText('Tidak boleh negatif', { exact: true })).toBeVisible();
    await population.evaluate((field) => field.scrollIntoView({ block: 'center' }));
    await shoot(page, `profile-invalid-${size.name}`);
    await population.fill('2.654.448');
    await population.blur();

    await page.getByRole('navigation').getByRole('link', { name: /Matriks Program/ }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await shoot(page, `programs-${size.name}`);
  });
}

test('the home screen in English with no workshops yet', async ({ page, dataDir }) => {
  const server = await startAppServer(dataDir);
  try {
    // Delete the demo to reach the empty state.
    await page.goto(server.url);
    await page.getByRole('button', { name: `Hapus ${DEMO_TITLE}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus lokakarya' }).click();
    await page.getByRole('button', { name: 'English (EN)' }).click();
    await expect(page.getByText('No workshops yet')).toBeVisible();
    await shoot(page, 'home-empty-en-1366x768');
  } finally {
    await server.stop();
  }
});
