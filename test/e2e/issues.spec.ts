import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';
import { SIZES } from './support/viewports';

interface Opened {
  workshop: { id: string; issues: { dimensionId: string; kind: string; text: string; rpjmdIssue: string }[] };
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

const openIssues = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Isu Daerah per Dimensi/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Isu Daerah per Dimensi' })).toBeVisible();
};

const workshopIdFromUrl = (page: Page): string => {
  const match = /#\/lokakarya\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No workshop in ${page.url()}`);
  return match[1];
};

test('a facilitator records problems and potentials per dimension, linked to RPJMD strategic issues, and finds them after a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkshop(page, 'Bimtek Smart City Kabupaten Contoh', 'Kabupaten Contoh');
  await openIssues(page);
  await expect(page.getByRole('tab', { name: /Smart Governance/ })).toHaveAttribute('aria-selected', 'true');

  // An empty problem is refused where it was typed, and nothing reaches the core.
  await page.getByRole('button', { name: 'Tambah permasalahan' }).click();
  await expect(page.getByText('Wajib diisi', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Permasalahan baru')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Permasalahan baru').fill('Perizinan masih manual dan pemohon harus datang ke kantor.');
  await page.getByLabel('Isu strategis RPJMD (opsional)').first().fill('Reformasi birokrasi');
  await page.getByLabel('Permasalahan baru').press('Enter');
  await expect(page.getByLabel('Uraian permasalahan 1')).toHaveValue('Perizinan masih manual dan pemohon harus datang ke kantor.');
  await expect(page.getByLabel('Isu strategis RPJMD untuk permasalahan 1')).toHaveValue('Reformasi birokrasi');
  await expect(page.getByText('Wajib diisi', { exact: true })).toBeHidden();
  // The field is ready for the next problem.
  await expect(page.getByLabel('Permasalahan baru')).toBeFocused();
  await expect(page.getByLabel('Permasalahan baru')).toHaveValue('');

  await page.getByLabel('Potensi baru').fill('Layanan kependudukan daring sudah dikenal warga.');
  await page.getByRole('button', { name: 'Tambah potensi' }).click();
  await expect(page.getByLabel('Uraian potensi 1')).toHaveValue('Layanan kependudukan daring sudah dikenal warga.');
  await expect(page.getByRole('tab', { name: /Smart Governance/ })).toContainText('2');

  // Another dimension: the strategic issue already used is offered as a suggestion.
  await page.getByRole('tab', { name: /Smart Economy/ }).click();
  await expect(page.getByRole('heading', { name: 'Isu daerah · Smart Economy' })).toBeVisible();
  await expect(page.getByText('Belum ada permasalahan untuk dimensi ini.')).toBeVisible();
  await expect(page.locator('datalist option[value="Reformasi birokrasi"]')).toHaveCount(1);
  await page.getByLabel('Permasalahan baru').fill('Pembayaran retribusi pasar masih tunai.');
  await page.getByRole('button', { name: 'Tambah permasalahan' }).click();
  await page.getByLabel('Isu strategis RPJMD untuk permasalahan 1').fill('Peningkatan pendapatan asli daerah');
  await page.getByLabel('Isu strategis RPJMD untuk permasalahan 1').press('Enter');

  // Inline edits: an emptied text is refused in place and the stored text is kept.
  const edited = page.getByLabel('Uraian permasalahan 1');
  await edited.fill('');
  await edited.blur();
  await expect(page.getByText('Wajib diisi', { exact: true })).toBeVisible();
  await expect(edited).toHaveAttribute('aria-invalid', 'true');
  await edited.fill('Pembayaran retribusi pasar dan PBB masih tunai.');
  await edited.blur();
  await expect(page.getByText('Wajib diisi', { exact: true })).toBeHidden();
  await expectSaved(page);

  // A deleted issue comes back with "Urungkan".
  await page.getByRole('tab', { name: /Smart Governance/ }).click();
  await page.getByRole('button', { name: 'Hapus potensi 1' }).click();
  await expect(page.getByText('Belum ada potensi untuk dimensi ini.')).toBeVisible();
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByLabel('Uraian potensi 1')).toHaveValue('Layanan kependudukan daring sudah dikenal warga.');
  await expectSaved(page);

  const stored = await callApi<Opened>(page, app.url, 'workshop.open', { workshopId: workshopIdFromUrl(page) });
  expect(stored.workshop.issues.map(({ dimensionId, kind, text, rpjmdIssue }) => ({ dimensionId, kind, text, rpjmdIssue }))).toEqual([
    { dimensionId: 'smart-governance', kind: 'permasalahan', text: 'Perizinan masih manual dan pemohon harus datang ke kantor.', rpjmdIssue: 'Reformasi birokrasi' },
    { dimensionId: 'smart-governance', kind: 'potensi', text: 'Layanan kependudukan daring sudah dikenal warga.', rpjmdIssue: '' },
    { dimensionId: 'smart-economy', kind: 'permasalahan', text: 'Pembayaran retribusi pasar dan PBB masih tunai.', rpjmdIssue: 'Peningkatan pendapatan asli daerah' },
  ]);

  await page.reload();
  await expect(page.getByRole('tab', { name: /Smart Governance/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Uraian permasalahan 1')).toHaveValue('Perizinan masih manual dan pemohon harus datang ke kantor.');
  await expect(page.getByLabel('Uraian potensi 1')).toHaveValue('Layanan kependudukan daring sudah dikenal warga.');
  await page.getByRole('tab', { name: /Smart Economy/ }).click();
  await expect(page.getByLabel('Isu strategis RPJMD untuk permasalahan 1')).toHaveValue('Peningkatan pendapatan asli daerah');
});

test('the issues worksheet works with the keyboard alone', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await openIssues(page);

  // Arrow keys move between the dimension tabs; Tab goes on into the panel.
  await page.getByRole('tab', { name: /Smart Governance/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Smart Branding/ })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Isu daerah · Smart Branding' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: /Smart Environment/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Smart Branding/ })).toHaveAttribute('aria-selected', 'true');

  const potentials = page.getByRole('region', { name: /^Potensi/ });
  const before = await potentials.getByRole('listitem').count();
  await page.getByLabel('Potensi baru').focus();
  await page.keyboard.type('Desa wisata Pujon Kidul sudah dikenal secara nasional.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pengembangan pariwisata berbasis potensi lokal');
  await page.keyboard.press('Enter');
  await expect(potentials.getByRole('listitem')).toHaveCount(before + 1);
  const added = page.getByLabel(`Uraian potensi ${before + 1}`);
  await expect(added).toHaveValue('Desa wisata Pujon Kidul sudah dikenal secara nasional.');

  // Delete by keyboard: focus moves to a neighbour, not to the top of the page.
  await page.getByRole('button', { name: `Hapus potensi ${before + 1}` }).focus();
  await page.keyboard.press('Enter');
  await expect(potentials.getByRole('listitem')).toHaveCount(before);
  await expect(page.getByLabel(`Uraian potensi ${before}`)).toBeFocused();
  await expectSaved(page);
});

test('the core refuses an issue without a description with 400', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  const workshopId = workshopIdFromUrl(page);
  const opened = await callApi<{ workshop: { revision: number } }>(page, app.url, 'workshop.open', { workshopId });
  const response = await page.request.post(`${app.url}/api/workshop.apply`, {
    data: {
      workshopId,
      baseRevision: opened.workshop.revision,
      command: { type: 'upsertIssue', item: { id: 'isu-kosong', dimensionId: 'smart-governance', kind: 'permasalahan', text: '   ' } },
    },
  });
  expect(response.status()).toBe(400);
  expect(((await response.json()) as { error: { message: string } }).error.message).toBe('Uraian: Wajib diisi');
});

