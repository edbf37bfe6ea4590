import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { sortPrograms, MATRIX_ORDER } from '../../shared/logic/program-filter';
import type { Workshop } from '../../shared/model';
import { startAppServer, type AppServer } from './support/app-server';
import { expect, test } from './support/fixtures';

/*
 * Issue 13 at 800 programs, on the facilitator's 1366×768 laptop: the matrix shows at least 12 rows,
 * pages through all of them, and its own search (Ctrl+F) finds any program by code, name or OPD and
 * says how many match; the roadmap's programs per term are grouped per dimension and fold, remembered.
 */

const SHOTS = path.join(import.meta.dirname, 'screenshots');
const PROGRAMS = 800;
const ROOT = path.resolve(import.meta.dirname, '..', '..');
// Built by tsx (the bench's builder reads the reference JSON with import attributes Playwright's loader lacks).
const large = JSON.parse(
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['-e', `import { buildLargeWorkshop } from './bench/large-workshop'; process.stdout.write(JSON.stringify(buildLargeWorkshop(${PROGRAMS})));`], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  }).toString(),
) as Workshop;

const seeded = async (dataDir: string): Promise<AppServer> => {
  const first = await startAppServer(dataDir);
  await first.stop();
  await mkdir(path.join(dataDir, 'workshops'), { recursive: true });
  await writeFile(path.join(dataDir, 'workshops', `${large.id}.json`), JSON.stringify(large));
  return startAppServer(dataDir, first.port);
};

const openWorksheet = async (page: Page, url: string, link: RegExp, heading: string) => {
  await page.goto(url);
  await page.getByRole('link', { name: `Buka ${large.title}` }).click();
  await page.getByRole('navigation', { name: 'Tahap dan kertas kerja' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
};

/** Program rows wholly on screen: inside the window and inside the table's scroll area. */
const rowsOnScreen = (page: Page) =>
  page.evaluate(() => {
    const scroller = document.querySelector('.program-table-scroll')!.getBoundingClientRect();
    const head = document.querySelector('.program-table thead')!.getBoundingClientRect();
    const top = Math.max(0, scroller.top, head.bottom);
    const bottom = Math.min(window.innerHeight, scroller.bottom);
    return [...document.querySelectorAll('.program-table tbody tr[data-program-id]')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= top - 1 && box.bottom <= bottom + 1;
    }).length;
  });

test('800 programs: the matrix shows 12+ rows at 1366x768, pages through all, and its search finds a program far down', async ({ page, dataDir }) => {
  test.setTimeout(120_000);
  const app = await seeded(dataDir);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openWorksheet(page, app.url, /Matriks Program/, 'Matriks Program');
    const rows = page.locator('.program-table tbody tr[data-program-id]');
    await expect(rows.first()).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, "matrix-large-1366.png") });
    expect(await rowsOnScreen(page)).toBeGreaterThanOrEqual(12);
    // The filters are one row: every field's top at the same height.
    const tops = await page.locator('.program-filters .field').evaluateAll((fields) => fields.map((f) => Math.round(f.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'matrix-large-1366.png') });

    // Pages of 50 rows; the pager says where we are.
    const pager = page.getByRole('navigation', { name: 'Halaman matriks program' });
    await expect(pager).toContainText(`Halaman 1 dari 16 · Baris 1–50 dari ${PROGRAMS}`);
    await expect(rows).toHaveCount(50);
    await pager.getByRole('button', { name: /Berikutnya/ }).click();
    await expect(pager).toContainText(`Halaman 2 dari 16 · Baris 51–100 dari ${PROGRAMS}`);
    await pager.getByRole('button', { name: 'Halaman terakhir' }).click();
    await expect(pager).toContainText(`Baris 751–800 dari ${PROGRAMS}`);

    // A program far down the matrix order: Ctrl+F goes to the matrix's search, which finds it by code.
    const ordered = sortPrograms(large.programs, MATRIX_ORDER, large);
    const far = ordered[700]!;
    await pager.getByRole('button', { name: 'Halaman pertama' }).click();
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+f');
    const search = page.getByRole('searchbox', { name: /Cari program/ });
    await expect(search).toBeFocused();
    await page.keyboard.type(far.code);
    await expect(page.locator('.filter-count')).toContainText(`dari ${PROGRAMS} cocok`);
    const byCode = Number(/(\d+) dari 800 cocok/.exec((await page.locator('.filter-count').textContent()) ?? '')?.[1]);
    expect(byCode).toBeGreaterThanOrEqual(1);
    expect(byCode).toBeLessThanOrEqual(50);
    await expect(rows).toHaveCount(byCode);
    await expect(page.getByRole('row', { name: new RegExp(far.name) })).toBeVisible();
    await expect(pager).toHaveCount(0);
    await page.screenshot({ path: path.join(SHOTS, 'matrix-large-search-1366.png') });

    // By name too, and by the lead OPD's abbreviation.
    await search.fill(far.name);
    await expect(page.locator('.filter-count')).toContainText(`dari ${PROGRAMS} cocok`);
    await expect(page.getByRole('row', { name: new RegExp(far.name) })).toBeVisible();
    const opd = large.opds.find((o) => o.id === far.leadOpdId)!;
    await search.fill(opd.abbreviation);
    // The count follows the search after a render: read it once it has moved on from the name's match.
    const led = large.programs.filter((p) => p.leadOpdId === opd.id).length;
    const matchedNow = async () => Number(/(\d+) dari 800 cocok/.exec((await page.locator('.filter-count').textContent()) ?? '')?.[1]);
    await expect.poll(matchedNow).toBeGreaterThanOrEqual(led);
    const matched = await matchedNow();
    expect(matched).toBeLessThan(PROGRAMS);
    // Escape clears the search: all 800 again.
    await search.press('Escape');
    await expect(page.locator('.filter-count')).toHaveText(`Menampilkan ${PROGRAMS} dari ${PROGRAMS} program`);
  } finally {
    await app.stop();
  }
});

