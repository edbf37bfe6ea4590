import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, expectSaved, test } from './support/fixtures';

/*
 * "Bagikan di jaringan lokal" in a real browser, with two browser contexts: the facilitator's own
 * (loopback, trusted) and an OPD head's on the room's network (this machine's LAN address, so the
 * server sees a device that must join with the code). The join URL opens the participants' app
 * (participant.html at the listener's root); the facilitator's app stays on their own listener.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');
const DRAFT = 'Metodologi disusun bersama Diskominfo melalui survei layanan digital di 33 kecamatan.';

interface Stored {
  workshop: { revision: number; sections: { id: string; content: unknown }[] };
}

const textOf = (content: unknown): string => JSON.stringify(content);

const openDemoSections = async (page: Page, baseUrl: string): Promise<string> => {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: /Bagian Naskah/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bagian Naskah Masterplan' })).toBeVisible();
  const id = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop in ${page.url()}`);
  return id;
};

/** Starts sharing from the workshop's top bar; returns the participants' address and the join code. */
const startSharing = async (page: Page): Promise<{ url: string; code: string }> => {
  await page.getByRole('banner').getByRole('button', { name: 'Bagikan di jaringan lokal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bagikan di jaringan lokal' });
  await dialog.getByRole('button', { name: 'Mulai berbagi' }).click();
  const code = await dialog.locator('.share-code').getAttribute('data-code');
  const url = await dialog.locator('.share-url').first().textContent();
  if (!code || !url) throw new Error('no code or address shown');
  await expect(dialog.getByRole('img', { name: 'Kode QR alamat untuk peserta' })).toBeVisible();
  return { url: url.trim(), code };
};

const join = async (page: Page, url: string, code: string, name: string, opd: string): Promise<void> => {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Bergabung dengan lokakarya' })).toBeVisible();
  await page.getByLabel('Kode bergabung').fill(`${code.slice(0, 3)}-${code.slice(3).toLowerCase()}`);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel('Nama Anda').fill(name);
  await page.getByLabel('OPD Anda').selectOption({ label: opd });
  await page.getByRole('button', { name: 'Bergabung' }).click();
};

const tokenIn = async (page: Page): Promise<string> => {
  const stored = await page.evaluate(() => window.sessionStorage.getItem('masterplan.peserta'));
  const token = stored ? (JSON.parse(stored) as { token?: unknown }).token : undefined;
  if (typeof token !== 'string') throw new Error('no participant token in sessionStorage');
  return token;
};

const applyAs = (request: APIRequestContext, base: string, token: string, input: unknown) =>
  request.post(`${base}/api/workshop.apply`, { data: input, headers: { authorization: `Bearer ${token}` } });

