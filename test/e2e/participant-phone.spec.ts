import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { callApi, expect, expectSaved, test } from './support/fixtures';

/*
 * An OPD head's phone on the room's hotspot: the participants' own app (participant.html at the root
 * of the room-network listener), one column at 390×844 and 360×640, and a dropped Wi-Fi connection
 * that loses nothing typed.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');
const DISKOMINFO = 'Diskominfo — Dinas Komunikasi dan Informatika';

interface StoredProgram {
  id: string;
  code: string;
  name: string;
  output: string;
  description: string;
  leadOpdId: string | null;
}
interface Opened {
  workshop: { revision: number; programs: StoredProgram[]; opds: { id: string; abbreviation: string }[] };
}

const startShare = async (page: Page, baseUrl: string) => {
  await page.goto(baseUrl);
  const { workshops } = await callApi<{ workshops: { id: string }[] }>(page, baseUrl, 'workshops.list', {});
  const workshopId = workshops[0]?.id ?? '';
  const status = await callApi<{ urls: string[]; code: string }>(page, baseUrl, 'share.start', { workshopId });
  return { workshopId, url: status.urls[0] ?? '', code: status.code };
};

const phone = (browser: import('@playwright/test').Browser, width: number, height: number): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });

const join = async (page: Page, url: string, code: string, name: string): Promise<void> => {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Bergabung dengan lokakarya' })).toBeVisible();
  await page.getByLabel('Kode bergabung').fill(code);
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByLabel('Nama Anda').fill(name);
  await page.getByLabel('OPD Anda').selectOption({ label: DISKOMINFO });
  await page.getByRole('button', { name: 'Bergabung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Bagian naskah/ })).toBeVisible();
};

/** No sideways scrolling, and every visible button, link-button, field and tab at least 44 px tall. */
const checkPhoneLayout = async (page: Page, screen: string): Promise<void> => {
  const layout = await page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a.btn, a.p-row, a.p-nav-item, input, select, textarea, [contenteditable="true"]')) {
      // A radio or checkbox drawn by its label: the label is what the thumb hits.
      const target = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? (el.closest('label') ?? el) : el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (box.height < 44) small.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.height)}px`);
    }
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && getComputedStyle(el).position !== 'fixed')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(0, 5);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, small, wide };
  });
  expect(layout.wide, `${screen}: elements past the right edge`).toEqual([]);
  expect(layout.scrollWidth, `${screen}: horizontal overflow`).toBeLessThanOrEqual(layout.innerWidth);
  expect(layout.small, `${screen}: touch targets under 44 px`).toEqual([]);
};

test('on a phone, an OPD head edits a program, loses the Wi-Fi, types on, reloads, and the edit lands when the connection returns', async ({ page, browser, app }) => {
  test.slow();
  const { workshopId, url, code } = await startShare(page, app.url);
  test.skip(/\/\/(127\.|localhost|\[::1\])/.test(url), 'This machine has no network address besides loopback, so no browser can be a participant.');

  const context = await phone(browser, 390, 844);
  const opdHead = await context.newPage();
  await opdHead.goto(url);
  await expect(opdHead.getByRole('heading', { name: 'Bergabung dengan lokakarya' })).toBeVisible();
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-join-390.png') });
  await join(opdHead, url, code, 'Sari Dewi');
  // The join URL opened the participants' app, not the facilitator's.
  expect(new URL(opdHead.url()).pathname).toBe('/');
  await expect(opdHead.getByRole('banner')).toContainText('Sari Dewi');
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-sections-390.png') });

  await opdHead.getByRole('navigation', { name: 'Menu peserta' }).getByRole('link', { name: /Program/ }).click();
  await expect(opdHead.getByRole('heading', { level: 1, name: /^Program / })).toBeVisible();
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-programs-390.png') });
  const before = await callApi<Opened>(page, app.url, 'workshop.open', { workshopId });
  const kominfo = before.workshop.opds.find((o) => o.abbreviation === 'Diskominfo');
  const program = before.workshop.programs.filter((p) => p.leadOpdId === kominfo?.id).sort((a, b) => a.code.localeCompare(b.code, 'id', { numeric: true }))[0];
  if (!program) throw new Error('Diskominfo leads no program in the demo workshop');
  await opdHead.getByRole('link', { name: `Sunting program ${program.name}` }).click();
  const output = opdHead.getByRole('textbox', { name: 'Output (keluaran)' });
  await output.fill('Pusat data terpadu beroperasi.');
  await expectSaved(opdHead);
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-program-390.png'), fullPage: true });
  await expect.poll(async () => (await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop.programs.find((p) => p.id === program.id)?.output).toBe('Pusat data terpadu beroperasi.');

  // The hotspot drops. She types on; the phone keeps it and says so.
  await context.setOffline(true);
  const typed = 'Pusat data terpadu beroperasi dan melayani 40 OPD.';
  await output.fill(typed);
  await expect(opdHead.getByRole('banner').getByRole('status')).toHaveText('Luring');
  await expect(opdHead.getByText('Koneksi terputus. Tulisan Anda tersimpan di ponsel ini')).toBeVisible();
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-offline-390.png') });

  // Meanwhile the facilitator rewrites the same program's description (another field).
  const stored = (await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop;
  const current = stored.programs.find((p) => p.id === program.id);
  await callApi(page, app.url, 'workshop.apply', {
    workshopId,
    baseRevision: stored.revision,
    command: { type: 'upsertProgram', item: { ...current, description: 'Dirumuskan ulang oleh fasilitator.' } },
  });

  // The phone's browser reloads while offline (the page cannot load), then the Wi-Fi returns.
  await opdHead.reload().catch(() => undefined);
  await context.setOffline(false);
  await opdHead.goto(`${url.replace(/\/$/, '')}/#/program/${program.id}`);
  await expect(opdHead.getByRole('textbox', { name: 'Output (keluaran)' })).toHaveValue(typed);
  await expectSaved(opdHead);
  await expect
    .poll(async () => {
      const p = (await callApi<Opened>(page, app.url, 'workshop.open', { workshopId })).workshop.programs.find((x) => x.id === program.id);
      return [p?.output, p?.description];
    })
    .toEqual([typed, 'Dirumuskan ulang oleh fasilitator.']);
  // The phone shows the facilitator's description too, and keeps no draft.
  await expect(opdHead.getByRole('textbox', { name: 'Deskripsi singkat' })).toHaveValue('Dirumuskan ulang oleh fasilitator.');
  expect(await opdHead.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('masterplan.peserta.draf.')))).toEqual([]);
  await context.close();
});

