import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, test } from './support/fixtures';

/*
 * A plenary dot vote: the facilitator sets up a poll over issues on the Jajak Pendapat worksheet and
 * opens it; an OPD head votes from a 390×844 phone on the room's network (an over-limit ballot is
 * refused by the server, a second one replaces the first); a paper ballot is keyed in; the result is
 * revealed, applied to the issues' priorities after a confirmation, and undone with one Urungkan.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');
const DISKOMINFO = 'Diskominfo · Dinas Komunikasi dan Informatika';

interface Stored {
  workshop: { revision: number; issues: { id: string; text: string; priority?: number | null }[]; polls: { id: string; title: string; status: string; revealed: boolean; items: { id: string; ref: { id: string } | null }[]; ballots: { voterId: string; paper: boolean; answer: unknown }[] }[] };
}

const phone = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });

/** No sideways scrolling on the phone, and every visible control at least 44 px tall. */
const checkPhoneLayout = async (page: Page, screen: string): Promise<void> => {
  const width = page.viewportSize()?.width ?? 0;
  const layout = await page.evaluate((width) => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.p-main button, .p-main input, .p-main textarea')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.height < 44) small.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.height)}px`);
    }
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right + window.scrollX > width + 1 && getComputedStyle(el).position !== 'fixed')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(0, 5);
    return { scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), scrollX: window.scrollX, innerWidth: window.innerWidth, small, wide };
  }, width);
  expect(layout.wide, `${screen}: elements past the right edge`).toEqual([]);
  expect(layout.scrollX, `${screen}: scrolled sideways`).toBe(0);
  // A mobile browser widens the layout viewport to fit content that overflows: it must stay the phone's width.
  expect(layout.innerWidth, `${screen}: layout viewport`).toBe(page.viewportSize()?.width);
  expect(layout.scrollWidth, `${screen}: horizontal overflow`).toBeLessThanOrEqual(layout.innerWidth);
  expect(layout.small, `${screen}: touch targets under 44 px`).toEqual([]);
};

