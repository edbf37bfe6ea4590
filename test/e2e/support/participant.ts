import type { Browser, BrowserContext, Page } from '@playwright/test';
import { callApi, expect } from './fixtures';

/*
 * A participant on the room's network, as the e2e specs drive one: the facilitator starts sharing,
 * a phone (or laptop) opens the room's address and joins through the real join screen with the code,
 * a name and an OPD or an FGD group.
 */

/** A share address on loopback only: this machine has no other, so no browser can be a participant. */
export const LOOPBACK_ONLY = /\/\/(127\.|localhost|\[::1\])/;
export const NO_ROOM_NETWORK = 'This machine has no network address besides loopback, so no browser can be a participant.';

/** A browser context for one participant's device: a phone (touch, 2× pixels) unless `mobile` is false. */
export const deviceContext = (browser: Browser, width = 390, height = 844, mobile = true): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width, height }, ...(mobile ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}), locale: 'id-ID', timezoneId: 'Asia/Jakarta' });

export interface SharedRoom {
  workshopId: string;
  /** The participants' address (the room-network listener). */
  url: string;
  code: string;
}

/** Shares `workshopId` (by default the first listed, the demo) through the API, as "Mulai berbagi" does. */
export const startShare = async (page: Page, baseUrl: string, workshopId?: string): Promise<SharedRoom> => {
  let id = workshopId;
  if (id === undefined) {
    await page.goto(baseUrl);
    const { workshops } = await callApi<{ workshops: { id: string }[] }>(page, baseUrl, 'workshops.list', {});
    id = workshops[0]?.id ?? '';
  }
  const status = await callApi<{ urls: string[]; code: string }>(page, baseUrl, 'share.start', { workshopId: id });
  return { workshopId: id, url: status.urls[0] ?? '', code: status.code };
};

/** Opens the join screen, types the code and goes on to the name and OPD-or-group step. `onCode` looks at the join screen first. */
export const enterCode = async (p: Page, url: string, code: string, onCode?: (p: Page) => Promise<void>): Promise<void> => {
  await p.goto(url);
  await expect(p.getByRole('heading', { name: 'Bergabung dengan lokakarya' })).toBeVisible();
  await onCode?.(p);
  await p.getByLabel('Kode bergabung').fill(code);
  await p.getByRole('button', { name: 'Lanjut' }).click();
  await expect(p.getByLabel('Nama Anda')).toBeVisible();
};

/** An OPD by its abbreviation ("Dinkes"), or an FGD group by (a pattern of) its name. */
export type JoinAs = { opd: string } | { group: string };

/** Chooses the OPD whose entry in the join screen's list starts with `abbreviation`. */
export const chooseOpd = async (p: Page, abbreviation: string): Promise<void> => {
  const select = p.getByLabel('OPD Anda');
  const option = select.locator('option').filter({ hasText: new RegExp(`^\\s*${abbreviation}\\b`) });
  await expect(option).toHaveCount(1);
  await select.selectOption((await option.getAttribute('value')) ?? '');
};

/** Looks taken on the way (audits, layout checks, screenshots); each gets the participant's page. */
export interface JoinLooks {
  /** The join screen, before the code is typed. */
  code?: (p: Page) => Promise<void>;
  /** The name typed and, joining as an OPD, the OPD chosen (joining as a group: the OPD list still shown). */
  details?: (p: Page) => Promise<void>;
  /** Joining as a group: the group list, with the group chosen. */
  group?: (p: Page) => Promise<void>;
}

/**
 * Joins through the join screen and waits for the first screen of the role: the OPD's "Bagian naskah",
 * or the group's "Isu daerah", with the participant's name in the header.
 */
export const joinRoom = async (p: Page, room: { url: string; code: string }, name: string, as: JoinAs, looks: JoinLooks = {}): Promise<void> => {
  await enterCode(p, room.url, room.code, looks.code);
  await p.getByLabel('Nama Anda').fill(name);
  // An OPD by default; the group list appears once "Kelompok FGD" is chosen.
  await expect(p.getByLabel('OPD Anda')).toBeVisible();
  if ('opd' in as) {
    await chooseOpd(p, as.opd);
    await looks.details?.(p);
  } else {
    await looks.details?.(p);
    await p.getByRole('radio', { name: 'Kelompok FGD', exact: true }).check();
    await expect(p.getByLabel('OPD Anda')).toHaveCount(0);
    await p.getByRole('radio', { name: new RegExp(as.group) }).first().check();
    await looks.group?.(p);
  }
  await p.getByRole('button', { name: 'Bergabung' }).click();
  await expect(p.getByRole('heading', { level: 1, name: 'opd' in as ? /Bagian naskah/ : 'Isu daerah' })).toBeVisible();
  await expect(p.getByRole('banner')).toContainText(name);
};

/**
 * A screen that fits its device: nothing past the right edge, no sideways scrolling, the layout
 * viewport as wide as the window (no zoomed-out page); with `clipped`, no input value wider than its
 * box (a one-line input scrolled sideways, a select's chosen text cut off); and every visible
 * button, link-button, field and editor at least 44 px tall, for a thumb.
 */
export const checkLayout = async (p: Page, screen: string, { clipped = true }: { clipped?: boolean } = {}): Promise<void> => {
  const layout = await p.evaluate(
    ({ clipped }) => {
      const small: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('button, a.btn, a.p-row, a.p-nav-item, input, select, textarea, [contenteditable="true"]')) {
        // A radio or checkbox drawn by its label: the label is what the thumb hits.
        const target = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? (el.closest('label') ?? el) : el;
        const box = target.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden' || el.closest('.visually-hidden')) continue;
        if (box.height < 44) small.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.height)}px`);
      }
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right + window.scrollX > window.innerWidth + 1 && getComputedStyle(el).position !== 'fixed' && !el.closest('.visually-hidden'))
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`)
        .slice(0, 5);
      const cut: string[] = [];
      const canvas = clipped ? document.createElement('canvas').getContext('2d') : null;
      for (const el of clipped ? document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input:not([type=radio]):not([type=checkbox]), select, textarea') : []) {
        if (el.getBoundingClientRect().width === 0) continue;
        if (el instanceof HTMLSelectElement) {
          const style = getComputedStyle(el);
          if (!canvas) continue;
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = el.selectedOptions[0]?.text ?? '';
          // The select's arrow sits in its right padding.
          const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          if (canvas.measureText(text).width > room + 1) cut.push(`select "${text.slice(0, 40)}"`);
        } else if (el.scrollWidth > el.clientWidth + 1) {
          cut.push(`${el.tagName.toLowerCase()} "${el.value.slice(0, 40)}"`);
        }
      }
      return { scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), scrollX: window.scrollX, innerWidth: window.innerWidth, small, wide, cut };
    },
    { clipped },
  );
  expect(layout.wide, `${screen}: elements past the right edge`).toEqual([]);
  expect(layout.scrollX, `${screen}: scrolled sideways`).toBe(0);
  expect(layout.innerWidth, `${screen}: layout viewport`).toBe(p.viewportSize()?.width);
  expect(layout.scrollWidth, `${screen}: horizontal overflow`).toBeLessThanOrEqual(layout.innerWidth);
  expect(layout.cut, `${screen}: input values cut off`).toEqual([]);
  expect(layout.small, `${screen}: touch targets under 44 px`).toEqual([]);
};
