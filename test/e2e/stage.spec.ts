import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_TITLE, callApi, expect, test } from './support/fixtures';
import { SIZES } from './support/viewports';
import { smallestBodyText } from './support/stage';

/** Kept outside test-results/, which Playwright empties on every run. */
const SHOTS = path.join(import.meta.dirname, 'screenshots');

const nav = (page: Page) => page.getByRole('navigation', { name: 'Tahap dan kertas kerja' });
const switcher = (page: Page) => page.getByRole('navigation', { name: 'Tampilan presentasi' });
const stageHeading = (page: Page) => page.getByRole('heading', { level: 1 });

const openDemo = async (page: Page, baseUrl: string): Promise<string> => {
  await page.goto(baseUrl);
  await page.getByRole('link', { name: `Buka ${DEMO_TITLE}` }).click();
  await expect(nav(page)).toBeVisible();
  const id = /#\/lokakarya\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`No workshop id in ${page.url()}`);
  return id;
};

/** "3 / 31" in the switcher. */
const position = async (page: Page) => {
  const text = (await switcher(page).getByText(/^\d+ \/ \d+$/).textContent()) ?? '';
  const [n, total] = text.split(' / ').map(Number);
  return { n: n ?? 0, total: total ?? 0 };
};

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const scrolling = document.scrollingElement;
    const body = document.querySelector('.panggung-body');
    return {
      page: (scrolling?.scrollWidth ?? 0) - window.innerWidth,
      body: body ? body.scrollWidth - body.clientWidth : 0,
    };
  });

test('Presentasikan opens the stage: every view read-only, ←/→ walk them, B blanks, Esc returns to the worksheet', async ({ page, app }) => {
  await openDemo(page, app.url);
  await nav(page).getByRole('link', { name: /SWOT & TOWS/ }).click();
  await page.getByRole('link', { name: 'Presentasikan' }).click();
  await expect(page).toHaveURL(/\/panggung\/swot-smart-governance$/);
  await expect(stageHeading(page)).toHaveText('SWOT · Smart Governance');
  await expect(page.getByRole('heading', { level: 2, name: /Kekuatan/ })).toBeVisible();
  // No editing chrome: no worksheet navigation, no top bar.
  await expect(nav(page)).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
  // The SWOT worksheet's timer in the corner.
  await expect(page.getByRole('timer')).toContainText('Sisa waktu SWOT & TOWS');

  await page.keyboard.press('Home');
  await expect(stageHeading(page)).toHaveText('Kesiapan Daerah per Pilar');
  const { total } = await position(page);
  expect(total).toBeGreaterThanOrEqual(25);
  const titles: string[] = [];
  for (let n = 1; n <= total; n += 1) {
    await expect(switcher(page).getByText(`${n} / ${total}`)).toBeVisible();
    const title = (await stageHeading(page).textContent()) ?? '';
    titles.push(title);
    // Announced for screen readers.
    await expect(page.locator('.panggung > [aria-live="polite"]')).toHaveText(`Tampilan ${n} dari ${total}: ${title}`);
    // Content, not forms.
    await expect(page.locator('.panggung input, .panggung textarea, .panggung select, .panggung [contenteditable="true"]')).toHaveCount(0);
    expect(await page.locator('.panggung-body').innerText()).not.toBe('');
    if (n < total) await page.keyboard.press('ArrowRight');
  }
  expect(new Set(titles).size).toBe(total);
  for (const expected of [
    'Isu Daerah · Smart Branding',
    'SWOT · Smart Economy',
    'Strategi TOWS · Smart Governance',
    'Visi',
    'Misi',
    'Tujuan dan Sasaran',
    'Matriks Program',
    'Peta Jalan · Smart Environment',
    'Quick Win: Dampak dan Upaya',
    'Lembar Komitmen Bersama',
  ]) {
    expect(titles).toContain(expected);
  }
  // At the end → stays; PageUp goes back; End jumps.
  await page.keyboard.press('ArrowRight');
  await expect(switcher(page).getByText(`${total} / ${total}`)).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(switcher(page).getByText(`${total - 1} / ${total}`)).toBeVisible();
  await page.keyboard.press('End');
  await expect(stageHeading(page)).toHaveText('Lembar Komitmen Bersama');

  // B: a black screen; any key brings the same view back.
  await page.keyboard.press('b');
  const blank = page.getByTestId('panggung-blank');
  await expect(blank).toBeVisible();
  expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
  await page.keyboard.press('ArrowLeft');
  await expect(blank).toHaveCount(0);
  await expect(stageHeading(page)).toHaveText('Lembar Komitmen Bersama');

  // Esc: back to editing the worksheet this view shows.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/lokakarya\/[^/]+\/komitmen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Lembar Komitmen' })).toBeVisible();
  await expect(nav(page)).toBeVisible();
});

