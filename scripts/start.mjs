#!/usr/bin/env node
// `npm start` = `electron-vite build && node scripts/start.mjs`.
// Opens the desktop app when the Electron binary is installed; otherwise says so plainly
// (Indonesian and English) and starts browser mode (`scripts/web.mjs`) instead.
//
// `require('electron')` is deliberately not used to find the binary: since Electron 42 it
// starts a download when the binary is missing, which hangs or fails behind an office proxy.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Only when the download host answered: the binary is ~100 MB. */
const INSTALL_TIMEOUT_MS = 60_000;
/** How long `npm start` waits to learn whether Electron's download host can be reached at all. */
export const PROBE_TIMEOUT_MS = 3_000;
const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

/** node_modules/electron, or null when the package itself is not installed. */
export const electronPackageDir = (from = root) => {
  try {
    return path.dirname(createRequire(path.join(from, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
};

/** The Electron executable inside `electronDir` (path.txt names it inside dist/), or null if the file is not there. */
export const findElectronBinary = (electronDir, env = process.env) => {
  if (!electronDir) return null;
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist'), relative);
  return existsSync(binary) ? binary : null;
};

/** The Node version Electron's own download needs, from its package.json (e.g. ">= 22.12.0"). */
export const electronNodeRequirement = (electronDir) => {
  try {
    const pkg = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
    return { version: String(pkg.version ?? ''), node: String(pkg.engines?.node ?? '') };
  } catch {
    return { version: '', node: '' };
  }
};

/** The app's address from the web server's "… berjalan di http://127.0.0.1:5178" line. */
export const serverUrlFromLine = (line) => {
  if (!/berjalan di/i.test(line)) return null;
  const match = /https?:\/\/[^\s]+/.exec(line);
  return match ? match[0].replace(/[.,;)]+$/, '') : null;
};

/** The command that opens a URL in the default browser on this platform. */
export const browserOpener = (url, platform = process.platform) => {
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '', url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
};

/** The small file next to Electron's download (what @electron/get fetches first), honouring ELECTRON_MIRROR / ELECTRON_CUSTOM_DIR. */
export const electronDownloadProbeUrl = (version, env = process.env) => {
  const mirror = env.ELECTRON_MIRROR || env.npm_config_electron_mirror || DEFAULT_MIRROR;
  const dir = env.ELECTRON_CUSTOM_DIR || env.npm_config_electron_custom_dir || `v${version}`;
  return `${mirror.replace(/\/?$/, '/')}${dir.replace('{{ version }}', version)}/SHASUMS256.txt`;
};

/**
 * Whether Electron's download host answers within `timeoutMs` (any HTTP answer counts, a redirect
 * too); a refused connection, an unknown host or silence is known in seconds, not after a minute.
 */
export const probeDownload = async (url, timeoutMs = PROBE_TIMEOUT_MS) => {
  try {
    const response = await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return { reachable: response.status < 500, reason: response.status < 500 ? '' : `HTTP ${response.status}` };
  } catch (error) {
    const code = error?.cause?.code ?? (error?.name === 'TimeoutError' ? `tidak ada jawaban dalam ${timeoutMs / 1000} detik / no answer in ${timeoutMs / 1000} s` : error?.name);
    return { reachable: false, reason: String(code ?? 'unknown') };
  }
};

export const missingBinaryMessage = ({ version, node }, unreachable = '') => {
  const need = node || '>= 22.12.0';
  const electron = version ? `Electron ${version}` : 'Electron';
  return [
    '',
    '──────────────────────────────────────────────────────────────────────',
    `Aplikasi desktop belum bisa dibuka: program ${electron} belum terpasang di komputer ini.`,
    ...(unreachable ? [`Server unduhan Electron tidak terjangkau (${unreachable}), jadi unduhan tidak dicoba.`] : []),
    'Penyebab umum: tidak ada internet atau proxy kantor memblokir unduhan, atau versi Node terlalu lama',
    `(mengunduh ${electron} memerlukan Node ${need}; Node Anda ${process.versions.node}).`,
    'Cara memperbaiki: pasang Node terbaru, sambungkan ke internet, lalu jalankan `npx electron --version`',
    '(atau hapus node_modules dan jalankan `npm install` lagi). Setelah itu `npm start` membuka aplikasi desktop.',
    'Sementara itu aplikasi dibuka dalam mode peramban (browser): lokakarya yang sama, dari folder data yang sama',
    'dengan aplikasi desktop (dicetak di bawah). Menu Berkas dan dialog simpan diganti unduhan di peramban.',
    '',
    `The desktop app cannot open: the ${electron} binary is not installed on this computer.`,
    ...(unreachable ? [`Electron's download server cannot be reached (${unreachable}), so no download was tried.`] : []),
    'Usual causes: no internet or an office proxy blocks the download, or Node is too old',
    `(downloading ${electron} needs Node ${need}; you have Node ${process.versions.node}).`,
    'To fix: install a current Node, connect to the internet, then run `npx electron --version`',
    '(or delete node_modules and run `npm install` again). Then `npm start` opens the desktop app.',
    'Meanwhile the app opens in browser mode instead: the same workshops, from the same data folder as the',
    'desktop app (printed below). The File menu and save dialogs become browser downloads.',
    '──────────────────────────────────────────────────────────────────────',
    '',
  ].join('\n');
};

/** Runs Electron's own install script once, with a time limit, unless downloads are switched off. */
const tryInstallElectron = (electronDir) => {
  const script = path.join(electronDir, 'install.js');
  if (!existsSync(script)) return false;
  console.log('Program Electron belum ada; mencoba mengunduhnya sekali (paling lama 60 detik)…');
  const result = spawnSync(process.execPath, [script], { cwd: electronDir, stdio: ['ignore', 'inherit', 'pipe'], timeout: INSTALL_TIMEOUT_MS });
  if (result.status === 0) return true;
  // Only the first line of the downloader's stack trace is worth showing.
  const reason = result.error?.code === 'ETIMEDOUT' ? 'waktu habis / timed out' : String(result.stderr ?? '').trim().split('\n')[0];
  console.log(`Unduhan gagal / download failed: ${reason || `kode ${result.status}`}`);
  return false;
};

/** Passes stop signals on so the child (Electron or the web server) saves workshops before it exits. */
const forwardSignals = (child) => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
};

const exitWith = (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : signal ? 143 : 1));

const startDesktop = (binary) => {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  // `npm start -- --data DIR` reaches the desktop app too (electron/main/open-file.ts reads it).
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  forwardSignals(child);
  child.on('close', exitWith);
  child.on('error', (error) => {
    console.error(`Electron tidak dapat dijalankan / Electron could not start: ${error.message}`);
    process.exit(1);
  });
};

const openInBrowser = (url) => {
  // BROWSER=none: print the address only (servers, tests).
  if (process.env.BROWSER === 'none') return;
  const { command, args } = browserOpener(url);
  try {
    const opener = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    opener.on('error', () => undefined);
    opener.unref();
  } catch {
    // No browser launcher here: the URL is printed above, open it by hand.
  }
};

const startBrowserMode = () => {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'web.mjs'), ...process.argv.slice(2)], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let opened = false;
  let pending = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const url = opened ? null : serverUrlFromLine(line);
      if (url) {
        opened = true;
        console.log(`Membuka ${url} di peramban… (jika tidak terbuka, salin alamat itu ke peramban)`);
        openInBrowser(url);
      }
    }
  });
  forwardSignals(child);
  child.on('close', exitWith);
  child.on('error', (error) => {
    console.error(`Mode peramban tidak dapat dijalankan: ${error.message}`);
    process.exit(1);
  });
};

/** Why no download is tried ('' = try it): switched off, or the host does not answer (checked in ≤ 3 s). */
const downloadBlocker = async (electronDir) => {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'ELECTRON_SKIP_BINARY_DOWNLOAD';
  // Through a proxy only Electron's downloader knows how to connect: let it try, within its time limit.
  if (process.env.ELECTRON_GET_USE_PROXY) return '';
  const { version } = electronNodeRequirement(electronDir);
  if (!version) return '';
  const probe = await probeDownload(electronDownloadProbeUrl(version));
  return probe.reachable ? '' : probe.reason;
};

const main = async () => {
  const electronDir = electronPackageDir();
  let binary = findElectronBinary(electronDir);
  let blocker = '';
  if (!binary && electronDir) {
    blocker = await downloadBlocker(electronDir);
    if (!blocker && tryInstallElectron(electronDir)) binary = findElectronBinary(electronDir);
  }
  if (binary) {
    startDesktop(binary);
    return;
  }
  const requirement = electronDir ? electronNodeRequirement(electronDir) : { version: '', node: '' };
  console.log(missingBinaryMessage(requirement, blocker === 'ELECTRON_SKIP_BINARY_DOWNLOAD' ? '' : blocker));
  startBrowserMode();
};

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
