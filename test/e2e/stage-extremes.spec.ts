import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Workshop } from '../../shared/model';
import { startAppServer, type AppServer } from './support/app-server';
import { expect, test } from './support/fixtures';
import { SIZES } from './support/viewports';
import { smallestBodyText } from './support/stage';

/*
 * The stage read from the back of the room, at its extremes: the 800-program bench workshop, the demo
 * with one dimension overfull (33 issues, 50 SWOT factors, 40 quick-win candidates, …) and a new,
 * empty workshop. On every page of every view at 1366×768 and 1920×1080: nothing the room sees is cut
 * by the screen's edge, every item of a long view is shown whole on one of its pages (→ turns them),
 * text is 24 px or more at 1920, and a view with nothing to show says so.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const workshops = JSON.parse(
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['-e', `import { stageWorkshops } from './test/e2e/support/stage-workshops'; process.stdout.write(JSON.stringify(stageWorkshops()));`], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  }).toString(),
) as Workshop[];

const seeded = async (dataDir: string): Promise<AppServer> => {
  const first = await startAppServer(dataDir);
  await first.stop();
  await mkdir(path.join(dataDir, 'workshops'), { recursive: true });
  for (const w of workshops) await writeFile(path.join(dataDir, 'workshops', `${w.id}.json`), JSON.stringify(w));
  return startAppServer(dataDir, first.port);
};

interface PageState {
  slug: string;
  position: string;
  /** Items drawn on this page, and those drawn but cut by the body's edges (must be none). */
  shown: string[];
  cut: string[];
  untitled: string[];
  numbers: string[];
  all: number;
  overflowX: number;
  text: string;
  more: boolean;
}

/** What the room sees on the page in sight. Items are the smallest list items, rows, headings, paragraphs and cards. */
const pageState = (page: Page): Promise<PageState> =>
  page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('.panggung-body')!;
    const box = body.getBoundingClientRect();
    // A table's header and a column's title stay on top of every page; items count below them.
    const sticky = 'thead, .panggung-column-title';
    const stuck = [...body.querySelectorAll(sticky)].map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0 && r.top <= box.top + 1 && r.bottom > box.top);
    const top = Math.max(box.top, ...stuck.map((r) => r.bottom));
    const unitSelector = 'li, tr, h2, p, .panggung-note';
    const units = [...body.querySelectorAll<HTMLElement>(unitSelector)].filter(
      (el) => !el.closest('thead') && !el.querySelector(unitSelector) && el.getClientRects().length > 0 && (el.textContent ?? '').trim() !== '',
    );
    const shown: string[] = [];
    const cut: string[] = [];
    /** Cards shown without their column's title (which column is this, on page 2?). */
    const untitled: string[] = [];
    units.forEach((el, i) => {
      if (getComputedStyle(el).visibility === 'hidden') return;
      const r = el.getBoundingClientRect();
      if (r.bottom <= top || r.top >= box.bottom) return;
      const key = `${i}:${(el.textContent ?? '').trim().slice(0, 60)}`;
      const whole = (r.top >= top - 1 || el.matches(sticky)) && r.bottom <= box.bottom + 1;
      if (whole) shown.push(key);
      else if (r.height <= box.bottom - top) cut.push(key);
      const title = el.closest('section')?.querySelector(':scope > .panggung-column-title')?.getBoundingClientRect();
      if (whole && title && (title.top < box.top - 1 || title.bottom > box.bottom + 1)) untitled.push(key);
    });
    // A numbered list's numbers: none cut at the screen's left edge, none left alone on a page.
    const numbers: string[] = [];
    const measure = document.createElement('canvas').getContext('2d')!;
    for (const ol of body.querySelectorAll('ol')) {
      [...ol.children].forEach((li, i) => {
        const r = li.getBoundingClientRect();
        const marker = getComputedStyle(li, '::marker');
        if (r.height === 0 || r.bottom <= box.top || r.top >= box.bottom || marker.color === 'rgba(0, 0, 0, 0)' || getComputedStyle(li).visibility === 'hidden' || getComputedStyle(li).listStyleType === 'none') return;
        measure.font = `${marker.fontWeight} ${marker.fontSize} ${marker.fontFamily}`;
        if (r.left - measure.measureText(`${i + 1}.`).width < box.left - 0.5) numbers.push(`${i + 1}. cut at the left`);
        const parts = [...li.children];
        if (parts.length > 0 && parts.every((part) => getComputedStyle(part).visibility === 'hidden')) numbers.push(`${i + 1}. alone`);
      });
    }
    return {
      numbers,
      slug: /\/panggung\/([^/]+)$/.exec(location.hash)?.[1] ?? '',
      position: document.querySelector('.panggung-position')?.textContent ?? '',
      shown,
      cut,
      untitled,
      all: units.length,
      overflowX: Math.max(body.scrollWidth - body.clientWidth, (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth),
      text: body.innerText,
      more: document.querySelector('.panggung-more') !== null,
    };
  });

