import type { Page } from '@playwright/test';
import { DEMO_TITLE, expect, test } from './support/fixtures';
import { expectWorksheetShown } from './support/worksheet';

/**
 * The frame around every worksheet on the facilitator's laptop (1366×768): content starts near the
 * top, nothing pushes the page sideways, and the top bar keeps the title and its actions readable.
 */

const openDemo = async (page: Page, appUrl: string): Promise<string> => {
  await page.goto(appUrl);
  const href = await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).getAttribute('href');
  expect(href).toBeTruthy();
  return `${appUrl}/${href ?? ''}`;
};

/** The top of the first thing after the worksheet's header, and whether the page or its main area scrolls sideways. */
const frameFacts = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('.worksheet > .worksheet-header');
    const first = header?.nextElementSibling;
    const main = document.querySelector('.worksheet-main');
    const root = document.documentElement;
    return {
      firstTop: first ? first.getBoundingClientRect().top : null,
      pageOverflow: root.scrollWidth - root.clientWidth,
      mainOverflow: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });

test('every worksheet starts its content within 200 px of the top and never scrolls sideways at 1366×768', async ({ page, app }) => {
  test.setTimeout(120_000);
  const workshopUrl = await openDemo(page, app.url);
  await page.goto(workshopUrl);
  // Every worksheet the stepper offers (the preview and Riwayat pages sit outside it).
  const nav = page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });
  // The stepper renders with the workshop, which may arrive after the page's first paint.
  await expect(nav.locator('.worksheet-links a').first()).toBeVisible();
  const hrefs = await nav.locator('.worksheet-links a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThanOrEqual(15);
  for (const href of hrefs) {
    const id = href.split('/').pop() ?? href;
    await page.goto(`${app.url}/${href}`);
    // Each worksheet is a lazy chunk: measure the view itself, not the one before it or a placeholder.
    await expectWorksheetShown(page, id);
    await page.waitForTimeout(150);
    const facts = await frameFacts(page);
    expect(facts.firstTop, `${id}: first content row`).not.toBeNull();
    expect(facts.firstTop ?? Number.POSITIVE_INFINITY, `${id}: first content row`).toBeLessThanOrEqual(200);
    expect(facts.pageOverflow, `${id}: page overflow`).toBeLessThanOrEqual(0);
    expect(facts.mainOverflow, `${id}: worksheet area overflow`).toBeLessThanOrEqual(0);
  }
});

test('a worksheet’s description sits behind an info button that remembers, per worksheet, whether it was open', async ({ page, app }) => {
  const workshopUrl = await openDemo(page, app.url);
  await page.goto(`${workshopUrl}/program`);
  const info = page.getByRole('button', { name: 'Tentang Matriks Program' });
  await expect(info).toHaveAttribute('aria-expanded', 'false');
  const lead = page.getByText('Program per dimensi dan elemen, dengan OPD penanggung jawab');
  await expect(lead).toBeHidden();

  await info.click();
  await expect(info).toHaveAttribute('aria-expanded', 'true');
  await expect(lead).toBeVisible();

  // Another worksheet keeps its own state; coming back (or reloading) finds the description still open.
  await page.getByRole('navigation').getByRole('link', { name: /Analisis Kesiapan/ }).click();
  await expect(page.getByRole('button', { name: 'Tentang Analisis Kesiapan' })).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('navigation').getByRole('link', { name: /Matriks Program/ }).click();
  await expect(page.getByRole('button', { name: 'Tentang Matriks Program' })).toHaveAttribute('aria-expanded', 'true');
  await page.reload();
  await expect(page.getByText('Program per dimensi dan elemen, dengan OPD penanggung jawab')).toBeVisible();
});

for (const screen of [
  { name: 'a worksheet', segment: 'program' },
  { name: 'Pratinjau', segment: 'pratinjau' },
]) {
  test(`the top bar on ${screen.name} at 1366×768 shows the whole title and names its actions`, async ({ page, app }) => {
    const workshopUrl = await openDemo(page, app.url);
    await page.goto(`${workshopUrl}/${screen.segment}`);
    const bar = page.getByRole('banner');
    const title = bar.locator('.topbar-title');
    await expect(title).toContainText(DEMO_TITLE);
    await expect(title).toHaveAttribute('title', DEMO_TITLE);
    // Not cut: the clamped box holds all of its text.
    expect(await title.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);

    for (const [name, label] of [
      ['Bagikan di jaringan lokal', 'Bagikan'],
      ['Paket OPD', 'Paket OPD'],
    ] as const) {
      const button = bar.getByRole('button', { name });
      await expect(button).toBeVisible();
      await expect(button.getByText(label, { exact: true })).toBeVisible();
      await expect(button).toHaveAttribute('title', /.+/);
    }
    // Undo and redo are icons, named for screen readers and with a tooltip.
    for (const name of ['Batalkan', 'Ulangi']) {
      await expect(bar.getByRole('button', { name })).toHaveAttribute('title', new RegExp(name));
    }
  });
}

test('below 1280 px the top bar keeps icons with tooltips and names that say what each does', async ({ page, app }) => {
  await page.setViewportSize({ width: 1180, height: 768 });
  const workshopUrl = await openDemo(page, app.url);
  await page.goto(`${workshopUrl}/program`);
  const share = page.getByRole('banner').getByRole('button', { name: 'Bagikan di jaringan lokal' });
  await expect(share).toBeVisible();
  await expect(share).toHaveAttribute('title', 'Bagikan di jaringan lokal');
  const width = await share.evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeLessThan(60);
  const facts = await frameFacts(page);
  expect(facts.pageOverflow).toBeLessThanOrEqual(0);
});

test('the home screen marks the demo "Contoh", offers the last workshop and lines up its actions', async ({ page, app }) => {
  const workshopUrl = await openDemo(page, app.url);
  await page.goto(`${workshopUrl}/visi`);
  await expect(page.locator('#worksheet-heading')).toHaveText('Visi, Misi & Tujuan');
  await page.getByRole('link', { name: /kembali ke Beranda/ }).click();

  const demo = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: DEMO_TITLE }) });
  await expect(demo.getByText('Contoh', { exact: true })).toBeVisible();
  const recent = page.getByRole('region', { name: 'Terakhir dikerjakan' });
  await expect(recent).toContainText(DEMO_TITLE);
  await expect(recent).toContainText('Diubah');
  await recent.getByRole('link', { name: 'Lanjutkan di Visi, Misi & Tujuan' }).click();
  await expect(page.locator('#worksheet-heading')).toHaveText('Visi, Misi & Tujuan');
  await page.goBack();

  // Both ways in sit on one line, their right edge on the content's.
  const create = page.getByRole('button', { name: 'Lokakarya baru' });
  const openPackage = page.getByRole('button', { name: 'Buka paket dari fasilitator' });
  const [a, b] = [await create.boundingBox(), await openPackage.boundingBox()];
  expect(a && b && Math.abs(a.y - b.y)).toBeLessThanOrEqual(2);
  const guide = await page.getByRole('complementary', { name: 'Cara memulai' }).boundingBox();
  expect(a && guide && Math.abs(a.x + a.width - (guide.x + guide.width))).toBeLessThanOrEqual(2);
});
