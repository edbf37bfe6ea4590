#!/usr/bin/env node
// `npm run export`: runs the headless export (scripts/export.ts) as prebuilt JavaScript with plain node,
// building it first (scripts/build-export.mjs) only when out/export is missing or older than one of its inputs.
// Arguments and messages are scripts/export.ts's.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'out', 'export', 'export.mjs');
const inputsFile = path.join(root, 'out', 'export', 'inputs.json');

/** Whether the build is missing, or one of its inputs (or this launcher's builder) changed after it was built. */
export const exportBuildIsStale = () => {
  let built;
  let inputs;
  try {
    built = statSync(bundle).mtimeMs;
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return true;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return true;
  for (const input of [...inputs, 'scripts/build-export.mjs']) {
    try {
      if (statSync(path.join(root, input)).mtimeMs > built) return true;
    } catch {
      return true;
    }
  }
  return false;
};

if (exportBuildIsStale()) {
  const { buildExport } = await import('./build-export.mjs');
  await buildExport();
}
await import(pathToFileURL(bundle).href);