test('800 programs: the roadmap groups programs per term by dimension, folded, with counts, and remembers what is open', async ({ page, dataDir }) => {
  test.setTimeout(120_000);
  const app = await seeded(dataDir);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openWorksheet(page, app.url, /Peta Jalan/, 'Peta Jalan');
    const overview = page.getByRole('region', { name: /^Peta jalan \d{4}–\d{4}$/ });
    const dimensions = large.dimensionSet.dimensions;
    const first = dimensions[0]!;
    const toggle = overview.getByRole('button', { name: new RegExp(`^${first.nameId} \\d+ program`) });
    const count = Number(/(\d+) program/.exec((await toggle.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(50);
    // 800 programs: every group starts closed, its header still counting the programs.
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(overview.getByRole('listitem')).toHaveCount(0);
    const closedHeight = (await overview.boundingBox())!.height;
    expect(closedHeight).toBeLessThan(700);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(overview.getByRole('listitem')).toHaveCount(count);
    await toggle.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'roadmap-large-1366.png') });

    // Remembered on this computer: open after a reload, and closed again with the keyboard.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Peta Jalan' })).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(overview.getByRole('listitem')).toHaveCount(0);

    // Open all / close all.
    await overview.getByRole('button', { name: 'Buka semua dimensi' }).click();
    await expect(overview.getByRole('listitem')).toHaveCount(PROGRAMS);
    await overview.getByRole('button', { name: 'Tutup semua dimensi' }).click();
    await expect(overview.getByRole('listitem')).toHaveCount(0);
  } finally {
    await app.stop();
  }
});

test('800 programs: the year-by-year roadmap folds per element and keeps the Gantt chart behind a button', async ({ page, dataDir }) => {
  test.setTimeout(120_000);
  const app = await seeded(dataDir);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openWorksheet(page, app.url, /Peta Jalan/, 'Peta Jalan');
    const first = large.dimensionSet.dimensions[0]!;
    const inDimension = large.programs.filter((p) => p.dimensionId === first.id).length;
    const table = page.getByRole('table', { name: `Tabel peta jalan ${first.nameId}` });
    const groups = table.getByRole('button', { name: / \d+ program$/ });
    await expect(groups).toHaveCount(first.elements.length);
    // Above 60 programs every element starts closed (its header counts its programs) and the chart waits for a click.
    for (const toggle of await groups.all()) await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(table.getByRole('row')).toHaveCount(2 + first.elements.length);
    const showGantt = page.getByRole('button', { name: `Tampilkan diagram Gantt (${inDimension} program)` });
    await expect(showGantt).toHaveAttribute('aria-expanded', 'false');
    const panel = page.getByRole('tabpanel');
    expect((await panel.boundingBox())!.height).toBeLessThan(1200);

    const element = first.elements[0]!;
    const inElement = large.programs.filter((p) => p.elementId === element.id).length;
    const toggle = table.getByRole('button', { name: new RegExp(`^${element.nameId} ${inElement} program$`) });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(table.getByRole('row')).toHaveCount(2 + first.elements.length + inElement);
    await page.getByRole('button', { name: 'Buka semua elemen' }).click();
    await expect(table.getByRole('row')).toHaveCount(2 + first.elements.length + inDimension);
    await page.getByRole('button', { name: 'Tutup semua elemen' }).click();
    await expect(table.getByRole('row')).toHaveCount(2 + first.elements.length);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'roadmap-table-large-1366.png') });

    await showGantt.click();
    await expect(page.getByRole('button', { name: 'Sembunyikan diagram Gantt' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.roadmap-figure')).toBeVisible();
  } finally {
    await app.stop();
  }
});
