import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { callApi, expect, expectSaved, test } from './support/fixtures';
import { LOOPBACK_ONLY, NO_ROOM_NETWORK, checkLayout, chooseOpd, deviceContext, joinRoom, startShare } from './support/participant';

/*
 * What a participant's phone says as the room moves under it, found by going through the phone screens
 * at 360×640 and 390×844 as a participant would:
 * - a poll the facilitator closes while the participant is still choosing stays on the screen, saying it
 *   closed and whether their vote is in the count (it vanished without a word, the count in the tab dropping);
 * - the join screen's buttons say what is still missing when pressed (they were greyed out without a word,
 *   the OPD list below the fold of a 360×640 phone);
 * - "Keluar?" left unanswered does not follow the participant to the next screen;
 * - a long program or proposal name wraps in its box instead of scrolling out of sight;
 * - a phone that cannot reach the room says to check the Wi-Fi and the facilitator's sharing, not "the server";
 * - a participant whose access was revoked reads why in their own language on the join screen;
 * - a three-word name is shown whole in the header (it read "Bambang Sutrisno…" at 360 px);
 * - with the on-screen keyboard up (a short window), the field being typed in is not under the header
 *   or the bottom navigation (the navigation covered the program form's last field).
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');

interface Opened {
  workshop: { revision: number; issues: { id: string; text: string }[] };
}

const NAME = 'Bambang Sutrisno Wicaksono';

/** The demo workshop shared, and a 360×640 phone on the room's network (skipped where there is none). */
const phoneInRoom = async (page: Page, browser: Browser, baseUrl: string) => {
  const room = await startShare(page, baseUrl);
  test.skip(LOOPBACK_ONLY.test(room.url), NO_ROOM_NETWORK);
  const context = await deviceContext(browser, 360, 640);
  return { room, context, phone: await context.newPage() };
};

const toEnglish = (p: Page) => p.getByRole('button', { name: 'English (EN)' }).click();

