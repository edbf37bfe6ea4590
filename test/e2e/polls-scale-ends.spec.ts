import path from 'node:path';
import { DEMO_TITLE, callApi, expect, test } from './support/fixtures';
import { LOOPBACK_ONLY, NO_ROOM_NETWORK, checkLayout, deviceContext, joinRoom, startShare } from './support/participant';

/*
 * A scale poll that scores the quick-win cost criterion names its own ends: picking "Biaya" in the
 * poll form fills "1 = biaya besar …" and "5 = tanpa biaya …", and the phone ballot, the paper form
 * and the projector say so, so the room does not score cost backwards.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');
const TITLE = 'Seberapa ringan biayanya?';
const LOW = '1 = biaya besar, anggaran belum ada';
const HIGH = '5 = tanpa biaya atau anggaran sudah ada';

interface Stored {
  workshop: { polls: { id: string; title: string; criterion: string | null; scaleEnds: { low: string; high: string } }[] };
}

test('a cost poll names its ends in the form, on the phone, on the paper form and on the stage', async ({ page, browser, app }) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Jajak Pendapat/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jajak Pendapat' })).toBeVisible();
  const workshopId = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1] ?? '';

  // The form: a 1–5 scale over the quick-win candidates, filling the cost criterion.
  await page.getByRole('button', { name: 'Buat jajak pendapat' }).click();
  const editor = page.getByRole('dialog', { name: 'Buat jajak pendapat' });
  await editor.getByLabel('Pertanyaan').fill(TITLE);
  await editor.getByRole('radio', { name: 'Skala 1–5' }).check();
  await editor.getByLabel('Ambil dari').selectOption({ label: 'Kandidat quick win' });
  const candidates = editor.locator('.poll-source-list input[type=checkbox]');
  for (const i of [0, 1]) await candidates.nth(i).check();
  const low = editor.getByRole('textbox', { name: 'Arti skor 1' });
  const high = editor.getByRole('textbox', { name: 'Arti skor 5' });
  await expect(low).toHaveValue('');
  await expect(low).toHaveAttribute('placeholder', 'sangat rendah');
  await editor.getByLabel('Mengisi skor kriteria quick win').selectOption({ label: 'Biaya & kepastian anggaran' });
  await expect(low).toHaveValue('biaya besar, anggaran belum ada');
  await expect(high).toHaveValue('tanpa biaya atau anggaran sudah ada');
  await high.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'polls-scale-ends-editor-1366.png') });
  await editor.getByRole('button', { name: 'Simpan' }).click();
  await expect(editor).toBeHidden();
  // The poll is written as the dialog closes; the store has it once the save has gone through.
  const storedPoll = async () => (await callApi<Stored>(page, app.url, 'workshop.open', { workshopId })).workshop.polls.find((p) => p.title === TITLE);
  await expect.poll(storedPoll).toBeDefined();
  const poll = await storedPoll();
  expect(poll).toMatchObject({ criterion: 'cost', scaleEnds: { low: 'biaya besar, anggaran belum ada', high: 'tanpa biaya atau anggaran sudah ada' } });
  if (!poll) throw new Error('no poll stored');

  // The paper form, under each candidate's buttons.
  const paper = page.locator('.poll-paper');
  await expect(paper.locator('.ballot-scale-ends').first()).toHaveText(`${LOW}${HIGH}`);
  await paper.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'polls-scale-ends-paper-1366.png') });

  // The phone ballot, at both phone widths.
  await page.getByRole('button', { name: 'Buka', exact: true }).click();
  const room = await startShare(page, app.url, workshopId);
  test.skip(LOOPBACK_ONLY.test(room.url), NO_ROOM_NETWORK);
  for (const [width, height] of [
    [390, 844],
    [360, 640],
  ] as const) {
    const context = await deviceContext(browser, width, height);
    const sari = await context.newPage();
    await joinRoom(sari, room, `Sari ${width}`, { opd: 'Diskominfo' });
    await sari.getByRole('navigation').getByRole('link', { name: /Jajak pendapat/ }).click();
    const card = sari.getByRole('article', { name: TITLE });
    await expect(card.locator('.ballot-scale-ends').first()).toHaveText(`${LOW}${HIGH}`);
    await expect(card.getByRole('radiogroup').first()).toHaveAccessibleDescription(`${LOW} ${HIGH}`);
    await checkLayout(sari, `scale ends ${width}`);
    await card.locator('.ballot-scale-ends').first().scrollIntoViewIfNeeded();
    await sari.screenshot({ path: path.join(SHOTS, `polls-scale-ends-${width}.png`) });
    await context.close();
  }

  // The projector, under the question.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${app.url}#/lokakarya/${workshopId}/panggung/jajak-${poll.id}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.locator('.poll-stage-ends')).toHaveText(`${LOW}${HIGH}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(SHOTS, 'polls-scale-ends-stage-1920.png') });
});
