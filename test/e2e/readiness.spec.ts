import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';
import { SIZES } from './support/viewports';

/** Kept outside test-results/, which Playwright empties on every run. */
const SHOTS = path.join(import.meta.dirname, 'screenshots');

for (const size of SIZES) {
  test(`the demo readiness worksheet at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
    await page.getByRole('navigation').getByRole('link', { name: /Analisis Kesiapan/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Struktur', exact: true })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `readiness-${size.name}.png`) });
    await page.getByRole('heading', { level: 2, name: 'Struktur', exact: true }).evaluate((h) => {
      h.scrollIntoView({ block: 'start' });
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: path.join(SHOTS, `readiness-pillar-${size.name}.png`) });
  });
}

interface Stored {
  workshop: { revision: number; readinessItems: { id: string; pillar: string; title: string; score: number | null; evidence: string; swot: string | null; opdId: string | null; templateId: string | null }[] };
}

/** Presses Tab (or Shift+Tab) until the target has the keyboard focus: the user's way through a page, no mouse. */
const tabTo = async (page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> => {
  for (let presses = 0; presses < 400; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
};

test('a facilitator fills the readiness worksheet with the keyboard only, and it is all there after a reload', async ({ page, app }) => {
  // Walking a page with Tab takes many key presses.
  test.slow();
  const created = await callApi<{ id: string }>(page, app.url, 'workshops.create', { title: 'Bimtek Smart City Kota Contoh 2026', regionName: 'Kota Contoh', regionKind: 'kota' });
  await page.goto(`${app.url}/#/lokakarya/${created.id}/kesiapan`);
  await expect(page.getByRole('heading', { level: 1, name: 'Analisis Kesiapan' })).toBeVisible();
  await expect(page.getByText(/bukan ketentuan resmi Kominfo/)).toBeVisible();

  const struktur = page.getByRole('region', { name: 'Struktur', exact: true });
  const strukturItems = struktur.getByRole('listitem').filter({ has: page.getByRole('group') });
  await expect(struktur.getByText('Pilar ini belum memiliki item.')).toBeVisible();

  // Two items from the reference templates: Enter on a suggestion, and the keyboard stays in the list.
  await tabTo(page, struktur.getByRole('button', { name: 'Tambah usulan: Komitmen kepala daerah dan pimpinan OPD' }));
  await page.keyboard.press('Enter');
  await expect(struktur.getByRole('group', { name: 'Struktur, item 1: Komitmen kepala daerah dan pimpinan OPD' })).toBeVisible();
  const dewan = struktur.getByRole('button', { name: 'Tambah usulan: Dewan Smart City dan Tim Pelaksana' });
  await expect(dewan).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(struktur.getByRole('group', { name: 'Struktur, item 2: Dewan Smart City dan Tim Pelaksana' })).toBeVisible();
  await expect(dewan).toBeHidden();

  // A custom item: an empty name is refused with a message, a real one is added.
  const custom = struktur.getByLabel('Item baru (tulis sendiri)');
  await tabTo(page, custom);
  await page.keyboard.press('Enter');
  await expect(struktur.getByText('Wajib diisi', { exact: true })).toBeVisible();
  await expect(strukturItems).toHaveCount(2);
  await page.screenshot({ path: path.join(SHOTS, 'readiness-add-invalid-1366x768.png') });
  await page.keyboard.type('Forum Satu Data daerah');
  await page.keyboard.press('Enter');
  await expect(struktur.getByRole('group', { name: 'Struktur, item 3: Forum Satu Data daerah' })).toBeVisible();
  await expect(custom).toHaveValue('');
  await expect(custom).toBeFocused();

  // Scores with the arrow keys: item 1 → 4 Terpadu, item 2 → 2 Rintisan, item 3 → 3 Berkembang.
  const item = (n: number) => struktur.getByRole('group', { name: new RegExp(`^Struktur, item ${n}:`) });
  const scoreWith = async (n: number, steps: number) => {
    await tabTo(page, item(n).getByRole('radio', { name: 'Belum dinilai' }), 'Shift+Tab');
    for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
  };
  await scoreWith(3, 3);
  await scoreWith(2, 2);
  await scoreWith(1, 4);
  await expect(item(1).getByRole('radio', { name: '4 Terpadu' })).toBeChecked();
  await expect(item(2).getByRole('radio', { name: '2 Rintisan' })).toBeChecked();
  await expect(item(3).getByRole('radio', { name: '3 Berkembang' })).toBeChecked();

  // The pillar's figures: mean 3, two of three items at 3 or more, amber.
  const figures = struktur.getByRole('definition');
  await expect(figures.nth(0)).toHaveText('3');
  await expect(figures.nth(1)).toHaveText('67%');
  await expect(figures.nth(2)).toHaveText('Kuning · berkembang');
  await expect(figures.nth(3)).toHaveText('3 dari 3 item dinilai');

  // The SWOT tag follows the score in the tab order (the item's first line), then indicator, evidence and OPD (its second).
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(item(1).getByRole('radio', { name: 'Kekuatan (S)' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(item(1).getByLabel('Indikator')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(item(1).getByLabel('Data dukung')).toBeFocused();
  await page.keyboard.press('Tab');
  const opd = item(1).getByLabel('OPD pengampu');
  await expect(opd).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(opd).not.toHaveValue('');
  const evidence = item(1).getByLabel('Data dukung');
  await tabTo(page, evidence, 'Shift+Tab');
  await page.keyboard.type('Surat edaran Wali Kota tentang smart city, 2025.');
  await page.keyboard.press('Tab');

  // Delete with Enter; the keyboard lands on the neighbour, and Ctrl+Z brings the item back.
  await tabTo(page, item(3).getByRole('button', { name: 'Hapus item Forum Satu Data daerah' }));
  await page.keyboard.press('Enter');
  await expect(strukturItems).toHaveCount(2);
  await expect(page.getByText('Item "Forum Satu Data daerah" dihapus.')).toBeVisible();
  await expect(strukturItems.nth(1)).toBeFocused();
  await expectSaved(page);
  await page.keyboard.press('Control+z');
  await expect(item(3)).toBeVisible();
  await expectSaved(page);

  // … and so does the toast's "Urungkan", reached with Tab.
  await tabTo(page, item(3).getByRole('button', { name: 'Hapus item Forum Satu Data daerah' }));
  await page.keyboard.press('Space');
  await expect(strukturItems).toHaveCount(2);
  const toastUndo = page.getByRole('region', { name: 'Pemberitahuan' }).getByRole('button', { name: 'Urungkan' }).last();
  await tabTo(page, toastUndo);
  await page.keyboard.press('Enter');
  await expect(item(3)).toBeVisible();
  await expect(item(3).getByRole('radio', { name: '3 Berkembang' })).toBeChecked();

  // A name emptied by mistake is refused with a message and never stored.
  const title = item(2).getByLabel('Nama item');
  await tabTo(page, title, 'Shift+Tab');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(item(2).getByText('Wajib diisi', { exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await expectSaved(page);
  const refused = await callApi<Stored>(page, app.url, 'workshop.open', { workshopId: created.id });
  expect(refused.workshop.readinessItems.map((i) => i.title)).toEqual(['Komitmen kepala daerah dan pimpinan OPD', 'Dewan Smart City dan Tim Pelaksana', 'Forum Satu Data daerah']);
  await tabTo(page, title, 'Shift+Tab');
  await page.keyboard.type('Dewan Smart City, Tim Pelaksana dan sekretariat');
  await page.keyboard.press('Enter');
  await expect(item(2).getByText('Wajib diisi', { exact: true })).toBeHidden();

  // The optional pillars appear with Space on their switch; a nature item from its template.
  const optional = page.getByRole('checkbox', { name: /Tampilkan pilar opsional/ });
  await tabTo(page, optional, 'Shift+Tab');
  await page.keyboard.press('Space');
  const nature = page.getByRole('region', { name: 'Alam (nature)' });
  await expect(nature).toBeVisible();
  await tabTo(page, nature.getByRole('button', { name: /^Tambah usulan:/ }).first());
  await page.keyboard.press('Enter');
  await expect(nature.getByRole('group', { name: /^Alam \(nature\), item 1:/ })).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Analisis Kesiapan' })).toBeVisible();
  await expect(item(1).getByRole('radio', { name: '4 Terpadu' })).toBeChecked();
  await expect(item(1).getByRole('radio', { name: 'Kekuatan (S)' })).toBeChecked();
  await expect(item(1).getByLabel('Data dukung')).toHaveValue('Surat edaran Wali Kota tentang smart city, 2025.');
  await expect(item(1).getByLabel('OPD pengampu')).not.toHaveValue('');
  await expect(item(2).getByLabel('Nama item')).toHaveValue('Dewan Smart City, Tim Pelaksana dan sekretariat');
  await expect(item(3).getByRole('radio', { name: '3 Berkembang' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Tampilkan pilar opsional/ })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Alam (nature)' }).getByRole('group')).not.toHaveCount(0);

  const stored = await callApi<Stored>(page, app.url, 'workshop.open', { workshopId: created.id });
  const items = stored.workshop.readinessItems;
  expect(items.map((i) => [i.pillar, i.title, i.score])).toEqual([
    ['struktur', 'Komitmen kepala daerah dan pimpinan OPD', 4],
    ['struktur', 'Dewan Smart City, Tim Pelaksana dan sekretariat', 2],
    ['struktur', 'Forum Satu Data daerah', 3],
    ['nature', expect.any(String), null],
  ]);
  expect(items[0]).toMatchObject({ swot: 'S', evidence: 'Surat edaran Wali Kota tentang smart city, 2025.', templateId: 'struktur-pimpinan', opdId: expect.any(String) });
  expect(items[2]).toMatchObject({ templateId: null, swot: null, opdId: null });

  // The core refuses a score outside 1–5 from any client, with an Indonesian message.
  const outOfRange = await page.request.post(`${app.url}/api/workshop.apply`, {
    data: { workshopId: created.id, baseRevision: stored.workshop.revision, command: { type: 'upsertReadinessItem', item: { ...items[0], score: 6 } } },
  });
  expect(outOfRange.status()).toBe(400);
  expect(JSON.stringify(await outOfRange.json())).toContain('"reason":"invalid.tooBig"');
});