test('an OPD head joins with the code, drafts their section live for the facilitator, and is refused outside it, when revoked and when sharing stops', async ({ page, browser, app }) => {
  test.slow();
  await page.setViewportSize({ width: 1920, height: 1080 });
  const workshopId = await openDemoSections(page, app.url);
  const { url, code } = await startSharing(page);
  test.skip(/\/\/(127\.|localhost|\[::1\])/.test(url), 'This machine has no network address besides loopback, so no browser can be a participant.');
  await page.screenshot({ path: path.join(SHOTS, 'share-dialog.png') });
  await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();

  // The facilitator opens the Diskominfo section the OPD head is about to draft.
  await page.getByRole('button', { name: 'Sunting bagian Metodologi' }).click();
  const facilitatorText = page.getByRole('textbox', { name: 'Isi bagian' });
  await expect(facilitatorText).toContainText('empat tahap Bimtek');

  const room = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const opdHead = await room.newPage();
  await opdHead.goto(url);
  await expect(opdHead.getByRole('heading', { name: 'Bergabung dengan lokakarya' })).toBeVisible();
  await opdHead.screenshot({ path: path.join(SHOTS, 'share-join.png') });
  await join(opdHead, url, code, 'Sari Dewi', 'Diskominfo · Dinas Komunikasi dan Informatika');

  // The participants' own app (not the facilitator's page): their OPD's part only, under a compact header;
  // the token stays out of the address.
  expect(new URL(opdHead.url()).pathname).toBe('/');
  await expect(opdHead.getByRole('banner').getByLabel('Peserta: Sari Dewi — Dinas Komunikasi dan Informatika')).toBeVisible();
  expect(opdHead.url()).not.toContain(await tokenIn(opdHead));
  const sections = opdHead.getByRole('main');
  await expect(sections.getByRole('link', { name: 'Tulis bagian Metodologi' })).toBeVisible();
  await expect(sections.getByText('Latar Belakang')).toHaveCount(0);
  await expect(opdHead.getByRole('link', { name: /Tulis bagian Latar Belakang/ })).toHaveCount(0);

  await opdHead.screenshot({ path: path.join(SHOTS, 'share-participant.png') });
  // Their programs too: only those Diskominfo leads.
  const menu = opdHead.getByRole('navigation', { name: 'Menu peserta' });
  await menu.getByRole('link', { name: /^Program/ }).click();
  await expect(opdHead.getByRole('main')).toContainText('Pusat Data');
  // The facilitator's Excel tools are not offered to a participant.
  await expect(opdHead.getByRole('button', { name: /Ekspor Excel|Impor program/ })).toHaveCount(0);
  await opdHead.screenshot({ path: path.join(SHOTS, 'share-participant-programs.png') });
  await menu.getByRole('link', { name: /^Naskah/ }).click();

  await opdHead.getByRole('link', { name: 'Tulis bagian Metodologi' }).click();
  const draft = opdHead.getByRole('textbox', { name: 'Isi bagian' });
  await draft.click();
  await opdHead.keyboard.press('Control+End');
  await opdHead.keyboard.press('Enter');
  await opdHead.keyboard.type(DRAFT);
  await expectSaved(opdHead);
  await opdHead.screenshot({ path: path.join(SHOTS, 'share-participant-editor.png') });

  // The facilitator's open editor shows the draft without reloading.
  await expect(facilitatorText).toContainText(DRAFT);
  const stored = await callApi<Stored>(page, app.url, 'workshop.open', { workshopId });
  expect(textOf(stored.workshop.sections.find((s) => s.id === 'sec-metode')?.content)).toContain(DRAFT);

  // Another OPD's section: refused with 403 and nothing is written.
  const token = await tokenIn(opdHead);
  const latar = stored.workshop.sections.find((s) => s.id === 'sec-latar');
  const refused = await applyAs(room.request, url, token, {
    workshopId,
    baseRevision: stored.workshop.revision,
    command: { type: 'upsertSection', item: { ...latar, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ditulis oleh OPD lain.' }] }] } } },
  });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('Bagian naskah ini tidak ada di antara bagian naskah OPD Anda.');
  const after = await callApi<Stored>(page, app.url, 'workshop.open', { workshopId });
  expect(after.workshop.revision).toBe(stored.workshop.revision);
  expect(textOf(after.workshop.sections.find((s) => s.id === 'sec-latar')?.content)).toBe(textOf(latar?.content));

  // The facilitator revokes her: her page says so, and her token is refused from then on.
  await page.getByRole('button', { name: 'Kembali ke daftar bagian' }).click();
  await page.getByRole('banner').getByRole('button', { name: /di jaringan lokal/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Bagikan di jaringan lokal' });
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Sari Dewi' })).toContainText('terhubung');
  await expect(dialog.getByRole('heading', { name: /Peserta/ })).toContainText('1 terhubung sekarang');
  await dialog.getByRole('button', { name: 'Cabut akses Sari Dewi' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Sari Dewi' })).toContainText('akses dicabut');
  await expect(opdHead.getByRole('alert')).toContainText('Akses Anda dicabut oleh fasilitator; semua yang Anda simpan sudah tersimpan.');
  const revoked = await applyAs(room.request, url, token, { workshopId, baseRevision: after.workshop.revision, command: { type: 'renameWorkshop', title: 'x' } });
  expect(revoked.status()).toBe(401);
  // Her next call from the page (opening it again) is refused with the server's words.
  await opdHead.reload();
  await expect(opdHead.getByRole('alert')).toContainText('Akses peserta tidak berlaku lagi');
  await expect(opdHead.getByRole('heading', { name: 'Bergabung dengan lokakarya' })).toBeVisible();

  // A colleague joins; stopping the share tells him the session ended, with his work kept.
  await join(opdHead, url, code, 'Budi Santoso', 'Bappeda · Badan Perencanaan Pembangunan Daerah');
  await expect(opdHead.getByRole('banner').getByLabel('Peserta: Budi Santoso — Badan Perencanaan Pembangunan Daerah')).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Budi Santoso' })).toBeVisible();
  // Who is in the room comes first: Budi, connected, above Sari, who joined earlier and was revoked.
  await expect(dialog.locator('.share-participants > li').first()).toContainText('Budi Santoso');
  await expect(dialog.locator('.share-participants > li').last()).toContainText('akses dicabut');
  await dialog.getByRole('button', { name: 'Hentikan berbagi' }).click();
  await expect(dialog.getByRole('button', { name: 'Mulai berbagi' })).toBeVisible();
  await expect(opdHead.getByRole('alert')).toContainText('Sesi berbagi telah berakhir; semua yang Anda simpan sudah tersimpan.');
  await room.close();
});

test('two heads of one OPD save the same section: the later one sees the newer version side by side and combines both', async ({ page, browser, app }) => {
  test.slow();
  await page.goto(app.url);
  const { workshops } = await callApi<{ workshops: { id: string }[] }>(page, app.url, 'workshops.list', {});
  const workshopId = workshops[0]?.id ?? '';
  const status = await callApi<{ urls: string[]; code: string }>(page, app.url, 'share.start', { workshopId });
  const url = status.urls[0] ?? '';
  test.skip(/\/\/(127\.|localhost|\[::1\])/.test(url), 'This machine has no network address besides loopback, so no browser can be a participant.');

  const open = async (name: string, missesLiveUpdates: boolean) => {
    const context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const opdHead = await context.newPage();
    if (missesLiveUpdates) await opdHead.route('**/api/events?*', (route) => route.abort());
    await join(opdHead, url, status.code, name, 'Diskominfo · Dinas Komunikasi dan Informatika');
    await opdHead.getByRole('link', { name: 'Tulis bagian Metodologi' }).click();
    return { context, opdHead };
  };
  const write = async (opdHead: Page, text: string) => {
    await opdHead.getByRole('textbox', { name: 'Isi bagian' }).click();
    await opdHead.keyboard.press('Control+End');
    await opdHead.keyboard.press('Enter');
    await opdHead.keyboard.type(text);
  };

  const sari = await open('Sari Dewi', true);
  const budi = await open('Budi Santoso', false);
  await write(budi.opdHead, 'Versi Budi: wawancara dengan 12 OPD.');
  await expectSaved(budi.opdHead);

  // Sari's page never heard of Budi's save: hers is refused as stale and both versions are shown.
  await write(sari.opdHead, 'Versi Sari: survei kepuasan layanan.');
  const dialog = sari.opdHead.getByRole('dialog', { name: 'Bagian ini sudah diubah orang lain' });
  await expect(dialog.getByRole('region', { name: 'Versi terbaru' })).toContainText('Versi Budi: wawancara dengan 12 OPD.');
  await expect(dialog.getByRole('region', { name: 'Tulisan Anda' })).toContainText('Versi Sari: survei kepuasan layanan.');
  await sari.opdHead.screenshot({ path: path.join(SHOTS, 'share-stale.png') });
  await dialog.getByRole('button', { name: 'Gabungkan: versi terbaru + tulisan saya' }).click();
  await expectSaved(sari.opdHead);

  const stored = await callApi<Stored>(page, app.url, 'workshop.open', { workshopId });
  const text = textOf(stored.workshop.sections.find((s) => s.id === 'sec-metode')?.content);
  expect(text).toContain('Versi Budi: wawancara dengan 12 OPD.');
  expect(text).toContain('Versi Sari: survei kepuasan layanan.');
  // Budi's page, following live, shows the combined text too.
  await expect(budi.opdHead.getByRole('textbox', { name: 'Isi bagian' })).toContainText('Versi Sari: survei kepuasan layanan.');
  await sari.context.close();
  await budi.context.close();
});
