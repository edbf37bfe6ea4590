import path from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, expect, test } from './support/fixtures';
import { LOOPBACK_ONLY, NO_ROOM_NETWORK, checkLayout, deviceContext, joinRoom, startShare } from './support/participant';

/*
 * The phone's header names the participant and their OPD or FGD group whole: on a 360×640 phone a long group
 * name read "Kelompok S…" and a name "Rina Kart…". The group now has a line of its own under the name, and
 * the name two lines, wrapping instead of being cut, with no sideways scrolling and every control still 44 px tall.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');
const LONG_GROUP = 'Kelompok Smart Society: Pendidikan, Kesehatan dan Kesejahteraan Sosial';
const DISKOMINFO = 'Dinas Komunikasi dan Informatika';

interface Lookup {
  groups: { id: string; name: string; dimensionId: string }[];
}

/** The place line of the header: its text, and whether any of it is cut off or hidden. */
const placeLine = (member: Page) =>
  member.locator('.p-header-opd').evaluate((el) => {
    const box = el.getBoundingClientRect();
    const header = el.closest('header')?.getBoundingClientRect();
    return {
      text: el.textContent ?? '',
      cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
      inside: header !== undefined && box.left >= header.left && box.right <= header.right + 0.5 && box.bottom <= header.bottom + 0.5,
      lines: Math.round(box.height / parseFloat(getComputedStyle(el).lineHeight)),
    };
  });

test('the phone header shows a long group name and an OPD name whole at 360×640 and 390×844', async ({ page, browser, app }) => {
  test.slow();
  const room = await startShare(page, app.url);
  test.skip(LOOPBACK_ONLY.test(room.url), NO_ROOM_NETWORK);
  const { groups } = await callApi<Lookup>(page, room.url, 'share.lookup', { code: room.code });
  const group = groups[0];
  if (!group) throw new Error('The demo workshop has no FGD group');
  const { workshop } = await callApi<{ workshop: { revision: number } }>(page, app.url, 'workshop.open', { workshopId: room.workshopId });
  await callApi(page, app.url, 'workshop.apply', { workshopId: room.workshopId, baseRevision: workshop.revision, command: { type: 'upsertGroup', item: { ...group, name: LONG_GROUP } } });

  for (const [width, height] of [
    [360, 640],
    [390, 844],
  ] as const) {
    const context = await deviceContext(browser, width, height);
    const member = await context.newPage();
    await joinRoom(member, room, 'Rina Kartika', { group: 'Kelompok Smart Society' });
    const place = await placeLine(member);
    expect(place).toMatchObject({ text: LONG_GROUP, cut: false, inside: true });
    // Two lines at most: the header stays a header.
    expect(place.lines).toBeLessThanOrEqual(2);
    // The participant's own name is whole too (it read "Rina Kart…" at 360 px), on two lines at most.
    const name = await member.locator('.p-header-name').evaluate((el) => ({ text: el.textContent, cut: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1 }));
    expect(name).toEqual({ text: 'Rina Kartika', cut: false });
    expect(await member.getByRole('banner').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(100);
    await checkLayout(member, `group header ${width}`);
    await member.screenshot({ path: path.join(SHOTS, `participant-header-group-${width}.png`) });
    await context.close();

    const opdContext = await deviceContext(browser, width, height);
    const head = await opdContext.newPage();
    await joinRoom(head, room, 'Sari Dewi', { opd: 'Diskominfo' });
    expect(await placeLine(head)).toMatchObject({ text: DISKOMINFO, cut: false, inside: true, lines: 1 });
    await checkLayout(head, `OPD header ${width}`);
    await head.screenshot({ path: path.join(SHOTS, `participant-header-opd-${width}.png`) });
    await opdContext.close();
  }
});
