import type { Page } from '@playwright/test';
import { DEMO_TITLE, expect, test } from './support/fixtures';

/**
 * The worksheets' contents on the facilitator's laptop (1366×768) and a projector (1920×1080):
 * Every worksheet of the demo: Kesiapan shows four items or more per screen, Quick Win three candidates or more, every value
 * fits its box and nothing scrolls sideways inside a card.
 */

const SHEETS = ['profil', 'data-rujukan', 'pelaksanaan', 'kesiapan', 'isu', 'swot', 'kesenjangan', 'jajak-pendapat', 'visi', 'program', 'usulan', 'pemetaan-rpjmd', 'inovasi', 'roadmap', 'quick-win', 'komitmen', 'bagian'] as const;

const openSheet = async (page: Page, appUrl: string, sheet: string): Promise<void> => {
  await page.goto(appUrl);
  const href = await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).getAttribute('href');
  await page.goto(`${appUrl}/${href ?? ''}/${sheet}`);
  await expect(page.locator('#worksheet-heading')).toBeVisible();
  await expect(page.locator('.worksheet-loading')).toHaveCount(0);
  await page.waitForTimeout(200);
};

/** Inputs whose value is wider than their box, and cards (or scroll areas inside them) that scroll sideways. */
const overflowFacts = (page: Page) =>
  page.evaluate(() => {
    const describe = (el: Element): string => {
      const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ?? el.className;
      const value = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : '';
      return `${label}: "${value}" (${el.scrollWidth} > ${el.clientWidth})`;
    };
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.worksheet input:not([type]), .worksheet input[type="text"], .worksheet textarea')];
    const clippedInputs = fields.filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1).map(describe);
    const cards = [...document.querySelectorAll<HTMLElement>('.worksheet .card')];
    const scrollers = cards.flatMap((card) => [card, ...card.querySelectorAll<HTMLElement>('*')]).filter((el) => {
      const style = getComputedStyle(el);
      return el === el.closest('.card') || style.overflowX === 'auto' || style.overflowX === 'scroll';
    });
    const sideways = scrollers.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => `${el.className} (${el.scrollWidth} > ${el.clientWidth})`);
    return { clippedInputs, sideways };
  });

/** How many of the elements matched by `selector` are wholly on screen below the top bar, once the first is scrolled to the top. */
const wholeOnScreen = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const all = [...document.querySelectorAll(sel)];
    all[0]?.scrollIntoView({ block: 'start' });
    const top = document.querySelector('header, [role="banner"]')?.getBoundingClientRect().bottom ?? 0;
    return all.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= top - 1 && r.bottom <= window.innerHeight + 1;
    }).length;
  }, selector);

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the worksheets’ values fit their boxes and no card scrolls sideways at ${size.width}×${size.height}`, async ({ page, app }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    for (const sheet of SHEETS) {
      await openSheet(page, app.url, sheet);
      const facts = await overflowFacts(page);
      expect(facts.clippedInputs, `${sheet}: inputs whose value is wider than the box`).toEqual([]);
      expect(facts.sideways, `${sheet}: sideways scroll inside a card`).toEqual([]);
    }
  });
}

test('Kesiapan shows at least four items per screen at 1366×768, each scored on a segmented 1–5 scale that names the chosen level', async ({ page, app }) => {
  await openSheet(page, app.url, 'kesiapan');
  expect(await wholeOnScreen(page, '.readiness-item')).toBeGreaterThanOrEqual(4);

  const item = page.getByRole('region', { name: 'Struktur', exact: true }).getByRole('group', { name: /^Struktur, item 1:/ });
  const scale = item.getByRole('group', { name: 'Skor kesiapan' });
  await expect(scale.getByRole('radio')).toHaveCount(6);
  // Targets at least 32 px, side by side.
  for (const box of await scale.locator('.choice-option').evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.width).toBeGreaterThanOrEqual(32);
    expect(box.height).toBeGreaterThanOrEqual(32);
  }
  await expect(scale.getByRole('radio', { name: '4 Terpadu' })).toBeChecked();
  await expect(item.locator('.readiness-score-label')).toHaveText('Terpadu');
  // Arrow keys move along the scale and the words follow.
  await scale.getByRole('radio', { name: '4 Terpadu' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(scale.getByRole('radio', { name: '5 Optimal' })).toBeChecked();
  await expect(item.locator('.readiness-score-label')).toHaveText('Optimal');
  // The OPD shows whole, abbreviation and name.
  await expect(item.locator('.opd-select-shown')).toHaveText('Setda · Sekretariat Daerah');
});

test('Quick Win shows at least three candidates per screen at 1366×768', async ({ page, app }) => {
  await openSheet(page, app.url, 'quick-win');
  const rows = page.getByRole('table', { name: 'Uji syarat kandidat quick win' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await wholeOnScreen(page, '#qw-gates-caption ~ tbody tr')).toBeGreaterThanOrEqual(3);
});