for (const size of SIZES) {
  test(`stage extremes at ${size.name}: 800 programs, an overfull dimension and an empty workshop, every page whole`, async ({ page, dataDir }) => {
    test.setTimeout(240_000);
    const app = await seeded(dataDir);
    try {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const workshop of workshops) {
        await page.goto(`${app.url}/#/lokakarya/${workshop.id}/panggung`);
        await expect(page).toHaveURL(/\/panggung\/kesiapan$/);
        const total = workshop.dimensionSet.dimensions.length * 4 + 8;
        let seen = new Set<string>();
        let state = await pageState(page);
        let pageNo = 1;
        for (;;) {
          const where = `${workshop.id} ${state.slug} page ${pageNo}`;
          expect(state.cut, `items cut on ${where}`).toEqual([]);
          expect(state.untitled, `cards without their column's title on ${where}`).toEqual([]);
          expect(state.numbers, `list numbers on ${where}`).toEqual([]);
          expect(state.overflowX, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
          if (size.projector) {
            const text = await smallestBodyText(page);
            expect(text.smallest, `smallest text on ${where}: ${text.where}`).toBeGreaterThanOrEqual(24);
          }
          if (workshop.id === 'panggung-kosong' && pageNo === 1) expect(state.text, `the empty ${state.slug} says why`).toMatch(/belum/i);
          for (const key of state.shown) seen.add(key);
          // The program summary is one screen even at 800 programs: fewer names per card, the rest counted.
          if (state.slug === 'program') expect(state.more, `the program summary of ${workshop.id} needs more than one screen`).toBe(false);
          if (state.slug === 'quick-win' && pageNo === 1 && workshop.id !== 'panggung-kosong') {
            // No dot covers a quadrant's name, however many candidates crowd its corner.
            const covered = await page.evaluate(() => {
              const labels = [...document.querySelectorAll('.panggung-quadrant-cell > span')].map((l) => l.getBoundingClientRect());
              return [...document.querySelectorAll('.panggung-dot')].filter((d) => {
                const r = d.getBoundingClientRect();
                return labels.some((l) => r.left < l.right - 1 && r.right > l.left + 1 && r.top < l.bottom - 1 && r.bottom > l.top + 1);
              }).map((d) => d.textContent);
            });
            expect(covered, `dots over a quadrant's name on ${where}`).toEqual([]);
          }
          if (pageNo === 1 && ['isu-smart-governance', 'quick-win', 'program'].includes(state.slug) && workshop.id !== 'panggung-kosong') {
            await page.screenshot({ path: path.join(SHOTS, `stage-extremes-${workshop.id}-${state.slug}-${size.width}x${size.height}.png`) });
          }
          const before = state;
          await page.keyboard.press('ArrowRight');
          if (before.more) {
            // The same view, turned: the rest of it, and the first page is not shown again.
            await expect.poll(async () => (await pageState(page)).shown.join('|')).not.toBe(before.shown.join('|'));
            state = await pageState(page);
            expect(state.slug).toBe(before.slug);
            pageNo += 1;
            continue;
          }
          // Every item of the view was shown whole on one of its pages.
          expect(seen.size, `items of ${workshop.id} ${before.slug} shown whole over ${pageNo} page(s)`).toBe(before.all);
          if (before.position === `${total} / ${total}`) break;
          await expect(page.locator('.panggung-position')).not.toHaveText(before.position);
          state = await pageState(page);
          seen = new Set();
          pageNo = 1;
        }
        // ← turns back through the last view's pages to its first, then to the view before.
        for (let back = pageNo; back > 1; back -= 1) {
          await page.keyboard.press('ArrowLeft');
          await expect(page.locator('.panggung-position')).toHaveText(`${total} / ${total}`);
        }
        expect(await page.locator('.panggung-body').evaluate((b) => b.scrollTop)).toBe(0);
        await page.keyboard.press('ArrowLeft');
        await expect(page.locator('.panggung-position')).toHaveText(`${total - 1} / ${total}`);
      }
    } finally {
      await app.stop();
    }
  });
}