test('a poll closed while a participant is choosing stays on the phone and says whether their vote counts', async ({ page, browser, app }) => {
  test.slow();
  const room = await startShare(page, app.url);
  test.skip(LOOPBACK_ONLY.test(room.url), NO_ROOM_NETWORK);
  const { workshopId } = room;
  const apply = async (command: unknown) => {
    const { workshop } = await callApi<Opened>(page, app.url, 'workshop.open', { workshopId });
    await callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: workshop.revision, command });
  };
  const { workshop } = await callApi<Opened>(page, app.url, 'workshop.open', { workshopId });
  const items = workshop.issues.slice(0, 3).map((issue, n) => ({ id: `pilihan-${n}`, label: issue.text, ref: { source: 'issue', id: issue.id } }));
  const polls = { scale: 'Seberapa mendesak isu ini?', dots: 'Isu mana yang paling mendesak?' } as const;
  for (const [kind, title] of Object.entries(polls)) {
    await apply({ type: 'createPoll', pollId: `jajak-${kind}`, settings: { title, kind, items } });
    await apply({ type: 'setPollState', pollId: `jajak-${kind}`, status: 'open', revealed: false });
  }
  // A word cloud stays open throughout: its word box's hint must be read whole in both languages.
  await apply({ type: 'createPoll', pollId: 'jajak-kata', settings: { title: 'Satu kata untuk kabupaten cerdas', kind: 'words', items: [] } });
  await apply({ type: 'setPollState', pollId: 'jajak-kata', status: 'open', revealed: false });

  for (const [width, height] of [
    [360, 640],
    [390, 844],
  ] as const) {
    const context = await deviceContext(browser, width, height);
    const sari = await context.newPage();
    await joinRoom(sari, room, NAME, { opd: 'Diskominfo' });
    // The participant's three-word name is whole in the header.
    const name = await sari.locator('.p-header-name').evaluate((el) => ({ text: el.textContent, cut: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1 }));
    expect(name, `header name at ${width}`).toEqual({ text: NAME, cut: false });
    const tab = sari.getByRole('navigation', { name: 'Menu peserta' }).getByRole('link', { name: /Jajak pendapat/ });
    await tab.click();
    const scale = sari.getByRole('article', { name: polls.scale });
    const dots = sari.getByRole('article', { name: polls.dots });
    // A dot sent on one poll; a score picked, not yet sent, on the other.
    await dots.getByRole('button', { name: /Tambah titik untuk/ }).first().click();
    await dots.getByRole('button', { name: 'Kirim suara' }).click();
    await expectSaved(sari);
    await expect(dots.getByRole('status')).toHaveText(/^Suara Anda tersimpan\./);
    // Switching the language rewords what the card said (it stayed Indonesian).
    await toEnglish(sari);
    await expect(dots.getByRole('status')).toHaveText(/^Your vote is saved\./);
    await sari.getByRole('button', { name: 'Bahasa Indonesia (ID)' }).click();
    await scale.getByRole('radio', { name: /: 4$/ }).first().click();

    await apply({ type: 'setPollState', pollId: 'jajak-scale', status: 'closed', revealed: false });
    await apply({ type: 'setPollState', pollId: 'jajak-dots', status: 'closed', revealed: false });
    await expect(scale.getByRole('status')).toHaveText('Jajak pendapat ini sudah ditutup. Anda tidak mengirim suara sebelum ditutup.');
    await expect(dots.getByRole('status')).toHaveText('Jajak pendapat ini sudah ditutup. Suara Anda ikut dihitung.');
    // Nothing to send any more; the tab counts open polls only.
    await expect(scale.getByRole('button', { name: /Kirim/ })).toHaveCount(0);
    await expect(tab.locator('.p-nav-count')).toHaveText('1');
    await checkLayout(sari, `closed polls ${width}`);
    await scale.scrollIntoViewIfNeeded();
    await sari.screenshot({ path: path.join(SHOTS, `participant-poll-closed-${width}.png`) });

    await toEnglish(sari);
    await expect(scale.getByRole('status')).toHaveText('This poll is closed. You did not send a vote before it closed.');
    await expect(dots.getByRole('status')).toHaveText('This poll is closed. Your vote is counted.');
    await checkLayout(sari, `closed polls, English ${width}`);
    const hint = await sari.getByRole('textbox', { name: 'One word or a short phrase' }).evaluate((el) => {
      const input = el as HTMLInputElement;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d');
      if (!context) return { text: input.placeholder, fits: false };
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return { text: input.placeholder, fits: context.measureText(input.placeholder).width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    });
    expect(hint, `word box hint at ${width}`).toEqual({ text: 'One word or a short phrase', fits: true });

    // Reopened (for the next phone too): the cards are ballots again.
    await apply({ type: 'setPollState', pollId: 'jajak-scale', status: 'open', revealed: false });
    await apply({ type: 'setPollState', pollId: 'jajak-dots', status: 'open', revealed: false });
    await expect(scale.getByRole('button', { name: 'Send vote' })).toBeVisible();
    await expect(dots.getByRole('button', { name: /^Send again/ })).toBeVisible();
    await context.close();
  }
});

/** Whether the focused field (or the caret in it) is in view between the sticky header and the bottom navigation. */
const focusedInView = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const header = document.querySelector('.p-header')?.getBoundingClientRect();
    const nav = document.querySelector('.p-nav');
    const navTop = nav && getComputedStyle(nav).display !== 'none' ? nav.getBoundingClientRect().top : window.innerHeight;
    const selection = window.getSelection();
    const caret = el?.isContentEditable && selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
    const box = caret && caret.height > 0 ? caret : el?.getBoundingClientRect();
    if (!box || !header) return { tag: el?.tagName ?? null, visible: false, top: 0, bottom: 0, headerBottom: 0, navTop };
    // The caret's line, or at least 44 px of a field, shows between the bars.
    const top = Math.max(box.top, header.bottom);
    const bottom = Math.min(box.bottom, navTop);
    return { tag: el?.tagName ?? null, visible: bottom - top >= Math.min(44, box.height), top: box.top, bottom: box.bottom, headerBottom: header.bottom, navTop };
  });

