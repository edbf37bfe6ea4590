import { expect, type Page } from '@playwright/test';

/**
 * Waits until the worksheet `id` (its route segment, e.g. "quick-win") is the one drawn: the stepper marks
 * it, and the page is no longer busy bringing it in. Moving between worksheets keeps the previous one on
 * screen, `main` marked aria-busy, until the next one's code has arrived; the first worksheet of a page
 * shows a placeholder instead.
 */
export const expectWorksheetShown = async (page: Page, id: string): Promise<void> => {
  await expect(page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).locator(`.worksheet-links a[href$="/${id}"]`), id).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('main[aria-busy="true"]'), id).toHaveCount(0);
  await expect(page.locator('.worksheet-loading'), id).toHaveCount(0);
  await expect(page.locator('#worksheet-heading'), id).toBeVisible();
};
