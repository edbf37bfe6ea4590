import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';
import { SIZES } from './support/viewports';

/** Kept outside test-results/, which Playwright empties on every run. */
const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Stored {
  workshop: { revision: number; gapAnalyses: { id: string; dimensionId: string; currentCondition: string; targetCondition: string; gap: string }[] };
}

const openGapWorksheet = async (page: Page, baseUrl: string, workshopId: string) => {
  await page.goto(`${baseUrl}/#/lokakarya/${workshopId}/kesenjangan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Analisis Kesenjangan' })).toBeVisible();
};

test('the gap analysis of each dimension is written in place and is all there after a reload', async ({ page, app }) => {
  const created = await callApi<{ id: string }>(page, app.url, 'workshops.create', { title: 'Bimtek Smart City Kabupaten Contoh', regionName: 'Kabupaten Contoh' });
  await openGapWorksheet(page, app.url, created.id);
  await expect(page.getByText('0 dari 6 dimensi sudah memiliki kondisi saat ini dan kondisi yang diharapkan.')).toBeVisible();

  const governance = page.getByRole('region', { name: /Smart Governance/ });
  await expect(governance.getByText('Belum lengkap')).toBeVisible();
  await governance.getByLabel('Kondisi saat ini').fill('Baru dua OPD melayani perizinan secara daring; aplikasi lain berdiri sendiri.');
  await governance.getByLabel('Kondisi yang diharapkan').fill('Semua layanan administrasi dapat diurus daring dan terintegrasi.');
  await governance.getByLabel('Kesenjangan').fill('Integrasi aplikasi, Satu Data dan SDM TIK di OPD.');
  await governance.getByLabel('Kesenjangan').blur();
  await expect(governance.getByText('Lengkap', { exact: true })).toBeVisible();
  await expect(page.getByText('1 dari 6 dimensi sudah memiliki kondisi saat ini dan kondisi yang diharapkan.')).toBeVisible();

  // Only the target for Smart Economy so far: stored, but the dimension is not complete yet.
  const economy = page.getByRole('region', { name: /Smart Economy/ });
  await economy.getByLabel('Kondisi yang diharapkan').fill('Separuh UMKM berjualan daring.');
  await economy.getByLabel('Kondisi yang diharapkan').blur();
  await expect(economy.getByText('Belum lengkap')).toBeVisible();
  await expectSaved(page);

  const stored = await callApi<Stored>(page, app.url, 'workshop.open', { workshopId: created.id });
  expect(stored.workshop.gapAnalyses).toEqual([
    {
      id: expect.any(String),
      dimensionId: 'smart-governance',
      currentCondition: 'Baru dua OPD melayani perizinan secara daring; aplikasi lain berdiri sendiri.',
      targetCondition: 'Semua layanan administrasi dapat diurus daring dan terintegrasi.',
      gap: 'Integrasi aplikasi, Satu Data dan SDM TIK di OPD.',
    },
    { id: expect.any(String), dimensionId: 'smart-economy', currentCondition: '', targetCondition: 'Separuh UMKM berjualan daring.', gap: '' },
  ]);

  // Undo (outside a text field) takes the last text back, and redo returns it.
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Control+z');
  await expect(economy.getByLabel('Kondisi yang diharapkan')).toHaveValue('');
  await page.keyboard.press('Control+y');
  await expect(economy.getByLabel('Kondisi yang diharapkan')).toHaveValue('Separuh UMKM berjualan daring.');
  await expectSaved(page);

  await page.reload();
  await expect(governance.getByLabel('Kondisi saat ini')).toHaveValue('Baru dua OPD melayani perizinan secara daring; aplikasi lain berdiri sendiri.');
  await expect(governance.getByLabel('Kesenjangan')).toHaveValue('Integrasi aplikasi, Satu Data dan SDM TIK di OPD.');
  await expect(economy.getByLabel('Kondisi yang diharapkan')).toHaveValue('Separuh UMKM berjualan daring.');
  await expect(page.getByRole('region', { name: /Smart Branding/ }).getByLabel('Kondisi saat ini')).toHaveValue('');

  // The core refuses an analysis for a dimension the workshop does not have.
  const unknown = await page.request.post(`${app.url}/api/workshop.apply`, {
    data: { workshopId: created.id, baseRevision: stored.workshop.revision + 2, command: { type: 'upsertGapAnalysis', item: { id: 'g-x', dimensionId: 'smart-mobility', currentCondition: 'Angkot' } } },
  });
  expect(unknown.status()).toBe(400);
  expect(JSON.stringify(await unknown.json())).toContain('Dimensi tidak dikenal');
});

for (const size of SIZES) {
  test(`the demo gap worksheet at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
    await page.getByRole('navigation').getByRole('link', { name: /Analisis Kesenjangan/ }).click();
    await expect(page.getByRole('region', { name: /Smart Governance/ }).getByLabel('Kondisi saat ini')).not.toHaveValue('');
    await page.screenshot({ path: path.join(SHOTS, `gap-${size.name}.png`) });
  });
}
