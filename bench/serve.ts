import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { formatRupiah } from '../shared/logic';
import type { Workshop } from '../shared/model';
import { createServices } from '../electron/services/index';
import { writeFileDurably } from '../electron/services/store/durable-fs';
import { startServer, type RunningServer } from '../electron/server/index';
import { precompressFiles } from '../scripts/precompress';
import { formatBytes, row, scratchDir, type BenchRow } from './measure';
import { ensureRendererBuilt, workshopWithPrograms } from './program-matrix';

/*
 * Serving the app over the facilitator's hotspot (issue 12, deliverable 5):
 * - bytes per device for the first load of the home screen and of the program matrix (800 programs):
 *   as the files are (raw), gzip and brotli, and what Chromium actually received;
 * - the largest JS chunk;
 * - page load → first matrix row in Chromium, against a static HTML table of the same 800 programs
 *   served by the same server, on loopback and on an emulated hotspot link; and, for scale, against a
 *   minimal React page (bench/minimal-react: React only, the same workshop.open, 24 rows).
 * Measures, asserts nothing.
 */

const PROGRAMS = 800;
const OUT = path.resolve(import.meta.dirname, '..', 'out', 'renderer');
/** A private copy of the build (out/ may be rebuilt by someone else while the bench runs). */
let BUILT = OUT;
const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** One phone's share of a busy hotspot: 5 Mbit/s down, 2 Mbit/s up, 40 ms round trip (Chromium's network emulation). */
const HOTSPOT = { offline: false, latency: 40, downloadThroughput: (5_000_000 / 8) | 0, uploadThroughput: (2_000_000 / 8) | 0 };
const HOTSPOT_LABEL = 'hotspot 5 Mbit/s, 40 ms';

/** Called by the page when the first row is painted, so the main-thread time is read then (not once the bench has polled for it). */
const FIRST_ROW_BINDING = '__benchFirstRowPainted';

/** Watches for the first row of a `.program-table` (the app's matrix, or the static table) and notes when it is painted. */
const FIRST_ROW_PROBE = `
(() => {
  window.__firstRow = null;
  const seen = () => document.querySelector('.program-table tbody tr[data-program-id]') !== null;
  const done = () => requestAnimationFrame(() => setTimeout(() => { window.__firstRow = performance.now(); window.${FIRST_ROW_BINDING}?.(''); }));
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    done();
  });
  observer.observe(document, { childList: true, subtree: true });
})();
`;

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same 800 programs as plain HTML: code, name, lead OPD, years, budget, quick win. */
const staticTable = (w: Workshop): string => {
  const opd = new Map(w.opds.map((o) => [o.id, o.abbreviation || o.name]));
  const rows = w.programs
    .map((p) => {
      const budget = p.budget.reduce((sum, b) => sum + b.amount, 0);
      const years = p.years.length > 0 ? `${p.years[0]}–${p.years[p.years.length - 1]}` : '';
      return `<tr data-program-id="${p.id}"><td>${escapeHtml(p.code)}</td><td>${escapeHtml(p.name)}</td><td>${escapeHtml(opd.get(p.leadOpdId ?? '') ?? '')}</td><td>${years}</td><td>${escapeHtml(formatRupiah(budget))}</td><td>${p.quickWin ? 'Ya' : ''}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Matriks Program</title></head><body><h1>Matriks Program</h1><table class="program-table"><thead><tr><th>Kode</th><th>Program</th><th>OPD</th><th>Tahun</th><th>Anggaran</th><th>Quick win</th></tr></thead><tbody>\n${rows}\n</tbody></table></body></html>`;
};

interface Loaded {
  url: string;
  method: string;
  postData: string | null;
  /** The participant's token, sent again when the size is read off the wire. */
  authorization: string | null;
  /** Bytes Chromium received for it (headers and body as sent). */
  wire: number;
  coding: string;
}

/** Every response a page load fetched, with what went over the wire (Chrome DevTools Protocol). */
const recordLoads = async (cdp: CDPSession): Promise<() => Loaded[]> => {
  const seen = new Map<string, Loaded>();
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => seen.set(e.requestId, { url: e.request.url, method: e.request.method, postData: e.request.postData ?? null, authorization: e.request.headers.Authorization ?? e.request.headers.authorization ?? null, wire: 0, coding: '' }));
  cdp.on('Network.responseReceived', (e) => {
    const entry = seen.get(e.requestId);
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    if (entry) entry.coding = headers['content-encoding'] ?? 'identity';
  });
  cdp.on('Network.loadingFinished', (e) => {
    const entry = seen.get(e.requestId);
    if (entry) entry.wire = e.encodedDataLength;
  });
  return () => [...seen.values()];
};

/** The size of one answer when asked for `coding` (identity, gzip or br), read off the wire. */
const sizeWith = (load: Loaded, coding: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const url = new URL(load.url);
    const req = request(
      { host: url.hostname, port: url.port, method: load.method, path: url.pathname, agent: false, headers: { 'accept-encoding': coding, ...(load.postData !== null ? { 'content-type': 'application/json' } : {}), ...(load.authorization !== null ? { authorization: load.authorization } : {}) } },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve(bytes));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(load.postData ?? undefined);
  });

