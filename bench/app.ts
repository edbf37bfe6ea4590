import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureAppBuilt, packLinuxDir } from '../scripts/packaging/pack-app';
import { formatBytes, row, scratchDir, type BenchRow } from './measure';

/*
 * The packaged app (issue 15), `npm run bench -- app`:
 * - app.asar as electron-builder packs it with the project's config (stand-in Electron executable,
 *   since Electron's binaries cannot be downloaded here): size, files, unpacked size (target ≤ 60 MB);
 * - production dependencies: declared, their whole tree, and how many packages app.asar carries;
 * - cold start of out/main/index.js to its first `new BrowserWindow`, in a fresh Node process with a
 *   stand-in `electron` module (bench/app-fake): first start on an empty data folder (the demo is
 *   seeded) and later starts. Measures, asserts nothing.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = 7;

/** Milliseconds from spawning Node to the first window request, or the reason it did not get there. */
const startOnce = (userData: string): Promise<{ wallMs: number; inProcessMs: number } | { failed: string }> =>
  new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', path.join(ROOT, 'bench', 'app-fake', 'register.mjs'), path.join(ROOT, 'out', 'main', 'index.js')], {
      cwd: ROOT,
      env: { ...process.env, MASTERPLAN_BENCH_USER_DATA: userData, ELECTRON_RENDERER_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('close', () => {
      const match = /FIRST_WINDOW ([\d.]+)/.exec(out);
      resolve(match?.[1] ? { wallMs: performance.now() - started, inProcessMs: Number(match[1]) } : { failed: (err.trim().split('\n').at(-1) ?? 'no window').slice(0, 160) });
    });
  });

const coldStarts = async (dir: string): Promise<BenchRow[]> => {
  const first: number[] = [];
  const firstInProcess: number[] = [];
  const later: number[] = [];
  const laterInProcess: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const userData = path.join(dir, `user-data-${i}`);
    await mkdir(userData, { recursive: true });
    const fresh = await startOnce(userData);
    if ('failed' in fresh) return [{ what: 'Cold start → first window request', size: 'out/main/index.js', runs: 0, p50: 0, p95: 0, max: 0, note: `did not start: ${fresh.failed}` }];
    first.push(fresh.wallMs);
    firstInProcess.push(fresh.inProcessMs);
    const again = await startOnce(userData);
    if ('failed' in again) continue;
    later.push(again.wallMs);
    laterInProcess.push(again.inProcessMs);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return [
    row('Cold start → first window request, empty data folder (demo seeded)', 'out/main/index.js', first, `Node spawn included; inside the process p50 ${median(firstInProcess).toFixed(0)} ms`),
    row('Cold start → first window request, data folder in use', 'out/main/index.js', later, `inside the process p50 ${median(laterInProcess).toFixed(0)} ms`),
  ];
};

const dependencyCounts = async (): Promise<{ declared: number; tree: number }> => {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const listed = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
  const tree = new Set(listed.stdout.split('\n').filter((line) => line.includes('node_modules'))).size;
  return { declared: Object.keys(pkg.dependencies ?? {}).length, tree };
};

export const benchApp = async (): Promise<BenchRow[]> => {
  ensureAppBuilt(ROOT);
  const scratch = await scratchDir();
  try {
    const packed = await packLinuxDir(ROOT, path.join(scratch.dir, 'pack'));
    const inAsar = new Set(packed.files.flatMap((file) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1] ?? [])).size;
    const deps = await dependencyCounts();
    const info = (what: string, size: string, note: string): BenchRow => ({ what, size, runs: 1, p50: 0, p95: 0, max: 0, note });
    return [
      info('app.asar (electron-builder, project config)', formatBytes(packed.asarBytes), `${packed.files.length} files, ${formatBytes(packed.unpackedBytes)} unpacked (target ≤ 60 MB); out/ and package.json only`),
      info('Production dependencies', `${deps.declared} declared`, `${deps.tree} packages in their tree, all bundled into out/ by electron-vite; ${inAsar} packages inside app.asar`),
      ...(await coldStarts(scratch.dir)),
    ];
  } finally {
    await scratch.remove();
  }
};
