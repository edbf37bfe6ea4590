#!/usr/bin/env node
// `npm run web -- [--port N] [--data DIR] [--host H] [--no-demo] [--skip-build] [--share [--workshop ID] [--share-port N]] [--help]`
// Builds the renderer when its sources are newer than out/renderer, then serves app + API
// from plain Node (no Electron): electron/server/cli.ts under tsx.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'out', 'renderer', 'index.html');
const SOURCES = ['renderer', 'shared', 'resources', 'electron.vite.config.ts', 'package.json'];

const argv = process.argv.slice(2);
const skipBuild = argv.includes('--skip-build');
const forwarded = argv.filter((arg) => arg !== '--skip-build');

/** Latest modification time of a file or, recursively, a folder (0 if it does not exist). */
const newestMtime = (target) => {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
};

const needsBuild = () => {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > builtAt);
};

const build = () => {
  console.log('Membangun tampilan aplikasi (electron-vite build)…');
  const bin = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = existsSync(bin)
    ? spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('Gagal membangun tampilan aplikasi. Periksa pesan di atas, lalu jalankan ulang `npm run web`.');
    process.exit(result.status ?? 1);
  }
};

if (!skipBuild && needsBuild()) build();

// Resolved from this file so that `--import tsx` works whatever the current folder is.
const tsx = import.meta.resolve('tsx');
const cli = path.join(root, 'electron', 'server', 'cli.ts');
const child = spawn(process.execPath, ['--import', tsx, cli, ...forwarded], { stdio: 'inherit' });

// Pass stop signals on so the server can flush workshops to disk before it exits.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('exit', (code, signal) => {
  process.exit(code ?? (signal === 'SIGINT' ? 130 : signal ? 143 : 1));
});
child.on('error', (error) => {
  console.error('Server tidak dapat dijalankan:', error.message);
  process.exit(1);
});