test('the program matrix on the stage: ≥ 12 program names on the first screen at 1366×768, filtered by dimension with a key', async ({ page, app }) => {
  await openDemo(page, app.url);
  await nav(page).getByRole('link', { name: /Matriks Program/ }).click();
  await page.getByRole('link', { name: 'Presentasikan' }).click();
  await expect(stageHeading(page)).toHaveText('Matriks Program');
  await expect(page.locator('.panggung-body').getByText('27 program · Rp')).toBeVisible();
  const visibleNames = await page.locator('.panggung-program-label').evaluateAll((names) =>
    names.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
    }).length,
  );
  expect(visibleNames).toBeGreaterThanOrEqual(12);
  expect(await page.locator('.panggung-body').evaluate((b) => b.scrollHeight - b.clientHeight)).toBeLessThanOrEqual(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Smart Governance' })).toBeVisible();

  // 2 = the second dimension; 0 = all again. The buttons say which is on.
  const filter = page.getByRole('group', { name: /Saring dimensi/ });
  await page.keyboard.press('2');
  await expect(filter.getByRole('button', { name: 'SB' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Smart Branding']);
  await expect(page.locator('.panggung-code').first()).toHaveText(/^SB-/);
  await page.screenshot({ path: path.join(SHOTS, 'stage-program-filtered-1366x768.png') });
  await filter.getByRole('button', { name: 'Semua' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(6);
});

test('the stage follows the room: a SWOT factor saved elsewhere appears without reload', async ({ page, app }) => {
  const workshopId = await openDemo(page, app.url);
  await page.goto(`${app.url}/#/lokakarya/${workshopId}/panggung/swot-smart-branding`);
  const threats = page.locator('.panggung-swot-cell.is-T');
  await expect(threats.getByRole('listitem')).not.toHaveCount(0);
  const before = await threats.getByRole('listitem').count();
  const opened = await callApi<{ workshop: { revision: number } }>(page, app.url, 'workshop.open', { workshopId });
  await callApi(page, app.url, 'workshop.apply', {
    workshopId,
    baseRevision: opened.workshop.revision,
    command: { type: 'upsertSwotItem', item: { id: 'swot-dari-kelompok', dimensionId: 'smart-branding', quadrant: 'T', text: 'Destinasi tetangga lebih dulu dikenal di media sosial' } },
  });
  await expect(threats.getByText('Destinasi tetangga lebih dulu dikenal di media sosial')).toBeVisible();
  await expect(threats.getByRole('listitem')).toHaveCount(before + 1);
});

for (const size of SIZES) {
  test(`every stage view at ${size.name}: no horizontal overflow, type large enough, screenshots`, async ({ page, app }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const workshopId = await openDemo(page, app.url);
    await page.goto(`${app.url}/#/lokakarya/${workshopId}/panggung`);
    await expect(page).toHaveURL(/\/panggung\/kesiapan$/);
    const { total } = await position(page);
    for (let n = 1; n <= total; n += 1) {
      await expect(switcher(page).getByText(`${n} / ${total}`)).toBeVisible();
      const slug = /\/panggung\/([^/]+)$/.exec(page.url())?.[1] ?? String(n);
      const overflow = await horizontalOverflow(page);
      expect(overflow.page, `page overflow on ${slug}`).toBeLessThanOrEqual(0);
      expect(overflow.body, `stage overflow on ${slug}`).toBeLessThanOrEqual(0);
      if (size.width === 1920) {
        const text = await smallestBodyText(page);
        expect(text.smallest, `smallest text on ${slug}: ${text.where}`).toBeGreaterThanOrEqual(24);
      }
      await page.screenshot({ path: path.join(SHOTS, `stage-${slug}-${size.width}x${size.height}.png`) });
      if (n < total) await page.keyboard.press('ArrowRight');
    }
  });
}

test('the running timer stays on the projector: a view of another worksheet shows it, named, instead of its own idle one', async ({ page, app }) => {
  await openDemo(page, app.url);
  await nav(page).getByRole('link', { name: /SWOT & TOWS/ }).click();
  // Group work on SWOT: the facilitator starts its timer, then presents the readiness view.
  await page.getByRole('group', { name: 'Timer SWOT & TOWS' }).getByRole('button', { name: 'Mulai timer' }).click();
  await page.getByRole('link', { name: 'Presentasikan' }).click();
  await expect(page.getByRole('timer')).toHaveAttribute('data-worksheet', 'swot');
  await page.keyboard.press('Home');
  await expect(stageHeading(page)).toHaveText('Kesiapan Daerah per Pilar');
  const timer = page.getByRole('timer');
  await expect(timer).toHaveAttribute('data-worksheet', 'swot');
  await expect(timer).toContainText('Sisa waktu SWOT & TOWS');
  // Named on screen (the room sees whose time it is), not just for screen readers.
  await expect(timer.locator('.panggung-timer-name')).toHaveText('SWOT & TOWS');
  await expect(timer).toHaveClass(/is-running/);
  // The view's own timer, once started, is the one shown.
  await page.keyboard.press('Escape');
  await page.getByRole('group', { name: 'Timer Analisis Kesiapan' }).getByRole('button', { name: 'Mulai timer' }).click();
  await page.getByRole('link', { name: 'Presentasikan' }).click();
  await expect(stageHeading(page)).toHaveText('Kesiapan Daerah per Pilar');
  await expect(page.getByRole('timer')).toHaveAttribute('data-worksheet', 'kesiapan');
  await expect(page.getByRole('timer').locator('.panggung-timer-name')).toHaveCount(0);
});

test('in English the stage writes figures the English way: goal targets as 5,750 like the Rupiah, not 5.750', async ({ page, app }) => {
  const workshopId = await openDemo(page, app.url);
  await page.evaluate(() => localStorage.setItem('masterplan.language', 'en'));
  await page.goto(`${app.url}/#/lokakarya/${workshopId}/panggung/tujuan`);
  await page.reload();
  await expect(stageHeading(page)).toHaveText('Goals and Targets');
  const body = page.locator('.panggung-body');
  await expect(body).toContainText('5,750 UMKM (2026)');
  await expect(body).not.toContainText('5.750');
  await page.goto(`${app.url}/#/lokakarya/${workshopId}/panggung/program`);
  await expect(body).toContainText(/27 programs · Rp 71\.\d+ billion/);
});
