#!/usr/bin/env node
// The headless export (`npm run export`, scripts/export.ts) built into plain JavaScript: one ES module,
// out/export/export.mjs, with what it imports bundled (shared/, electron/services/export, docx, zod), so it
// runs under plain `node` without tsx compiling TypeScript at every start. `npm run build` runs this after
// electron-vite; scripts/export.mjs runs it first when the build is missing or older than one of its inputs
// (the inputs esbuild read, listed in out/export/inputs.json).
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXPORT_OUT_DIR = path.join(root, 'out', 'export');
export const EXPORT_BUNDLE = path.join(EXPORT_OUT_DIR, 'export.mjs');
export const EXPORT_INPUTS = path.join(EXPORT_OUT_DIR, 'inputs.json');

/**
 * Builds out/export/export.mjs and lists its inputs (paths relative to the project) beside it. Both are written
 * under temporary names and renamed into place, so an export started meanwhile never reads half a file.
 */
export const buildExport = async () => {
  const { build } = await import('esbuild');
  await mkdir(EXPORT_OUT_DIR, { recursive: true });
  const temporary = `${EXPORT_BUNDLE}.${process.pid}.tmp`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['scripts/export.ts'],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Chromium is driven through playwright-core, loaded only when diagrams are drawn, from node_modules.
    external: ['playwright-core', 'electron'],
    // CommonJS packages in an ES module bundle call require() for Node's own modules.
    banner: { js: "import { createRequire as __exportRequire } from 'node:module'; const require = __exportRequire(import.meta.url);" },
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await rename(temporary, EXPORT_BUNDLE);
  await writeFile(`${EXPORT_INPUTS}.${process.pid}.tmp`, JSON.stringify(Object.keys(result.metafile.inputs)));
  await rename(`${EXPORT_INPUTS}.${process.pid}.tmp`, EXPORT_INPUTS);
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildExport();
  console.log(`Skrip ekspor dibangun: ${path.relative(root, EXPORT_BUNDLE)}`);
}
