import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';

interface Opened {
  workshop: { programs: { code: string; innovationType: string | null; innovationDescription: string }[] };
}

const SHOTS = path.join(import.meta.dirname, 'screenshots');

const openInnovation = async (page: Page, url: string): Promise<string> => {
  await page.goto(url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Inovasi per Program/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inovasi per Program' })).toBeVisible();
  const match = /#\/lokakarya\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No workshop in ${page.url()}`);
  return match[1];
};

const program = async (page: Page, url: string, workshopId: string, code: string) =>
  (await callApi<Opened>(page, url, 'workshop.open', { workshopId })).workshop.programs.find((p) => p.code === code);

test('the innovation of each program is edited in place, grouped by dimension, and kept after a reload', async ({ page, app }) => {
  const workshopId = await openInnovation(page, app.url);
  const governance = page.getByRole('region', { name: /^Smart Governance/ });
  await expect(governance.getByRole('heading', { name: /Smart Governance · 7 program/ })).toBeVisible();
  await expect(governance.getByRole('row')).toHaveCount(8);

  const type = page.getByLabel('Jenis inovasi SG-PL-02');
  await type.selectOption({ label: 'Belum ditentukan' });
  await expect(governance.getByText('1 belum lengkap')).toBeVisible();

  // Only the programs still to be completed: the one just cleared.
  await page.getByRole('checkbox', { name: 'Hanya program yang inovasinya belum lengkap' }).check();
  await expect(governance.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('region', { name: /^Smart Environment/ }).getByText('Semua program pada dimensi ini sudah memiliki jenis dan uraian inovasi.')).toBeVisible();
  // Completing it does not make the row vanish while it is being filled in.
  await type.selectOption({ label: 'Kebijakan/regulasi' });
  const description = page.getByLabel('Uraian inovasi SG-PL-02');
  await description.fill('Perbup menetapkan masterplan dan arsitektur SPBE sebagai acuan semua OPD.');
  await description.blur();
  await expectSaved(page);
  await expect(governance.getByText('1 belum lengkap')).toBeHidden();
  await expect(governance.getByRole('row')).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Hanya program yang inovasinya belum lengkap' }).uncheck();
  await page.getByRole('checkbox', { name: 'Hanya program yang inovasinya belum lengkap' }).check();
  await expect(governance.getByText('Semua program pada dimensi ini sudah memiliki jenis dan uraian inovasi.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Hanya program yang inovasinya belum lengkap' }).uncheck();

  expect(await program(page, app.url, workshopId, 'SG-PL-02')).toMatchObject({
    innovationType: 'kebijakan-regulasi',
    innovationDescription: 'Perbup menetapkan masterplan dan arsitektur SPBE sebagai acuan semua OPD.',
  });

  await page.reload();
  await expect(page.getByLabel('Jenis inovasi SG-PL-02')).toHaveValue('kebijakan-regulasi');
  await expect(page.getByLabel('Uraian inovasi SG-PL-02')).toHaveValue('Perbup menetapkan masterplan dan arsitektur SPBE sebagai acuan semua OPD.');
});

test('an innovation is described by keyboard alone', async ({ page, app }) => {
  const workshopId = await openInnovation(page, app.url);
  await page.getByLabel('Jenis inovasi SN-EN-01').focus();
  // Arrow keys change a focused select; Tab moves on to the description.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Uraian inovasi SN-EN-01')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Lampu jalan tenaga surya dengan sensor dan pemantauan daring.');
  await page.keyboard.press('Tab');
  await expectSaved(page);
  const stored = await program(page, app.url, workshopId, 'SN-EN-01');
  expect(stored?.innovationDescription).toBe('Lampu jalan tenaga surya dengan sensor dan pemantauan daring.');
  expect(stored?.innovationType).toBe('aplikasi-tik');
});

for (const size of [
  { name: '1366x768', width: 1366, height: 768, projector: false },
  { name: '1920x1080-projector', width: 1920, height: 1080, projector: true },
]) {
  test(`the innovation worksheet at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await openInnovation(page, app.url);
    await expectSaved(page);
    await page.screenshot({ path: path.join(SHOTS, `innovation-${size.name}.png`) });
    await page.locator('.innovation-card').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SHOTS, `innovation-table-${size.name}.png`) });
  });
}