test('with the on-screen keyboard up, the field being typed in stays between the header and the bottom navigation', async ({ page, browser, app }) => {
  test.slow();
  const { room, context, phone: sari } = await phoneInRoom(page, browser, app.url);
  await joinRoom(sari, room, NAME, { opd: 'Diskominfo' });

  // The program form's last field, and the section editor at the end of its text; a 360×640 phone with the
  // keyboard up keeps about 300 px of the page.
  await sari.getByRole('navigation', { name: 'Menu peserta' }).getByRole('link', { name: /Program/ }).click();
  await sari.getByRole('link', { name: /^Sunting program / }).first().click();
  const mitigation = sari.getByRole('textbox', { name: 'Mitigasi' });
  await mitigation.scrollIntoViewIfNeeded();
  await sari.setViewportSize({ width: 360, height: 300 });
  await mitigation.focus();
  await sari.keyboard.type('Pelatihan ulang operator.\nCadangan data harian.\nUji pemulihan tiap triwulan.');
  expect(await focusedInView(sari), 'program field with the keyboard up').toMatchObject({ tag: 'TEXTAREA', visible: true });
  await sari.screenshot({ path: path.join(SHOTS, 'participant-keyboard-program-360.png') });
  await sari.setViewportSize({ width: 360, height: 640 });
  await expectSaved(sari);

  await sari.getByRole('navigation', { name: 'Menu peserta' }).getByRole('link', { name: /Naskah/ }).click();
  await sari.getByRole('link', { name: 'Tulis bagian Metodologi' }).click();
  const body = sari.getByRole('textbox', { name: 'Isi bagian' });
  await body.click();
  await sari.setViewportSize({ width: 360, height: 300 });
  await sari.keyboard.press('Control+End');
  await sari.keyboard.type(' Kalimat tambahan di akhir bagian.');
  expect(await focusedInView(sari), 'section text with the keyboard up').toMatchObject({ visible: true });
  await sari.screenshot({ path: path.join(SHOTS, 'participant-keyboard-section-360.png') });
  await context.close();
});

interface WithPrograms {
  workshop: { revision: number; programs: { id: string; output: string }[] };
}

test('an edit that meets the facilitator\'s change of the same field names the field as the form does, and the share ending says so', async ({ page, browser, app }) => {
  test.slow();
  const { room, context, phone: sari } = await phoneInRoom(page, browser, app.url);
  const { workshopId } = room;
  await joinRoom(sari, room, 'Sari Dewi', { opd: 'Diskominfo' });
  await sari.getByRole('navigation', { name: 'Menu peserta' }).getByRole('link', { name: /Program/ }).click();
  await sari.getByRole('link', { name: /^Sunting program / }).first().click();
  const programId = /#\/program\/([^/]+)/.exec(sari.url())?.[1] ?? '';

  // Offline, the OPD head rewrites the output; meanwhile the facilitator rewrites the same output.
  await context.setOffline(true);
  await sari.getByRole('textbox', { name: 'Output (keluaran)' }).fill('Versi dari ponsel peserta');
  await expect(sari.getByRole('banner').getByRole('status')).toHaveText('Luring');
  const { workshop } = await callApi<WithPrograms>(page, app.url, 'workshop.open', { workshopId });
  const program = workshop.programs.find((p) => p.id === programId);
  await callApi(page, app.url, 'workshop.apply', { workshopId, baseRevision: workshop.revision, command: { type: 'upsertProgram', item: { ...program, output: 'Versi dari fasilitator' } } });
  await context.setOffline(false);

  const dialog = sari.getByRole('dialog', { name: 'Diubah juga oleh orang lain' });
  await expect(dialog).toBeVisible();
  // The field by its label on the form (it read "Bagian yang bentrok: output").
  await expect(dialog.getByText(/^Bagian yang bentrok:/)).toHaveText('Bagian yang bentrok: Output (keluaran)');
  // Each version's label is smaller than the dialog's title (it was a heading twice its size).
  const sizes = await dialog.evaluate((el) => ({
    title: parseFloat(getComputedStyle(el.querySelector('h2:not(.field-label), h1') ?? el).fontSize),
    labels: [...el.querySelectorAll('.p-conflict-columns h2')].map((h) => parseFloat(getComputedStyle(h).fontSize)),
  }));
  expect(sizes.labels).toHaveLength(2);
  for (const size of sizes.labels) expect(size).toBeLessThan(sizes.title);
  await checkLayout(sari, 'conflict dialog 360');
  await sari.screenshot({ path: path.join(SHOTS, 'participant-conflict-360.png') });
  await dialog.getByRole('button', { name: 'Pakai versi saya' }).click();
  await expectSaved(sari);
  await expect.poll(async () => (await callApi<WithPrograms>(page, app.url, 'workshop.open', { workshopId })).workshop.programs.find((p) => p.id === programId)?.output).toBe('Versi dari ponsel peserta');

  // The facilitator stops sharing: the phone says the session ended, in place of the form.
  await callApi(page, app.url, 'share.stop', {});
  await expect(sari.getByRole('heading', { level: 1, name: /Sesi berbagi telah berakhir/ })).toBeVisible();
  await checkLayout(sari, 'ended 360');
  await sari.screenshot({ path: path.join(SHOTS, 'participant-ended-360.png') });
  await context.close();
});

