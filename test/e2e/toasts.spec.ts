import path from 'node:path';
import { DEMO_TITLE, expect, expectSaved, test } from './support/fixtures';

const SHOTS = path.join(import.meta.dirname, 'screenshots');

/*
 * Undo toasts on the facilitator's screen (issue 12, the Bimtek walkthrough): four quick deletions
 * piled four toasts over the worksheet. At most two are shown, the newest on top (first in reading
 * and Tab order), and each one's "Urungkan" works from the keyboard.
 */
test('four quick deletions leave two undo toasts, newest on top, each usable from the keyboard', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Isu Daerah per Dimensi/ }).click();
  await page.getByRole('tab', { name: /Smart Branding/ }).click();
  const potentials = page.getByRole('region', { name: /^Potensi/ });
  const before = await potentials.getByRole('listitem').count();
  const texts = ['Potensi uji A: batik tulis', 'Potensi uji B: wisata kopi', 'Potensi uji C: festival budaya', 'Potensi uji D: kuliner pesisir'];
  for (const text of texts) {
    await page.getByLabel('Potensi baru').fill(text);
    await page.getByLabel('Potensi baru').press('Enter');
  }
  await expect(potentials.getByRole('listitem')).toHaveCount(before + 4);
  await expectSaved(page);

  // Delete D, C, B, A in quick succession (the last one each time).
  for (let n = before + 4; n > before; n--) await page.getByRole('button', { name: `Hapus potensi ${n}` }).click();
  await expect(potentials.getByRole('listitem')).toHaveCount(before);
  const toasts = page.locator('.toast');
  await expect(toasts).toHaveCount(2);
  await page.screenshot({ path: path.join(SHOTS, 'toasts-two-1366.png') });

  // The top one is the newest (A's deletion): its Urungkan, reached and pressed from the keyboard, brings A back.
  const topUndo = toasts.first().getByRole('button', { name: 'Urungkan' });
  await topUndo.focus();
  await expect(topUndo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(`Uraian potensi ${before + 1}`)).toHaveValue(texts[0] ?? '');
  await expect(toasts).toHaveCount(1);

  // The other one (B's deletion) works from the keyboard too.
  const nextUndo = toasts.first().getByRole('button', { name: 'Urungkan' });
  await nextUndo.focus();
  await page.keyboard.press('Enter');
  await expect(potentials.getByRole('listitem')).toHaveCount(before + 2);
  await expect(page.getByLabel(`Uraian potensi ${before + 2}`)).toHaveValue(texts[1] ?? '');
  await expectSaved(page);
});