const openPollsSheet = async (page: Page, baseUrl: string): Promise<string> => {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Jajak Pendapat/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jajak Pendapat' })).toBeVisible();
  const id = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop in ${page.url()}`);
  return id;
};

test('a dot vote over issues: phones vote within limits, paper ballots count, the result sets issue priorities and one undo reverts it', async ({ page, browser, app }) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  const workshopId = await openPollsSheet(page, app.url);
  const status = await callApi<{ urls: string[]; code: string }>(page, app.url, 'share.start', { workshopId });
  const url = status.urls[0] ?? '';
  test.skip(/\/\/(127\.|localhost|\[::1\])/.test(url), 'This machine has no network address besides loopback, so no browser can be a participant.');

  // The facilitator sets up the poll: three issues from the workshop, 3 dots each, at most 2 on one.
  await page.getByRole('button', { name: 'Buat jajak pendapat' }).click();
  const editor = page.getByRole('dialog', { name: 'Buat jajak pendapat' });
  await editor.getByLabel('Pertanyaan').fill('Isu mana yang paling mendesak?');
  const sources = editor.locator('.poll-source-list input[type=checkbox]');
  for (const i of [0, 1, 2]) await sources.nth(i).check();
  await editor.getByLabel('Titik paling banyak per pilihan').fill('2');
  await page.screenshot({ path: path.join(SHOTS, 'polls-editor-1366.png') });
  await editor.getByRole('button', { name: 'Simpan' }).click();
  await page.getByRole('button', { name: 'Buka', exact: true }).click();
  await expect(page.locator('.poll-detail .poll-status')).toHaveText('Dibuka');

  // An OPD head votes from a phone.
  const context = await phone(browser);
  const sari = await context.newPage();
  await sari.goto(url);
  await sari.getByLabel('Kode bergabung').fill(status.code);
  await sari.getByRole('button', { name: 'Lanjut' }).click();
  await sari.getByLabel('Nama Anda').fill('Sari Dewi');
  await sari.getByLabel('OPD Anda').selectOption({ label: DISKOMINFO });
  await sari.getByRole('button', { name: 'Bergabung' }).click();
  await sari.getByRole('navigation').getByRole('link', { name: /Jajak pendapat/ }).click();
  const card = sari.getByRole('article', { name: 'Isu mana yang paling mendesak?' });
  await expect(card).toBeVisible();
  const adds = card.getByRole('button', { name: /Tambah titik untuk/ });
  await adds.nth(0).click();
  await adds.nth(0).click();
  await expect(adds.nth(0)).toBeDisabled(); // at most 2 on one issue
  await adds.nth(1).click();
  await expect(card.getByText('Sisa titik: 0 dari 3')).toBeVisible();
  await checkPhoneLayout(sari, 'ballot');
  // Each choice's text reads across the card, the stepper under it (side by side, a sentence ran to eight lines).
  const widths = await card.locator('.ballot-item').first().evaluate((item) => ({ item: item.clientWidth, label: item.querySelector('.ballot-item-label')?.getBoundingClientRect().width ?? 0 }));
  expect(widths.label).toBeGreaterThan(widths.item * 0.8);
  await sari.screenshot({ path: path.join(SHOTS, 'polls-ballot-390.png') });
  await card.getByRole('button', { name: 'Kirim suara' }).click();
  await expect(card.getByText('Suara Anda tersimpan.', { exact: false })).toBeVisible();

  // The server refuses an over-limit ballot sent around the phone's buttons, and writes nothing.
  const stored = async () => callApi<Stored>(page, app.url, 'workshop.open', { workshopId });
  const before = await stored();
  // The demo has closed polls of its own; this test's poll is found by its question.
  const poll = before.workshop.polls.find((p) => p.title === 'Isu mana yang paling mendesak?');
  if (!poll) throw new Error('no poll stored');
  const token = await sari.evaluate(() => JSON.parse(window.sessionStorage.getItem('masterplan.peserta') ?? '{}') as { token?: string });
  const over = await sari.request.post(`${url.replace(/\/$/, '')}/api/workshop.apply`, {
    headers: { authorization: `Bearer ${token.token ?? ''}`, 'content-type': 'application/json' },
    data: { workshopId, baseRevision: before.workshop.revision, command: { type: 'castBallot', pollId: poll.id, ballot: { voterId: 'x', answer: { kind: 'dots', dots: poll.items.map((i) => ({ itemId: i.id, count: 2 })) } } } },
  });
  expect(over.status()).toBe(400);
  expect(((await over.json()) as { error: { reason: string; field: string } }).error).toMatchObject({ reason: 'poll.tooManyDots', field: 'ballot.answer.dots' });
  // Nothing of the refused ballot is stored (the revision may move with another window's unrelated write meanwhile).
  expect((await stored()).workshop.polls.find((p) => p.id === poll.id)).toEqual(poll);

  // A second ballot replaces the first.
  const removes = card.getByRole('button', { name: /Kurangi titik untuk/ });
  await removes.nth(0).click();
  await removes.nth(0).click();
  await adds.nth(2).click();
  await card.getByRole('button', { name: /Kirim ulang/ }).click();
  await expect.poll(async () => (await stored()).workshop.polls.find((p) => p.id === poll.id)?.ballots.map((b) => b.answer)).toEqual([{ kind: 'dots', dots: [{ itemId: poll.items[1]?.id, count: 1 }, { itemId: poll.items[2]?.id, count: 1 }] }]);

  // A paper ballot, keyed in by the facilitator.
  const paper = page.locator('.poll-paper');
  await paper.getByRole('button', { name: /Tambah titik untuk/ }).nth(1).click();
  await paper.getByRole('button', { name: 'Simpan surat suara kertas' }).click();
  await expect(page.getByRole('heading', { name: /2 suara \(1 kertas\)/ })).toBeVisible();

  // Reveal, then apply to the issues' priorities.
  await page.getByRole('button', { name: 'Tampilkan hasil' }).click();
  await expect(card.getByRole('heading', { name: 'Hasil' })).toBeVisible();
  await checkPhoneLayout(sari, 'ballot with results');
  await sari.screenshot({ path: path.join(SHOTS, 'polls-ballot-results-390.png') });
  await page.screenshot({ path: path.join(SHOTS, 'polls-worksheet-1366.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: path.join(SHOTS, 'polls-worksheet-1920.png') });
  // The stage shows the revealed counts in large type, at both projector sizes.
  await page.goto(`${app.url}#/lokakarya/${workshopId}/panggung/jajak-${poll.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Isu mana yang paling mendesak?' })).toBeVisible();
  await expect(page.locator('.poll-bars-stage .poll-bar-count').first()).toHaveText('2 titik · 2 orang');
  await page.screenshot({ path: path.join(SHOTS, 'polls-stage-1920.png') });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: path.join(SHOTS, 'polls-stage-1366.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Jajak Pendapat' })).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Terapkan hasil' }).click();
  const confirm = page.getByRole('dialog', { name: 'Terapkan hasil jajak pendapat?' });
  await expect(confirm.getByText('Prioritas 3 isu di lembar Isu Daerah', { exact: false })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'polls-apply-1920.png') });
  await confirm.getByRole('button', { name: 'Terapkan' }).click();
  const refIds = poll.items.map((i) => i.ref?.id ?? '');
  const priorities = async () => {
    const w = (await stored()).workshop;
    return refIds.map((id) => w.issues.find((i) => i.id === id)?.priority ?? null);
  };
  // Dots: first issue 0, second 1 + 1 paper = 2, third 1.
  await expect.poll(priorities).toEqual([null, 1, 2]);
  await page.keyboard.press('Control+z');
  await expect.poll(priorities).toEqual([null, null, null]);

  // A projector on this poll follows the facilitator to the next poll revealed (one of the demo's
  // closed polls): it used to stay on the dot vote until someone pressed → on the projector.
  const stage = await page.context().newPage();
  await stage.setViewportSize({ width: 1920, height: 1080 });
  await stage.goto(`${app.url}#/lokakarya/${workshopId}/panggung/jajak-${poll.id}`);
  await expect(stage.getByRole('heading', { level: 1 })).toHaveText('Isu mana yang paling mendesak?');
  const nextPoll = (await stored()).workshop.polls.find((p) => p.id !== poll.id && p.status === 'closed' && !p.revealed);
  if (!nextPoll) throw new Error('the demo has no closed, unrevealed poll');
  await page.getByRole('button', { name: nextPoll.title }).click();
  await page.getByRole('button', { name: 'Tampilkan hasil' }).click();
  await expect(stage.getByRole('heading', { level: 1 })).toHaveText(nextPoll.title);
  await expect(stage).toHaveURL(new RegExp(`/panggung/jajak-${nextPoll.id}$`));

  // Twenty long choices, revealed: the projector shows twelve as one row each, all of them on screen
  // at 1366×768 (large bars showed four and cut the fifth), and says how many more there are.
  const apply = async (command: Record<string, unknown>) => callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: (await stored()).workshop.revision, command });
  const items = Array.from({ length: 20 }, (_, i) => ({ id: `pilihan-${i + 1}`, label: `Pilihan ${i + 1}: layanan publik di kecamatan masih harus bolak-balik ke kantor karena persyaratannya tersebar` }));
  await apply({ type: 'createPoll', pollId: 'jajak-banyak', settings: { title: 'Dua puluh pilihan', kind: 'dots', items, limits: { dotsPerPerson: 20, maxPerItem: 1 } } });
  await apply({ type: 'openPoll', pollId: 'jajak-banyak' });
  await apply({ type: 'addPaperBallot', pollId: 'jajak-banyak', ballot: { voterId: 'kertas-1', paper: true, answer: { kind: 'dots', dots: items.map((i) => ({ itemId: i.id, count: 1 })) } } });
  await apply({ type: 'revealPoll', pollId: 'jajak-banyak' });
  await stage.setViewportSize({ width: 1366, height: 768 });
  await stage.goto(`${app.url}#/lokakarya/${workshopId}/panggung/jajak-jajak-banyak`);
  await expect(stage.locator('.poll-bars-stage .poll-bar-row')).toHaveCount(12);
  await expect(stage.getByText('… dan 8 pilihan lain (lihat lembar Jajak Pendapat).')).toBeVisible();
  // One dot each: a twenty-way tie, every bar drawn as leading (only the first was, as if it had won).
  await expect(stage.locator('.poll-bars-stage .poll-bar-row.is-top')).toHaveCount(12);
  const fit = await stage.evaluate(() => {
    const body = document.querySelector('.panggung-body');
    const rows = [...document.querySelectorAll('.poll-bars-stage .poll-bar-row')];
    return { overflow: body ? body.scrollHeight - body.clientHeight : -1, lastBottom: Math.max(...rows.map((r) => r.getBoundingClientRect().bottom)), bodyBottom: body?.getBoundingClientRect().bottom ?? 0 };
  });
  expect(fit.overflow).toBe(0);
  expect(fit.lastBottom).toBeLessThanOrEqual(fit.bodyBottom);
  await stage.screenshot({ path: path.join(SHOTS, 'polls-stage-many-1366.png') });
  await context.close();
});