test('the join screen says what is missing when Lanjut or Bergabung is pressed too early', async ({ page, browser, app }) => {
  test.slow();
  const { room, context, phone: p } = await phoneInRoom(page, browser, app.url);
  await p.goto(room.url);
  const code = p.getByLabel('Kode bergabung');
  await p.getByRole('button', { name: 'Lanjut' }).click();
  await expect(code).toHaveAccessibleDescription(/Isi kode bergabung yang ditampilkan fasilitator\./);
  await expect(code).toBeFocused();
  await checkLayout(p, 'join: code missing', { clipped: false });
  await code.fill(room.code);
  // The hotspot drops: the phone says what the participant can check (it said "Pastikan server masih berjalan").
  await context.setOffline(true);
  await p.getByRole('button', { name: 'Lanjut' }).click();
  await expect(code).toHaveAccessibleDescription(/Ponsel ini tidak tersambung ke komputer fasilitator\. Pastikan ponsel masih terhubung ke Wi-Fi ruangan/);
  await toEnglish(p);
  await expect(p.getByLabel('Join code')).toHaveAccessibleDescription(/This phone cannot reach the facilitator’s computer\./);
  await p.getByRole('button', { name: 'Bahasa Indonesia (ID)' }).click();
  await context.setOffline(false);
  await p.getByRole('button', { name: 'Lanjut' }).click();

  const name = p.getByLabel('Nama Anda');
  await expect(name).toBeVisible();
  // Nothing said before the first press.
  await expect(p.locator('.field-message.is-error')).toHaveCount(0);
  await p.getByRole('button', { name: 'Bergabung', exact: true }).click();
  await expect(name).toHaveAccessibleDescription('Isi nama Anda.');
  await expect(name).toBeFocused();
  await expect(p.getByLabel('OPD Anda')).toHaveAccessibleDescription(/Pilih OPD Anda\./);
  await checkLayout(p, 'join: name and OPD missing', { clipped: false });
  await p.screenshot({ path: path.join(SHOTS, 'participant-join-missing-360.png'), fullPage: true });
  await name.fill('Sari Dewi');
  await expect(name).not.toHaveAccessibleDescription('Isi nama Anda.');

  // As a group: the group is what is missing.
  await p.getByRole('radio', { name: 'Kelompok FGD', exact: true }).check();
  await p.getByRole('button', { name: 'Bergabung', exact: true }).click();
  await expect(p.getByRole('alert')).toHaveText('Pilih kelompok FGD Anda.');
  await expect(p.locator('.p-join-groups input').first()).toBeFocused();
  await toEnglish(p);
  await expect(p.getByRole('alert')).toHaveText('Choose your FGD group.');
  await p.getByRole('button', { name: 'Bahasa Indonesia (ID)' }).click();

  // Back as an OPD, chosen: it joins.
  await p.getByRole('radio', { name: 'OPD', exact: true }).check();
  await chooseOpd(p, 'Diskominfo');
  await p.getByRole('button', { name: 'Bergabung', exact: true }).click();
  await expect(p.getByRole('heading', { level: 1, name: /Bagian naskah/ })).toBeVisible();

  // "Keluar?" asked and left unanswered stays with its screen: on the next screen the plain button is back.
  await p.getByRole('button', { name: 'Keluar dan bergabung lagi dengan kode' }).click();
  await expect(p.getByText(/^Keluar dari lokakarya ini\?/)).toBeVisible();
  await p.getByRole('navigation', { name: 'Menu peserta' }).getByRole('link', { name: /Program/ }).click();
  await expect(p.getByRole('heading', { level: 1, name: /^Program / })).toBeVisible();
  await expect(p.getByText(/^Keluar dari lokakarya ini\?/)).toHaveCount(0);
  await expect(p.getByRole('button', { name: 'Keluar dan bergabung lagi dengan kode' })).toBeVisible();
  await context.close();
});

