import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';
import { SIZES } from './support/viewports';

interface Opened {
  workshop: {
    id: string;
    revision: number;
    swotItems: { id: string; dimensionId: string; quadrant: string; text: string }[];
    towsStrategies: { id: string; kind: string; text: string; sourceItemIds: string[] }[];
  };
}

const SHOTS = path.join(import.meta.dirname, 'screenshots');

const createWorkshop = async (page: Page, title: string, regionName: string) => {
  await page.getByRole('button', { name: 'Lokakarya baru' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Buat lokakarya baru' });
  await dialog.getByLabel('Judul lokakarya').fill(title);
  await dialog.getByLabel('Nama kabupaten/kota').fill(regionName);
  await dialog.getByRole('button', { name: 'Buat lokakarya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Daerah & Horizon Rencana' })).toBeVisible();
};

const openSwot = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /SWOT & TOWS/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SWOT & TOWS' })).toBeVisible();
};

const workshopIdFromUrl = (page: Page): string => {
  const match = /#\/lokakarya\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No workshop in ${page.url()}`);
  return match[1];
};

const addFactor = async (page: Page, field: string, button: string, text: string) => {
  await page.getByLabel(field, { exact: true }).fill(text);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByLabel(field, { exact: true })).toHaveValue('');
};

test('a facilitator fills a SWOT board, crosses picked factors into an SO strategy that shows where it came from, and finds it all after a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkshop(page, 'Bimtek Smart City Kota Contoh', 'Kota Contoh');
  await openSwot(page);
  await expect(page.getByRole('heading', { name: 'Papan SWOT · Smart Governance' })).toBeVisible();

  // An empty factor is refused under its own box ("Kekuatan baru"), so the message needs no field name.
  const strengthRequired = page.getByRole('region', { name: /^Kekuatan \(S\)/ }).getByText('Wajib diisi', { exact: true });
  await page.getByRole('button', { name: 'Tambah kekuatan' }).click();
  await expect(strengthRequired).toBeVisible();

  await addFactor(page, 'Kekuatan baru', 'Tambah kekuatan', 'Komitmen Wali Kota pada layanan digital');
  await expect(strengthRequired).toBeHidden();
  await addFactor(page, 'Kekuatan baru', 'Tambah kekuatan', 'Perizinan DPMPTSP sudah daring');
  await addFactor(page, 'Kelemahan baru', 'Tambah kelemahan', 'SDM TIK di OPD terbatas');
  await addFactor(page, 'Peluang baru', 'Tambah peluang', 'Kebijakan SPBE nasional');
  await addFactor(page, 'Ancaman baru', 'Tambah ancaman', 'Serangan siber meningkat');
  await expect(page.getByLabel('Uraian faktor S2')).toHaveValue('Perizinan DPMPTSP sudah daring');

  // An SO strategy needs at least one strength and one opportunity; each mistake is named.
  await page.getByRole('button', { name: 'Tambah strategi SO' }).click();
  const dialog = page.getByRole('dialog', { name: 'Strategi SO baru · Smart Governance' });
  await dialog.getByRole('button', { name: 'Simpan strategi' }).click();
  await expect(dialog.getByText('Strategi SO harus memilih minimal satu Kekuatan (S) dan satu Peluang (O).')).toBeVisible();
  await expect(dialog.getByLabel('Rumusan strategi')).toHaveAccessibleDescription(/Wajib diisi/);
  // Only its own quadrants are offered: no weakness or threat to pick.
  await expect(dialog.getByRole('checkbox')).toHaveCount(3);
  await dialog.getByRole('checkbox', { name: /S1.*Komitmen Wali Kota/ }).check();
  await dialog.getByLabel('Rumusan strategi').fill('Memperluas layanan daring dengan dukungan program SPBE nasional.');
  await dialog.getByRole('button', { name: 'Simpan strategi' }).click();
  await expect(dialog.getByText('Strategi SO memerlukan minimal satu Peluang (O).')).toBeVisible();
  await dialog.getByRole('checkbox', { name: /O1.*SPBE/ }).check();
  await dialog.getByRole('button', { name: 'Simpan strategi' }).click();
  await expect(dialog).toBeHidden();

  const so1 = page.getByRole('listitem').filter({ hasText: 'Memperluas layanan daring' });
  await expect(so1).toContainText('SO1');
  const origin = so1.locator('summary');
  await expect(origin).toHaveAccessibleName('Sumber SO1: S1 + O1');
  await expect(origin).toHaveAttribute('title', 'S1: Komitmen Wali Kota pada layanan digital\nO1: Kebijakan SPBE nasional');
  await origin.click();
  await expect(so1.getByRole('listitem')).toHaveText(['S1 Komitmen Wali Kota pada layanan digital', 'O1 Kebijakan SPBE nasional']);
  await expect(page.getByText('dipakai SO1')).toHaveCount(2);

  // Removing a factor a strategy uses asks first and names the strategy.
  await page.getByRole('button', { name: 'Hapus faktor S1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Hapus faktor S1?' });
  await expect(confirm).toContainText('dipakai oleh 1 strategi TOWS');
  await expect(confirm.getByRole('listitem')).toHaveText('SO1 Memperluas layanan daring dengan dukungan program SPBE nasional.');
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByLabel('Uraian faktor S1')).toHaveValue('Komitmen Wali Kota pada layanan digital');

  await page.getByRole('button', { name: 'Hapus faktor S1' }).click();
  await confirm.getByRole('button', { name: 'Hapus faktor' }).click();
  await expect(page.getByLabel('Uraian faktor S1')).toHaveValue('Perizinan DPMPTSP sudah daring');
  await expect(so1).toContainText('Sumber strategi ini tidak lengkap lagi');
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByLabel('Uraian faktor S1')).toHaveValue('Komitmen Wali Kota pada layanan digital');
  await expect(so1).not.toContainText('tidak lengkap');

  // A hidden factor is not counted, as in Word and Excel: the next strength becomes S1 on the board too.
  await page.getByRole('button', { name: 'Sembunyikan S1 dari peserta dan layar' }).click();
  await expect(page.getByLabel('Uraian faktor S1')).toHaveValue('Perizinan DPMPTSP sudah daring');
  await expect(page.getByLabel('Uraian faktor S2')).toHaveCount(0);
  await page.getByRole('button', { name: 'Tampilkan lagi S' }).click();
  await expect(page.getByLabel('Uraian faktor S2')).toHaveValue('Perizinan DPMPTSP sudah daring');
  await expect(page.getByLabel('Uraian faktor S1')).toHaveValue('Komitmen Wali Kota pada layanan digital');

  // The strategy is edited through the same picker: add S2, reword it.
  await page.getByRole('button', { name: 'Ubah strategi SO1' }).click();
  const edit = page.getByRole('dialog', { name: 'Ubah strategi SO1 · Smart Governance' });
  await expect(edit.getByRole('checkbox', { name: /S1/ })).toBeChecked();
  await edit.getByRole('checkbox', { name: /S2/ }).check();
  await edit.getByLabel('Rumusan strategi').fill('Mereplikasi perizinan daring ke OPD lain dengan dukungan SPBE nasional.');
  await edit.getByRole('button', { name: 'Simpan strategi' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: 'Mereplikasi perizinan daring' }).locator('summary')).toHaveAccessibleName('Sumber SO1: S1 + S2 + O1');
  await expectSaved(page);

  const stored = await callApi<Opened>(page, app.url, 'workshop.open', { workshopId: workshopIdFromUrl(page) });
  const ids = Object.fromEntries(stored.workshop.swotItems.map((s) => [s.text, s.id]));
  expect(stored.workshop.towsStrategies).toEqual([
    {
      id: expect.any(String),
      dimensionId: 'smart-governance',
      kind: 'SO',
      text: 'Mereplikasi perizinan daring ke OPD lain dengan dukungan SPBE nasional.',
      sourceItemIds: [ids['Komitmen Wali Kota pada layanan digital'], ids['Perizinan DPMPTSP sudah daring'], ids['Kebijakan SPBE nasional']],
    },
  ]);

  await page.reload();
  await expect(page.getByLabel('Uraian faktor T1')).toHaveValue('Serangan siber meningkat');
  await expect(page.getByRole('listitem').filter({ hasText: 'Mereplikasi perizinan daring' }).locator('summary')).toHaveAccessibleName('Sumber SO1: S1 + S2 + O1');
  await expect(page.getByRole('tab', { name: /Smart Governance/ })).toHaveAccessibleName(/5 faktor, 1 strategi/);
});