interface Bytes {
  raw: number;
  gzip: number;
  br: number;
  wire: number;
  jsGzip: number;
  coding: string;
}

/** The bytes of what a first load fetched from `origin` (the app's server, or the participants' listener). */
const bytesOf = async (server: RunningServer, loads: Loaded[], origin = server.url): Promise<Bytes> => {
  const total: Bytes = { raw: 0, gzip: 0, br: 0, wire: 0, jsGzip: 0, coding: '' };
  const codings = new Set<string>();
  for (const load of loads) {
    if (!load.url.startsWith(origin)) continue;
    const [raw, gzip, br] = await Promise.all([sizeWith(load, 'identity'), sizeWith(load, 'gzip'), sizeWith(load, 'br')]);
    total.raw += raw;
    total.gzip += gzip;
    total.br += br;
    total.wire += load.wire;
    if (new URL(load.url).pathname.endsWith('.js')) total.jsGzip += gzip;
    // BENCH_SERVE_FILES=1 lists what each first load fetched.
    if (process.env.BENCH_SERVE_FILES) console.log(`    ${new URL(load.url).pathname.padEnd(60)} ${kb(raw)} ${kb(gzip)} ${kb(br)} ${load.coding}`);
    if (load.coding !== '') codings.add(load.coding);
  }
  total.coding = [...codings].sort().join('/');
  return total;
};

/** When a screen counts as ready: `performance.now()` in the page at that moment. */
type Ready = (page: Page) => Promise<number>;

/** Ready once the network has been idle (the home screen); the time is when that was seen. */
const networkIdle: Ready = async (page) => {
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => performance.now());
};

/** Notes in the page when the participant's join code field is first painted (what is fetched after, while idle, does not count). */
const JOIN_SCREEN_PROBE = `
(() => {
  window.__joinScreen = null;
  const observer = new MutationObserver(() => {
    if (document.querySelector('.join-code-input') === null) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__joinScreen = performance.now(); }));
  });
  observer.observe(document, { childList: true, subtree: true });
})();
`;

/** The participant's join screen is usable: the join code field is painted, and can be typed in. */
const joinScreenUsable: Ready = async (page) => {
  await page.waitForFunction(() => (window as unknown as { __joinScreen: number | null }).__joinScreen !== null, undefined, { timeout: 120_000 });
  if (!(await page.locator('.join-code-input').isEditable())) throw new Error('join code field not editable');
  return page.evaluate(() => (window as unknown as { __joinScreen: number }).__joinScreen);
};

/**
 * A first visit (empty cache) to `url` until `ready`; what it fetched before it was ready (not what
 * was prefetched while idle afterwards). `then` continues on the same page (joining, on a phone) and
 * everything fetched up to its end counts too.
 */
