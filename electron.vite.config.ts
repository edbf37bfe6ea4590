import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { precompressPlugin } from './scripts/precompress';
import { rendererChunks } from './scripts/renderer-chunks';

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

const chunks = rendererChunks();

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
      // boot.tsx is the facade of its own tiny chunk, or sits in the app chunk itself.
      const boot = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/renderer/src/boot.tsx')) ?? chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith('/renderer/src/boot.tsx')));
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
    plugins: [react(), devCspFromHeader(), chunks.plugin, preloadFacilitatorApp(), precompressPlugin()],
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
        // A handful of named chunks rather than ~45 small files (scripts/renderer-chunks.ts).
        output: { codeSplitting: { groups: chunks.groups } },
      },
    },
  },
});