test('readiness items tagged with a SWOT quadrant can be copied onto a dimension board', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await openSwot(page);
  await page.getByRole('tab', { name: /Smart Economy/ }).click();
  const strengths = page.getByRole('region', { name: /^Kekuatan \(S\)/ }).first();
  const before = await strengths.getByRole('listitem').count();

  await page.getByText(/Saran dari Analisis Kesiapan/).click();
  await page.getByRole('button', { name: 'Salin "Komitmen kepala daerah dan pimpinan OPD" ke kekuatan' }).click();
  await expect(strengths.getByRole('listitem')).toHaveCount(before + 1);
  await expect(page.getByLabel(`Uraian faktor S${before + 1}`)).toHaveValue(/^Komitmen kepala daerah dan pimpinan OPD: /);
  await expect(page.getByRole('button', { name: 'Salin "Komitmen kepala daerah dan pimpinan OPD" ke kekuatan' })).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: /^Komitmen kepala daerah dan pimpinan OPD/ }).getByText('Sudah di papan')).toBeVisible();
  await expectSaved(page);
});

test('the core refuses a TOWS strategy that does not cross its two quadrants, with 400', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  const workshopId = workshopIdFromUrl(page);
  const opened = await callApi<Opened>(page, app.url, 'workshop.open', { workshopId });
  const strength = opened.workshop.swotItems.find((s) => s.dimensionId === 'smart-governance' && s.quadrant === 'S');
  const response = await page.request.post(`${app.url}/api/workshop.apply`, {
    data: {
      workshopId,
      baseRevision: opened.workshop.revision,
      command: { type: 'upsertTowsStrategy', item: { id: 'so-tanpa-peluang', dimensionId: 'smart-governance', kind: 'SO', text: 'Strategi tanpa peluang', sourceItemIds: [strength?.id] } },
    },
  });
  expect(response.status()).toBe(400);
  expect(((await response.json()) as { error: { message: string } }).error.message).toBe('Strategi SO memerlukan minimal satu Peluang (O).');
});