for (const size of SIZES) {
  test(`the issues worksheet at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
    await openIssues(page);
    await expect(page.getByLabel('Uraian permasalahan 1')).not.toHaveValue('');
    await page.getByRole('tab', { name: /Smart Governance/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `issues-${size.name}.png`) });

    await page.getByRole('button', { name: 'Tambah permasalahan' }).click();
    await expect(page.getByText('Wajib diisi', { exact: true })).toBeVisible();
    await page.getByLabel('Permasalahan baru').evaluate((field) => field.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(SHOTS, `issues-invalid-${size.name}.png`) });
  });
}

test('an issue that programs list is deleted only with consent, and one Urungkan brings it back with its links', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await openIssues(page);
  const first = await page.getByLabel('Uraian permasalahan 1').inputValue();
  await page.getByRole('button', { name: 'Hapus permasalahan 1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Hapus permasalahan ini?' });
  await expect(confirm).toContainText(/dirujuk oleh \d+ program berikut/);
  await page.screenshot({ path: path.join(SHOTS, 'issues-remove-linked-1366x768.png') });
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByLabel('Uraian permasalahan 1')).toHaveValue(first);

  const workshopId = workshopIdFromUrl(page);
  const listing = async () =>
    (await callApi<{ workshop: { issues: { id: string; text: string }[]; programs: { issueIds: string[] }[] } }>(page, app.url, 'workshop.open', { workshopId })).workshop;
  const before = await listing();
  const issueId = before.issues.find((i) => i.text === first)?.id ?? '';
  const linked = before.programs.filter((p) => p.issueIds.includes(issueId)).length;
  expect(linked).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Hapus permasalahan 1' }).click();
  await confirm.getByRole('button', { name: 'Hapus permasalahan' }).click();
  await expect(page.getByLabel('Uraian permasalahan 1')).not.toHaveValue(first);
  await expectSaved(page);
  expect((await listing()).programs.filter((p) => p.issueIds.includes(issueId))).toHaveLength(0);

  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByLabel('Uraian permasalahan 1')).toHaveValue(first);
  await expectSaved(page);
  expect((await listing()).programs.filter((p) => p.issueIds.includes(issueId))).toHaveLength(linked);
});