const firstVisit = async (
  browser: Browser,
  url: string,
  ready: Ready,
  options: { viewport?: { width: number; height: number }; then?: (page: Page) => Promise<number> } = {},
): Promise<Loaded[]> => {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1366, height: 768 }, locale: 'id-ID' });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: FIRST_ROW_PROBE + JOIN_SCREEN_PROBE });
    const loads = await recordLoads(await context.newCDPSession(page));
    await page.goto(url);
    let readyAt = await ready(page);
    if (options.then) readyAt = await options.then(page);
    const before = new Set(
      await page.evaluate(
        (at) => [location.href.split('#')[0] ?? '', ...performance.getEntriesByType('resource').filter((e) => e.startTime <= at).map((e) => e.name)],
        readyAt,
      ),
    );
    return loads().filter((load) => before.has(load.url));
  } finally {
    await context.close();
  }
};

const firstRowAt: Ready = async (page) => {
  await page.waitForFunction(() => (window as unknown as { __firstRow: number | null }).__firstRow !== null, undefined, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow);
};

/**
 * Page load → first row painted, `runs` times, each in a fresh context (empty cache) unless `warm`
 * (then one untimed visit fills the cache first, and each run is a reload). `busy` collects the
 * renderer's main-thread task time up to then (Chromium's TaskDuration): the work itself, which a
 * loaded machine stretches less than the wall-clock time.
 */
const timeFirstRow = async (browser: Browser, url: string, runs: number, options: { throttle: boolean; warm: boolean; answered?: number[]; busy?: number[] }): Promise<number[]> => {
  const samples: number[] = [];
  const context = options.warm ? await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' }) : undefined;
  try {
    for (let i = 0; i < runs + (options.warm ? 1 : 0); i += 1) {
      const ctx = context ?? (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' }));
      const page = await ctx.newPage();
      await page.addInitScript({ content: FIRST_ROW_PROBE });
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Performance.enable');
      // Main-thread task time as the first row is painted: asked for the moment the page says so,
      // before what the app does next (fetching the other worksheets while idle) adds to it.
      const busyAtFirstRow = new Promise<number>((resolve) => {
        cdp.on('Runtime.bindingCalled', (event) => {
          if (event.name !== FIRST_ROW_BINDING) return;
          void cdp.send('Performance.getMetrics').then(({ metrics }) => resolve((metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000));
        });
      });
      await cdp.send('Runtime.enable');
      await cdp.send('Runtime.addBinding', { name: FIRST_ROW_BINDING });
      if (options.throttle) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', HOTSPOT);
      }
      await page.goto(url);
      const at = await firstRowAt(page);
      if (!options.warm || i > 0) {
        samples.push(at);
        options.busy?.push(await busyAtFirstRow);
        options.answered?.push(await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.endsWith('/api/workshop.open'))?.responseEnd ?? Number.NaN));
      }
      await page.close();
      if (!context) await ctx.close();
    }
  } finally {
    await context?.close();
  }
  return samples;
};

const builtAssets = (): { name: string; raw: number; gzip: number; br: number }[] =>
  readdirSync(path.join(BUILT, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const file = path.join(BUILT, 'assets', name);
      const sizeOf = (f: string) => (existsSync(f) ? statSync(f).size : statSync(file).size);
      return { name, raw: statSync(file).size, gzip: sizeOf(`${file}.gz`), br: sizeOf(`${file}.br`) };
    });

const kb = (bytes: number): string => formatBytes(bytes).padStart(8);