/*
 * The Bimtek walkthrough's loose ends around a 1–5 scale poll: the phone and the projector say what
 * 1 and 5 mean; a participant who taps Keluar and joins again from the same phone is the same
 * participant (its device key), so a second ballot replaces the first instead of counting twice.
 */
test('a 1–5 scale: both ends named on the phone and the stage; Keluar and rejoin from the same phone keeps one ballot', async ({ page, browser, app }) => {
  test.slow();
  const workshopId = await openPollsSheet(page, app.url);
  const status = await callApi<{ urls: string[]; code: string }>(page, app.url, 'share.start', { workshopId });
  const url = status.urls[0] ?? '';
  test.skip(/\/\/(127\.|localhost|\[::1\])/.test(url), 'This machine has no network address besides loopback, so no browser can be a participant.');
  const stored = async () => callApi<Stored>(page, app.url, 'workshop.open', { workshopId });
  const apply = async (command: Record<string, unknown>) => callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: (await stored()).workshop.revision, command });
  const items = [
    { id: 'skala-1', label: 'Aplikasi antrean puskesmas' },
    { id: 'skala-2', label: 'Dasbor data kemiskinan terpadu' },
  ];
  await apply({ type: 'createPoll', pollId: 'jajak-skala', settings: { title: 'Seberapa besar dampaknya?', kind: 'scale', items, anonymous: false } });
  await apply({ type: 'openPoll', pollId: 'jajak-skala' });

  const context = await phone(browser);
  const sari = await context.newPage();
  const joinAs = async (name: string) => {
    await sari.goto(url);
    await sari.getByLabel('Kode bergabung').fill(status.code);
    await sari.getByRole('button', { name: 'Lanjut' }).click();
    await sari.getByLabel('Nama Anda').fill(name);
    await sari.getByLabel('OPD Anda').selectOption({ label: DISKOMINFO });
    await sari.getByRole('button', { name: 'Bergabung' }).click();
    await sari.getByRole('navigation').getByRole('link', { name: /Jajak pendapat/ }).click();
    return sari.getByRole('article', { name: 'Seberapa besar dampaknya?' });
  };
  const vote = async (card: Awaited<ReturnType<typeof joinAs>>, scores: number[]) => {
    for (const [i, item] of items.entries()) await card.getByRole('radio', { name: `Skor untuk ${item.label}: ${scores[i]}` }).click();
    await card.getByRole('button', { name: /Kirim/ }).click();
    await expect(card.getByText('Suara Anda tersimpan.', { exact: false })).toBeVisible();
  };

  const card = await joinAs('Sari');
  // Each item says what its ends mean, and each scale's radio group is described by them.
  await expect(card.locator('.ballot-scale-ends')).toHaveCount(2);
  await expect(card.locator('.ballot-scale-ends').first()).toHaveText('1 = sangat rendah5 = sangat tinggi');
  await expect(card.getByRole('radiogroup').first()).toHaveAccessibleDescription('1 = sangat rendah 5 = sangat tinggi');
  await checkPhoneLayout(sari, 'scale ballot');
  await sari.screenshot({ path: path.join(SHOTS, 'polls-scale-390.png') });
  await vote(card, [4, 2]);

  // Keluar (asked first), then back with the code from the same phone, the name corrected.
  await sari.getByRole('button', { name: 'Keluar dan bergabung lagi dengan kode' }).click();
  await sari.getByRole('button', { name: 'Ya, keluar' }).click();
  const again = await joinAs('Sari Dewi');
  await vote(again, [5, 1]);
  const ballots = async () => (await stored()).workshop.polls.find((p) => p.id === 'jajak-skala')?.ballots ?? [];
  await expect.poll(async () => (await ballots()).map((b) => b.answer)).toEqual([
    { kind: 'scale', scores: [{ itemId: 'skala-1', score: 5 }, { itemId: 'skala-2', score: 1 }] },
  ]);
  const participants = await callApi<{ participants: { name: string }[] }>(page, app.url, 'share.participants', {});
  expect(participants.participants.map((p) => p.name)).toEqual(['Sari Dewi']);

  // The projector names the ends under the question, before and after the reveal.
  await apply({ type: 'revealPoll', pollId: 'jajak-skala' });
  for (const size of [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }]) {
    await page.setViewportSize(size);
    await page.goto(`${app.url}#/lokakarya/${workshopId}/panggung/jajak-jajak-skala`);
    await expect(page.getByRole('heading', { level: 1, name: 'Seberapa besar dampaknya?' })).toBeVisible();
    await expect(page.locator('.poll-stage-ends')).toHaveText('1 = sangat rendah5 = sangat tinggi');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, `polls-scale-stage-${size.width}.png`) });
  }
  await context.close();
});