test('every participant screen fits a 360×640 phone: no sideways scrolling, touch targets of 44 px', async ({ page, browser, app }) => {
  test.slow();
  const { url, code } = await startShare(page, app.url);
  test.skip(/\/\/(127\.|localhost|\[::1\])/.test(url), 'This machine has no network address besides loopback, so no browser can be a participant.');
  const context = await phone(browser, 360, 640);
  const opdHead = await context.newPage();

  await opdHead.goto(url);
  await expect(opdHead.getByRole('heading', { name: 'Bergabung dengan lokakarya' })).toBeVisible();
  await checkPhoneLayout(opdHead, 'join: code');
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-join-360.png') });
  await opdHead.getByLabel('Kode bergabung').fill(code);
  await opdHead.getByRole('button', { name: 'Lanjut' }).click();
  await expect(opdHead.getByLabel('Nama Anda')).toBeVisible();
  await checkPhoneLayout(opdHead, 'join: name and OPD');
  await opdHead.getByLabel('Nama Anda').fill('Bambang Sutrisno Wicaksono Adiputra');
  await opdHead.getByLabel('OPD Anda').selectOption({ label: DISKOMINFO });
  await opdHead.getByRole('button', { name: 'Bergabung' }).click();
  await expect(opdHead.getByRole('heading', { level: 1, name: /Bagian naskah/ })).toBeVisible();
  await checkPhoneLayout(opdHead, 'sections');
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-sections-360.png') });

  await opdHead.getByRole('link', { name: 'Tulis bagian Metodologi' }).click();
  await expect(opdHead.getByRole('textbox', { name: 'Isi bagian' })).toBeVisible();
  await checkPhoneLayout(opdHead, 'section editor');
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-section-360.png') });

  await opdHead.getByRole('navigation', { name: 'Menu peserta' }).getByRole('link', { name: /Program/ }).click();
  await expect(opdHead.getByRole('heading', { level: 1, name: /^Program / })).toBeVisible();
  await checkPhoneLayout(opdHead, 'programs');
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-programs-360.png') });

  await opdHead.getByRole('link', { name: /^Sunting program / }).first().click();
  await expect(opdHead.getByRole('textbox', { name: 'Output (keluaran)' })).toBeVisible();
  await checkPhoneLayout(opdHead, 'program editor');
  await opdHead.screenshot({ path: path.join(SHOTS, 'participant-program-360.png') });
  await context.close();
});
