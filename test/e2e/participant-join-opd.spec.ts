import path from 'node:path';
import { callApi, expect, test } from './support/fixtures';

/*
 * The join screen on a 360 px phone: a native select ends a long OPD name in "…", so the OPD chooser
 * (OpdSelect) shows the chosen OPD's abbreviation and whole name wrapped in its box, inside the screen.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');

test('the chosen OPD is shown whole in its chooser at 360x640', async ({ page, browser, app }) => {
  await page.goto(app.url);
  const { workshops } = await callApi<{ workshops: { id: string }[] }>(page, app.url, 'workshops.list', {});
  const workshopId = workshops[0]?.id ?? '';
  const status = await callApi<{ urls: string[]; code: string }>(page, app.url, 'share.start', { workshopId });
  const opened = await callApi<{ workshop: { opds: { id: string; abbreviation: string; name: string }[] } }>(page, app.url, 'workshop.open', { workshopId });
  const longest = [...opened.workshop.opds].sort((a, b) => b.name.length - a.name.length)[0];
  if (!longest) throw new Error('The demo has no OPD');

  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'id-ID' });
  const phone = await context.newPage();
  await phone.goto(status.urls[0] ?? '');
  await phone.getByLabel('Kode bergabung').fill(status.code);
  await phone.getByRole('button', { name: 'Lanjut' }).click();
  await phone.getByLabel('Nama Anda').fill('Rina');
  const chosen = phone.locator('.opd-select-shown');
  await expect(chosen).toHaveText('Pilih OPD…');
  await phone.getByLabel('OPD Anda').selectOption(longest.id);

  await expect(chosen).toHaveText(`${longest.abbreviation} · ${longest.name}`);
  const box = await chosen.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await phone.screenshot({ path: path.join(SHOTS, 'participant-join-opd-360.png'), fullPage: true });
  await context.close();
});