export const benchServe = async (): Promise<BenchRow[]> => {
  // BENCH_SERVE_BUILD=<dir> measures another build (an earlier one kept aside, to compare runs taken in turn).
  const source = process.env.BENCH_SERVE_BUILD ? path.resolve(process.env.BENCH_SERVE_BUILD) : OUT;
  if (source === OUT) ensureRendererBuilt();
  const scratch = await scratchDir();
  BUILT = path.join(scratch.dir, 'renderer');
  await cp(source, BUILT, { recursive: true, preserveTimestamps: true });
  // out/ is shared: if the copy was taken while someone else's build was writing, the build's compress step is run on it.
  const copied = [...readdirSync(BUILT).map((name) => path.join(BUILT, name)), ...readdirSync(path.join(BUILT, 'assets')).map((name) => path.join(BUILT, 'assets', name))];
  if (!copied.some((file) => file.endsWith('.br'))) await precompressFiles(copied.filter((file) => statSync(file).isFile()));
  const w = workshopWithPrograms(PROGRAMS);
  await mkdir(path.join(scratch.dir, 'data', 'workshops'), { recursive: true });
  await writeFileDurably(path.join(scratch.dir, 'data', 'workshops', `${w.id}.json`), JSON.stringify(w));
  // The static table, precompressed like the app's files, served by the same static handler.
  const tableDir = path.join(scratch.dir, 'table');
  await mkdir(tableDir, { recursive: true });
  await writeFile(path.join(tableDir, 'index.html'), staticTable(w));
  await precompressFiles([path.join(tableDir, 'index.html')]);

  // The minimal React page, built and precompressed like the app.
  const minimalDir = path.join(scratch.dir, 'minimal-react');
  await build({ root: path.join(import.meta.dirname, 'minimal-react'), configFile: false, logLevel: 'silent', plugins: [react()], build: { outDir: minimalDir, emptyOutDir: true, minify: true } });
  await precompressFiles(readdirSync(minimalDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)));

  const services = await createServices({ dataDir: path.join(scratch.dir, 'data'), mode: 'web' });
  // The participants' listener (share.start) serves participant.html at its root, from the same build; nobody is trusted there.
  const app = await startServer({ services, port: 0, staticDir: BUILT, sharePort: 0, shareTrust: () => false, joinRate: { attempts: 1000, windowMs: 60_000 } });
  // Without the share service: only the app's server opens the participants' listener.
  const table = await startServer({ services: { handlers: services.handlers }, port: 0, staticDir: tableDir });
  const minimal = await startServer({ services: { handlers: services.handlers }, port: 0, staticDir: minimalDir });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const matrixUrl = `${app.url}/#/lokakarya/${w.id}/program`;
  try {
    const home = await bytesOf(app, await firstVisit(browser, `${app.url}/`, networkIdle));
    const matrix = await bytesOf(app, await firstVisit(browser, matrixUrl, firstRowAt));
    // A phone on the room's network: the join screen, then joining (code, name, OPD) until its first screen.
    const share = await services.handlers['share.start']({ workshopId: w.id, host: '127.0.0.1', port: 0 });
    const room = share.urls[0] ?? '';
    const phone = { width: 390, height: 844 };
    const joinScreen = await bytesOf(app, await firstVisit(browser, `${room}/`, joinScreenUsable, { viewport: phone }), room);
    const joined = await bytesOf(
      app,
      await firstVisit(browser, `${room}/`, joinScreenUsable, {
        viewport: phone,
        then: async (page) => {
          await page.locator('.join-code-input').fill(share.code ?? '');
          await page.getByRole('button', { name: 'Lanjut' }).click();
          await page.getByLabel('Nama Anda').fill('Peserta uji');
          await page.getByLabel('OPD Anda').selectOption({ index: 1 });
          await page.getByRole('button', { name: 'Bergabung' }).click();
          await page.locator('.p-main h1, .p-main h2').first().waitFor({ state: 'visible', timeout: 120_000 });
          return page.evaluate(() => performance.now());
        },
      }),
      room,
    );
    const largest = builtAssets().sort((a, b) => b.raw - a.raw)[0];
    const allJs = builtAssets().reduce((sum, a) => ({ raw: sum.raw + a.raw, gzip: sum.gzip + a.gzip }), { raw: 0, gzip: 0 });

    console.log('\nBytes per device, first load (empty cache)            raw      gzip        br   Chromium got');
    const line = (what: string, b: Bytes) => console.log(`${what.padEnd(50)} ${kb(b.raw)}  ${kb(b.gzip)}  ${kb(b.br)}  ${kb(b.wire)} (${b.coding})`);
    line('home screen: HTML, JS, CSS, API', home);
    console.log(`${'  of which JS (gzip; target ≤ 400 KB)'.padEnd(50)} ${kb(home.jsGzip)}`);
    line(`program matrix, ${PROGRAMS} programs, until the first row`, matrix);
    console.log(`${'  of which JS (gzip)'.padEnd(50)} ${kb(matrix.jsGzip)}`);
    line('participant (phone): until the join screen is usable', joinScreen);
    console.log(`${'  of which JS (gzip; target ≤ 150 KB)'.padEnd(50)} ${kb(joinScreen.jsGzip)}`);
    line('participant (phone): joined, first screen shown', joined);
    console.log(`${'  of which JS (gzip)'.padEnd(50)} ${kb(joined.jsGzip)}`);
    if (largest) console.log(`${`largest JS chunk (${largest.name})`.padEnd(50)} ${kb(largest.raw)}  ${kb(largest.gzip)}  ${kb(largest.br)}`);
    console.log(`${'every JS file built (mermaid and all)'.padEnd(50)} ${kb(allJs.raw)}  ${kb(allJs.gzip)}`);

    const runs = 5;
    const answeredLoop: number[] = [];
    const answeredHot: number[] = [];
    const busyApp: number[] = [];
    const busyTable: number[] = [];
    const appLoop = await timeFirstRow(browser, matrixUrl, runs, { throttle: false, warm: false, answered: answeredLoop, busy: busyApp });
    const tableLoop = await timeFirstRow(browser, `${table.url}/`, runs, { throttle: false, warm: false, busy: busyTable });
    const minimalLoop = await timeFirstRow(browser, `${minimal.url}/?workshop=${w.id}`, runs, { throttle: false, warm: false });
    const appHot = await timeFirstRow(browser, matrixUrl, runs, { throttle: true, warm: false, answered: answeredHot });
    const tableHot = await timeFirstRow(browser, `${table.url}/`, runs, { throttle: true, warm: false });
    const appWarm = await timeFirstRow(browser, matrixUrl, runs, { throttle: true, warm: true });
    const ratio = (a: number[], b: number[]) => `${(row('', '', a).p50 / row('', '', b).p50).toFixed(2)}× the static table (target ≤ 1.5×)`;
    const size = `${PROGRAMS} programs`;
    return [
      row('app: page load → first matrix row, loopback', size, appLoop, ratio(appLoop, tableLoop)),
      row('  app: page load → workshop.open answered, loopback', size, answeredLoop, 'the rest is parsing, checking and drawing'),
      row('static HTML table: page load → first row, loopback', size, tableLoop),
      row('minimal React page (React only, 24 rows): first row, loopback', size, minimalLoop, `${(row('', '', minimalLoop).p50 / row('', '', tableLoop).p50).toFixed(2)}× the static table: the floor for a React page`),
      row('  app: main-thread task time until the first row, loopback', size, busyApp, `${(row('', '', busyApp).p50 / row('', '', busyTable).p50).toFixed(2)}× the static table's`),
      row('  static HTML table: main-thread task time until the first row', size, busyTable),
      row(`app: page load → first matrix row, ${HOTSPOT_LABEL}`, size, appHot, ratio(appHot, tableHot)),
      row(`  app: page load → workshop.open answered, ${HOTSPOT_LABEL}`, size, answeredHot),
      row(`static HTML table: page load → first row, ${HOTSPOT_LABEL}`, size, tableHot),
      row(`app: reload with cached assets, ${HOTSPOT_LABEL}`, size, appWarm, 'hashed assets from cache, index.html 304'),
    ];
  } finally {
    await browser.close();
    await app.close();
    await table.close();
    await minimal.close();
    await services.close();
    await scratch.remove();
  }
};