for (const size of SIZES) {
  test(`the SWOT & TOWS worksheet at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
    await openSwot(page);
    await expect(page.getByLabel('Uraian faktor S1')).not.toHaveValue('');
    await page.screenshot({ path: path.join(SHOTS, `swot-board-${size.name}.png`) });

    const tows = page.getByRole('heading', { name: 'Strategi TOWS · Smart Governance' });
    await tows.scrollIntoViewIfNeeded();
    await page.getByRole('listitem').filter({ hasText: 'SO1' }).locator('summary').click();
    await page.screenshot({ path: path.join(SHOTS, `swot-tows-${size.name}.png`) });

    await page.getByRole('button', { name: 'Tambah strategi ST' }).click();
    const dialog = page.getByRole('dialog', { name: /Strategi ST baru/ });
    await dialog.getByRole('button', { name: 'Simpan strategi' }).click();
    await expect(dialog.getByText('Strategi ST harus memilih minimal satu Kekuatan (S) dan satu Ancaman (T).')).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `swot-strategy-invalid-${size.name}.png`) });
    await dialog.getByRole('button', { name: 'Batal' }).click();

    await page.getByRole('button', { name: 'Hapus faktor O1' }).click();
    await expect(page.getByRole('dialog', { name: 'Hapus faktor O1?' })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `swot-remove-warning-${size.name}.png`) });
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();

    const suggestions = page.getByText(/Saran dari Analisis Kesiapan/);
    await suggestions.click();
    await suggestions.evaluate((summary) => {
      const main = summary.closest('main');
      if (main) main.scrollTop += summary.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
    });
    await page.screenshot({ path: path.join(SHOTS, `swot-suggestions-${size.name}.png`) });
  });
}