interface WithProposals {
  workshop: { proposals: { name: string }[]; programs: { id: string; name: string }[] };
}

test('a long program or proposal name wraps in its box on a 360 px phone, on one line of text', async ({ page, browser, app }) => {
  test.slow();
  const { room, context, phone: rina } = await phoneInRoom(page, browser, app.url);
  const long = 'Inkubator komunitas digital kecamatan untuk pemuda, UMKM dan kelompok tani di seluruh Kabupaten Malang';
  await joinRoom(rina, room, 'Rina Kartika', { group: 'Kelompok Smart' });
  await rina.getByRole('navigation', { name: 'Menu peserta' }).getByRole('link', { name: /Usulan/ }).click();
  await rina.getByRole('button', { name: 'Usulkan program' }).click();
  const name = rina.getByRole('textbox', { name: /Nama program/ });
  await name.fill(long.slice(0, 40));
  // Enter does not split the name; the rest of it goes on the same line of text.
  await name.press('End');
  await name.press('Enter');
  await name.pressSequentially(long.slice(40));
  await expect(name).toHaveValue(long);
  await expectSaved(rina);
  // checkLayout's `clipped` finds a value wider than its box (the input showed only "…nama yang panjang sekali").
  await checkLayout(rina, 'proposal with a long name');
  const box = await name.evaluate((el) => ({ height: el.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(el).lineHeight), hidden: el.scrollHeight > el.clientHeight + 1 }));
  expect(box.hidden).toBe(false);
  expect(box.height).toBeGreaterThan(2 * box.lineHeight);
  await rina.screenshot({ path: path.join(SHOTS, 'participant-proposal-long-name-360.png') });
  await expect.poll(async () => (await callApi<WithProposals>(page, app.url, 'workshop.open', { workshopId: room.workshopId })).workshop.proposals.map((p) => p.name)).toContain(long);

  // An OPD head's program name: the same box.
  const sari = await context.newPage();
  await sari.goto(room.url);
  await sari.evaluate(() => window.sessionStorage.clear());
  await joinRoom(sari, room, 'Sari Dewi', { opd: 'Diskominfo' });
  await sari.getByRole('navigation', { name: 'Menu peserta' }).getByRole('link', { name: /Program/ }).click();
  await sari.getByRole('link', { name: /^Sunting program / }).first().click();
  const programName = sari.getByRole('textbox', { name: /Nama program/ });
  await programName.fill(long);
  await expectSaved(sari);
  await checkLayout(sari, 'program with a long name');
  await context.close();
});

interface Participants {
  participants: { id: string; name: string }[];
}

test('a participant whose access was revoked reads why in the language their phone shows', async ({ page, browser, app }) => {
  test.slow();
  const { room, context, phone: sari } = await phoneInRoom(page, browser, app.url);
  await joinRoom(sari, room, 'Sari Dewi', { opd: 'Diskominfo' });
  await toEnglish(sari);
  const { participants } = await callApi<Participants>(page, app.url, 'share.participants', {});
  const me = participants.find((p) => p.name === 'Sari Dewi');
  if (!me) throw new Error('Sari Dewi is not listed');
  await callApi(page, app.url, 'share.revoke', { participantId: me.id });
  // The phone opened again (a reload): its stored place is refused, and the join screen says why, in English.
  await sari.reload();
  await expect(sari.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
  await expect(sari.locator('.notice-warning')).toHaveText(/^Participant access is no longer valid \(revoked, or the sharing session has ended\)\./);
  await checkLayout(sari, 'revoked notice, English', { clipped: false });
  await context.close();
});
