import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { precompressPlugin } from './scripts/precompress';

const root = import.meta.dirname;
const at = (...parts: string[]): string => resolve(root, ...parts);

/**
 * `electron-vite dev` only: Vite's React refresh needs an inline preamble and a websocket, which the
 * page's strict meta CSP forbids. In dev the main process sends a dev-aware CSP header instead
 * (electron/main/content-security-policy.ts), so the meta tag is dropped from the dev server's HTML.
 * Production builds keep the meta tag untouched.
 */
const devCspFromHeader = (): Plugin => ({
  name: 'masterplan:dev-csp-from-header',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/i, ''),
});

/**
 * The facilitator's app (renderer/src/boot.tsx, loaded by the few-KB entry once it has sent the first
 * calls) as ONE chunk instead of the ~40 small ones automatic splitting makes of it: a browser fetches
 * at most 6 files at a time from one host over HTTP/1.1, so on a loaded machine or a hotspot each extra
 * round of files delayed the first matrix row. The chunk holds what boot.tsx imports statically,
 * recursively, except what the participants' page may ever load (that stays in the shared chunks, so a
 * phone never loads the facilitator's app); lazy screens and worksheets keep their own chunks.
 */
const bootGraph = new Set<string>();
/** Modules both the facilitator's app and the phone's first screen import statically (see buildEnd). */
const sharedAtStart = new Set<string>();
const facilitatorAppChunk = (): Plugin => ({
  name: 'masterplan:facilitator-app-chunk',
  apply: 'build',
  buildEnd() {
    const walk = (from: string, into: Set<string>, lazyToo: boolean) => {
      const stack = [from];
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (into.has(id)) continue;
        into.add(id);
        const info = this.getModuleInfo(id);
        for (const next of [...(info?.importedIds ?? []), ...(lazyToo ? (info?.dynamicallyImportedIds ?? []) : [])]) stack.push(next);
      }
    };
    const boot = [...this.getModuleIds()].find((id) => id.endsWith('/renderer/src/boot.tsx'));
    const participantEntry = [...this.getModuleIds()].find((id) => id.endsWith('/renderer/src/participant/main.tsx'));
    const entry = [...this.getModuleIds()].find((id) => id.endsWith('/renderer/src/main.tsx'));
    bootGraph.clear();
    if (!boot) return;
    const elsewhere = new Set<string>();
    if (participantEntry) walk(participantEntry, elsewhere, true);
    // The entry's own few modules stay in the entry.
    if (entry) walk(entry, elsewhere, false);
    const app = new Set<string>();
    walk(boot, app, false);
    for (const id of app) if (!elsewhere.has(id) && !id.endsWith('.css')) bootGraph.add(id);
    // What both pages load before their first screen (React, zod, i18n, controls) is one chunk too,
    // not ~14: neither page fetches a byte more, and the facilitator's page needs fewer rounds of 6.
    sharedAtStart.clear();
    if (!participantEntry) return;
    const phoneAtStart = new Set<string>();
    walk(participantEntry, phoneAtStart, false);
    const entryOwn = new Set<string>();
    if (entry) walk(entry, entryOwn, false);
    for (const id of app) if (phoneAtStart.has(id) && !entryOwn.has(id) && !id.endsWith('.css')) sharedAtStart.add(id);
  },
});

/**
 * The page names the app's chunks (boot.tsx's, with its stylesheet) from the start, so the browser
 * fetches them alongside the entry instead of once the entry has run and asked for them.
 */
const preloadFacilitatorApp = (): Plugin => ({
  name: 'masterplan:preload-facilitator-app',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) => {
      if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return html;
      const chunks = Object.values(ctx.bundle).filter((item) => item.type === 'chunk');
      const boot = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/renderer/src/boot.tsx'));
      if (!boot) return html;
      const files = new Set<string>();
      const css = new Set<string>();
      const visit = (fileName: string) => {
        if (files.has(fileName)) return;
        files.add(fileName);
        const chunk = chunks.find((c) => c.fileName === fileName);
        for (const file of chunk?.viteMetadata?.importedCss ?? []) css.add(file);
        for (const next of chunk?.imports ?? []) visit(next);
      };
      visit(boot.fileName);
      const tags = [
        ...[...css].filter((file) => !html.includes(file)).map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`),
        ...[...files].filter((file) => !html.includes(file)).map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
      ];
      return html.replace('</head>', `    ${tags.join('\n    ')}\n  </head>`);
    },
  },
});

/**
 * Our layout is not electron-vite's default `src/`, so every entry is named here.
 * - main: ESM (package.json has "type": "module"); lowdb (ESM only), zod and docx are bundled.
 * - preload: the window is sandboxed, so the preload must be ONE CommonJS file with nothing external
 *   but `electron` itself.
 * - renderer: plain Vite + React, served in the app from the `app://` scheme (see electron/main/app-protocol.ts).
 */
export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      outDir: at('out/main'),
      // The Excel reading worker is its own entry (out/main/excel-sheet-worker.js), started by
      // electron/services/excel/sheet-worker-runner.ts with resource limits.
      lib: { entry: { index: at('electron/main/index.ts'), 'excel-sheet-worker': at('electron/services/excel/sheet-worker.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      outDir: at('out/preload'),
      rolldownOptions: {
        input: { index: at('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    plugins: [react(), devCspFromHeader(), facilitatorAppChunk(), preloadFacilitatorApp(), precompressPlugin()],
    build: {
      outDir: at('out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; the same files go to participants' phones over a
      // hotspot, so they are minified, and precompressed (.br/.gz beside each file, scripts/precompress.ts).
      // No source maps in what is served.
      minify: true,
      sourcemap: false,
      // Two pages: the facilitator's app, and the participants' phone app (served at the root of the
      // room-network listener), code-split so a phone never loads the facilitator's worksheets.
      rolldownOptions: {
        input: { index: at('renderer/index.html'), participant: at('renderer/participant.html') },
        output: { codeSplitting: { groups: [
            { name: 'app', test: (id) => bootGraph.has(id), includeDependenciesRecursively: false },
            { name: 'shared', test: (id) => sharedAtStart.has(id), includeDependenciesRecursively: false },
          ] } },
      },
    },
  },
});
