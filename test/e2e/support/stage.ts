import type { Page } from '@playwright/test';

/**
 * What the room reads on the stage: the smallest type of any text in its main area (not the mouse
 * strip, not the filter buttons, not what waits hidden for the view's next page).
 */
export const smallestBodyText = (page: Page) =>
  page.locator('.panggung-main').evaluate((main) => {
    let smallest = Infinity;
    let where = '';
    for (const el of main.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('button, .visually-hidden') || getComputedStyle(el).visibility === 'hidden') continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!ownText || el.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < smallest) {
        smallest = size;
        where = `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 40)}`;
      }
    }
    return { smallest, where };
  });
