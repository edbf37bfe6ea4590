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

test('in English, a refusal from the core is worded in English from its reason, not in the Indonesian it crossed the wire with', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'English (EN)' }).click();
  await page.getByRole('link', { name: `Open ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Stages and worksheets' }).getByRole('link', { name: /Program Matrix/ }).click();
  await page.getByRole('button', { name: 'Import programs (XLSX/CSV)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import programs from Excel or CSV' });

  // A binary file named .csv: the core refuses it with reason import.notCsvText and the file name as a param.
  await dialog.getByLabel('Program file (.xlsx or .csv)').setInputFiles({ name: 'matriks.csv', mimeType: 'text/csv', buffer: Buffer.from('Kode;Nama\u0000Program\n', 'utf8') });
  await expect(dialog.getByText('File "matriks.csv" is not a CSV text file. Choose an .xlsx or .csv file.')).toBeVisible();
  await expect(dialog).not.toContainText('bukan berkas CSV teks');
  await page.screenshot({ path: 'test/e2e/screenshots/language-error-en-1366x768.png' });

  // The same refusal back in Indonesian, as the core's own message says it.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Bahasa Indonesia (ID)' }).click();
  await page.getByRole('button', { name: 'Impor program (XLSX/CSV)' }).click();
  await page.getByRole('dialog', { name: 'Impor program dari Excel atau CSV' }).getByLabel('Berkas program (.xlsx atau .csv)').setInputFiles({ name: 'matriks.csv', mimeType: 'text/csv', buffer: Buffer.from('Kode;Nama\u0000Program\n', 'utf8') });
  await expect(page.getByRole('dialog').getByText('Berkas "matriks.csv" bukan berkas CSV teks. Pilih berkas .xlsx atau .csv.')).toBeVisible();
});

test('in English, amounts and what is still missing are in English too', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'English (EN)' }).click();
  await page.getByRole('link', { name: `Open ${DEMO_TITLE}` }).click();
  const nav = page.getByRole('navigation', { name: 'Stages and worksheets' });
  await nav.getByRole('link', { name: /Program Matrix/ }).click();
  const izin = page.getByRole('table').getByRole('row', { name: /SG-SV-01/ });
  await expect(izin).toContainText('Rp 1,850,000,000');

  // The draft notice lists the gaps the progress rules find, worded in English.
  await page.getByRole('link', { name: 'Preview & Export' }).click();
  const notice = page.locator('.export-draft-notice');
  await expect(notice).toContainText("commitment row(s) without the official's name");
  await expect(notice).not.toContainText('belum');

  await page.getByRole('button', { name: 'Bahasa Indonesia (ID)' }).click();
  await expect(page.locator('.export-draft-notice')).toContainText('baris komitmen belum memiliki nama pejabat');
  await page.getByRole('link', { name: /Matriks Program/ }).click();
  await expect(page.getByRole('table').getByRole('row', { name: /SG-SV-01/ })).toContainText('Rp 1.850.000.000');
});

test('in English, a count of one reads in the singular ("1 goal", "2 goals"); Indonesian keeps one form', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'English (EN)' }).click();
  await page.getByRole('link', { name: `Open ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Stages and worksheets' }).getByRole('link', { name: /Vision, Mission & Goals/ }).click();
  const counts = page.locator('.mission-goal-count');
  await expect(counts.first()).toBeVisible();
  const english = await counts.allTextContents();
  expect(english).toContain('1 goal');
  expect(english).toContain('2 goals');
  expect(english.filter((text) => text === '1 goals')).toEqual([]);

  await page.getByRole('button', { name: 'Bahasa Indonesia (ID)' }).click();
  await expect(counts.first()).toHaveText(/^\d+ tujuan$/);
  expect(await counts.allTextContents()).toContain('1 tujuan');
});

test('the English strings are loaded when English is chosen, not with the Indonesian first screen', async ({ page, app }) => {
  const english: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/catalogue-en-[^/]*\.js$/.test(request.url())) english.push(request.url());
  });
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil Daerah & Horizon Rencana' })).toBeVisible();
  expect(english).toEqual([]);

  await page.getByRole('button', { name: 'English (EN)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Region Profile & Plan Horizon' })).toBeVisible();
  expect(english).toHaveLength(1);
});
