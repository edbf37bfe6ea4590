import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';
import { SIZES, scrollWorksheetTo } from './support/viewports';

/** Kept outside test-results/, which Playwright empties on every run. */
const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface RichNode {
  type: string;
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: RichNode[];
}

interface Stored {
  workshop: {
    revision: number;
    vision: { statement: RichNode; explanation: RichNode; keywords: string[] };
    missions: { id: string; text: string; dimensionIds: string[] }[];
    goals: { id: string; missionId: string | null; text: string; indicator: { name: string; unit: string; baseline: number | null; baselineYear: number | null; targets: { year: number; value: number }[] } }[];
  };
}

const textRuns = (node: RichNode): RichNode[] => (node.type === 'text' ? [node] : (node.content ?? []).flatMap(textRuns));

/** Opens the demo workshop's vision worksheet and returns the workshop's id. */
const openDemoVision = async (page: Page, baseUrl: string): Promise<string> => {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Visi, Misi & Tujuan/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visi, Misi & Tujuan' })).toBeVisible();
  const id = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop in ${page.url()}`);
  return id;
};

const stored = (page: Page, baseUrl: string, workshopId: string) => callApi<Stored>(page, baseUrl, 'workshop.open', { workshopId });

test('the vision is written with formatting, keywords come from Tahap I, and missions and goals are all there after a reload', async ({ page, app }) => {
  test.slow();
  const workshopId = await openDemoVision(page, app.url);

  // Rumusan visi: rich text, with a bold word typed through the keyboard shortcut.
  const statement = page.getByRole('textbox', { name: 'Rumusan visi' });
  const bold = page.getByRole('toolbar', { name: 'Format teks: Rumusan visi' }).getByRole('button', { name: 'Tebal' });
  await statement.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Kabupaten Malang yang ');
  await page.keyboard.press('Control+b');
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('cerdas');
  await page.keyboard.press('Control+b');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.type(' dan lestari.');
  await page.getByRole('heading', { level: 1 }).click();
  await expectSaved(page);

  // Keywords: one from the suggestions, one typed, one removed; a duplicate and an empty one are refused.
  const keywords = page.getByRole('list', { name: 'Kata kunci terpilih' });
  await page.getByRole('button', { name: /^Tambahkan kata kunci data \(disebut di \d+ catatan Tahap I\)$/ }).click();
  await expect(keywords.getByText('data', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Tambahkan kata kunci data / })).toBeHidden();
  const newKeyword = page.getByLabel('Kata kunci baru');
  await page.getByRole('button', { name: 'Tambah', exact: true }).click();
  await expect(page.getByText('Tulis kata kunci terlebih dahulu')).toBeVisible();
  await newKeyword.fill('Melayani');
  await newKeyword.press('Enter');
  await expect(page.getByText('Kata kunci "Melayani" sudah ada')).toBeVisible();
  await expect(newKeyword).toHaveAttribute('aria-invalid', 'true');
  await newKeyword.fill('inklusif');
  await newKeyword.press('Enter');
  await expect(keywords.getByText('inklusif', { exact: true })).toBeVisible();
  await expect(newKeyword).toHaveValue('');
  await page.getByRole('button', { name: 'Hapus kata kunci lestari' }).click();
  await expect(keywords.getByText('lestari', { exact: true })).toBeHidden();

  // A mission without text is refused; a new one is tied to a dimension.
  await page.getByRole('button', { name: 'Tambah misi' }).click();
  // Said under the new mission's own box, which describes it: no field name needed in the words.
  await expect(page.getByLabel('Misi baru')).toHaveAccessibleDescription(/Wajib diisi/);
  await page.getByLabel('Misi baru').fill('Memperkuat kolaborasi pentahelix dalam inovasi daerah.');
  await page.getByRole('button', { name: 'Tambah misi' }).click();
  await expect(page.getByLabel('Misi 7', { exact: true })).toHaveValue('Memperkuat kolaborasi pentahelix dalam inovasi daerah.');
  await page.getByRole('group', { name: 'Dimensi yang didukung misi 7' }).getByLabel('Smart Society').check();

  // A goal for the new mission, filled in place; an emptied goal text is refused and not stored.
  await page.getByLabel('Tujuan baru').fill('Meningkatkan jumlah inovasi hasil kolaborasi.');
  await page.getByLabel('Untuk misi').selectOption({ label: 'Misi 7: Memperkuat kolaborasi pentahelix dalam inovasi…' });
  await page.getByRole('button', { name: 'Tambah tujuan' }).click();
  await page.getByLabel('Indikator tujuan 9', { exact: true }).fill('Jumlah inovasi bersama perguruan tinggi dan komunitas');
  await page.getByLabel('Satuan indikator tujuan 9', { exact: true }).fill('inovasi');
  await page.getByLabel('Baseline tujuan 9', { exact: true }).fill('2,5');
  await page.getByLabel('Tahun baseline tujuan 9', { exact: true }).fill('2021');
  // A target that is not a number is refused where it was typed.
  await page.getByLabel('Target 2031 tujuan 9', { exact: true }).fill('dua puluh');
  await page.getByLabel('Target 2031 tujuan 9', { exact: true }).blur();
  await expect(page.getByLabel('Target 2031 tujuan 9', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Target 2031 tujuan 9', { exact: true }).fill('1.200');
  await page.getByLabel('Target 2031 tujuan 9', { exact: true }).press('Enter');
  // A target for any other year of the plan, not only its middle and last year.
  await expect(page.getByLabel('Tambah target tahun lain untuk tujuan 9').locator('option')).toHaveText(['+ Tahun lain', '2022', '2023', '2024', '2025', '2027', '2028', '2029', '2030']);
  await page.getByLabel('Tambah target tahun lain untuk tujuan 9').selectOption('2028');
  await page.getByLabel('Target 2028 tujuan 9', { exact: true }).fill('600');
  await page.getByLabel('Target 2028 tujuan 9', { exact: true }).press('Enter');
  const goalText = page.getByLabel('Tujuan 9', { exact: true });
  await goalText.fill('   ');
  await goalText.blur();
  await expect(goalText).toHaveAccessibleDescription(/Wajib diisi/);
  await expect(goalText).toHaveAttribute('aria-invalid', 'true');
  await expectSaved(page);

  const { workshop } = await stored(page, app.url, workshopId);
  const runs = textRuns(workshop.vision.statement);
  expect(runs.map((r) => r.text).join('')).toBe('Kabupaten Malang yang cerdas dan lestari.');
  expect(runs.find((r) => r.text === 'cerdas')?.marks).toEqual([{ type: 'bold' }]);
  expect(workshop.vision.keywords).toEqual(expect.arrayContaining(['data', 'inklusif', 'melayani']));
  expect(workshop.vision.keywords).not.toContain('lestari');
  const mission = workshop.missions.at(-1);
  expect(mission).toMatchObject({ text: 'Memperkuat kolaborasi pentahelix dalam inovasi daerah.', dimensionIds: ['smart-society'] });
  expect(workshop.goals.at(-1)).toMatchObject({
    missionId: mission?.id,
    text: 'Meningkatkan jumlah inovasi hasil kolaborasi.',
    indicator: {
      name: 'Jumlah inovasi bersama perguruan tinggi dan komunitas',
      unit: 'inovasi',
      baseline: 2.5,
      baselineYear: 2021,
      targets: [
        { year: 2028, value: 600 },
        { year: 2031, value: 1200 },
      ],
    },
  });

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Rumusan visi' })).toHaveText('Kabupaten Malang yang cerdas dan lestari.');
  await expect(page.getByRole('textbox', { name: 'Rumusan visi' }).locator('strong')).toHaveText('cerdas');
  await expect(page.getByRole('list', { name: 'Kata kunci terpilih' }).getByText('inklusif', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Misi 7', { exact: true })).toHaveValue('Memperkuat kolaborasi pentahelix dalam inovasi daerah.');
  await expect(page.getByRole('group', { name: 'Dimensi yang didukung misi 7' }).getByLabel('Smart Society')).toBeChecked();
  await expect(page.getByLabel('Tujuan 9', { exact: true })).toHaveValue('Meningkatkan jumlah inovasi hasil kolaborasi.');
  await expect(page.getByLabel('Target 2031 tujuan 9', { exact: true })).toHaveValue('1.200');
  await expect(page.getByLabel('Target 2028 tujuan 9', { exact: true })).toHaveValue('600');
  await expect(page.getByLabel('Baseline tujuan 9', { exact: true })).toHaveValue('2,5');
});

test('typing a sentence commits it after the pause, not once per keystroke', async ({ page, app }) => {
  const workshopId = await openDemoVision(page, app.url);
  await expectSaved(page);
  const before = (await stored(page, app.url, workshopId)).workshop.revision;
  const explanation = page.getByRole('textbox', { name: 'Penjelasan visi' });
  await explanation.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  const sentence = 'Inklusif: tidak ada warga yang tertinggal.';
  await page.keyboard.type(sentence);
  await expectSaved(page);
  const after = await stored(page, app.url, workshopId);
  // One commit when typing flows; a busy machine may pause once or twice. Never one per key.
  const commits = after.workshop.revision - before;
  expect(commits).toBeGreaterThanOrEqual(1);
  expect(commits).toBeLessThanOrEqual(3);
  expect(commits).toBeLessThan(sentence.length);
  expect(textRuns(after.workshop.vision.explanation).map((r) => r.text)).toContain('Inklusif: tidak ada warga yang tertinggal.');
});

test('a link in the explanation must be an http(s) address; the editor undoes its own typing', async ({ page, app }) => {
  test.slow();
  const workshopId = await openDemoVision(page, app.url);
  const explanation = page.getByRole('textbox', { name: 'Penjelasan visi' });
  const toolbar = page.getByRole('toolbar', { name: 'Format teks: Penjelasan visi' });
  await explanation.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Rujukan Kominfo');
  await page.keyboard.press('Shift+Home');
  await toolbar.getByRole('button', { name: 'Tautan' }).click();
  const address = page.getByRole('textbox', { name: 'Alamat tautan (http:// atau https://)' });
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(page.getByText('Hanya alamat http:// atau https:// yang boleh dipakai')).toBeVisible();
  await address.fill('www.kominfo.go.id');
  await address.press('Enter');
  await expect(address).toBeHidden();
  await expect(explanation.getByRole('link', { name: 'Rujukan Kominfo' })).toHaveAttribute('href', 'https://www.kominfo.go.id/');
  await page.getByRole('heading', { level: 1 }).click();
  await expectSaved(page);
  const links = textRuns((await stored(page, app.url, workshopId)).workshop.vision.explanation).flatMap((r) => r.marks ?? []).filter((m) => m.type === 'link');
  expect(links.map((m) => m.attrs?.['href'])).toEqual(['https://www.kominfo.go.id/']);

  // The editor's own undo button takes back typing inside it.
  await explanation.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' (diakses 2026)');
  await expect(explanation).toContainText('(diakses 2026)');
  await toolbar.getByRole('button', { name: 'Urungkan ketikan' }).click();
  await expect(explanation).not.toContainText('(diakses 2026)');
});

for (const size of SIZES) {
  test(`the demo vision worksheet at ${size.name}`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(app.url);
    if (size.projector) await page.getByRole('button', { name: 'Mode proyektor' }).click();
    await openDemoVision(page, app.url);
    await expect(page.getByRole('textbox', { name: 'Rumusan visi' })).toContainText('Smart Regency');
    await page.screenshot({ path: path.join(SHOTS, `vision-${size.name}.png`) });
    await scrollWorksheetTo(page.getByRole('heading', { name: 'Kata kunci visi' }));
    await page.screenshot({ path: path.join(SHOTS, `vision-keywords-${size.name}.png`) });
    await scrollWorksheetTo(page.getByRole('heading', { name: 'Tujuan, indikator dan target' }));
    await page.screenshot({ path: path.join(SHOTS, `vision-goals-${size.name}.png`) });
  });
}
