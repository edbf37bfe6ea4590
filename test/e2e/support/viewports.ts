import type { Locator } from '@playwright/test';

/** The two screens every worksheet is looked at on: a facilitator's laptop and a projector. */
export const SIZES = [
  { name: '1366x768', width: 1366, height: 768, projector: false },
  { name: '1920x1080-projector', width: 1920, height: 1080, projector: true },
] as const;

/** Scrolls the worksheet area (not the whole window) so the element sits at its top, as a facilitator would. */
export const scrollWorksheetTo = (target: Locator) =>
  target.evaluate((el) => {
    const main = el.closest('.worksheet-main');
    if (main) main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
  });
