import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

/** The helpers `npm start` uses (scripts/start.mjs is plain JavaScript, so its shape is stated here). */
interface StartScript {
  findElectronBinary(electronDir: string | null, env?: Record<string, string | undefined>): string | null;
  electronNodeRequirement(electronDir: string): { version: string; node: string };
  serverUrlFromLine(line: string): string | null;
  browserOpener(url: string, platform?: string): { command: string; args: string[] };
  missingBinaryMessage(requirement: { version: string; node: string }): string;
}

const script = (await import(pathToFileURL(join(import.meta.dirname, '../../../scripts/start.mjs')).href)) as StartScript;

const folders: string[] = [];
const electronPackage = async (files: Record<string, string>): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'masterplan-electron-pkg-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
};

afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('npm start finding the Electron desktop binary', () => {
  it('finds the binary that path.txt names inside dist/', async () => {
    const dir = await electronPackage({ 'path.txt': 'electron', 'dist/electron': '#!/bin/sh\n' });
    expect(script.findElectronBinary(dir, {})).toBe(join(dir, 'dist', 'electron'));
  });

  it('reports it missing when the package was installed without its download', async () => {
    const dir = await electronPackage({ 'package.json': '{"version":"45.4.1","engines":{"node":">= 22.12.0"}}' });
    expect(script.findElectronBinary(dir, {})).toBeNull();
    expect(script.findElectronBinary(null, {})).toBeNull();
  });

  it('reports it missing when path.txt points at a file that is not there', async () => {
    const dir = await electronPackage({ 'path.txt': 'electron' });
    expect(script.findElectronBinary(dir, {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const dir = await electronPackage({ 'path.txt': 'electron', 'elsewhere/electron': '' });
    expect(script.findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'elsewhere') })).toBe(join(dir, 'elsewhere', 'electron'));
  });

  it('reads which Node the Electron download needs', async () => {
    const dir = await electronPackage({ 'package.json': '{"version":"45.4.1","engines":{"node":">= 22.12.0"}}' });
    expect(script.electronNodeRequirement(dir)).toEqual({ version: '45.4.1', node: '>= 22.12.0' });
  });
});

describe('npm start falling back to browser mode', () => {
  it('explains the missing binary and the fix in Indonesian and English', () => {
    const message = script.missingBinaryMessage({ version: '45.4.1', node: '>= 22.12.0' });
    expect(message).toContain('belum terpasang');
    expect(message).toContain('is not installed');
    expect(message).toContain('Node >= 22.12.0');
    expect(message).toContain('npx electron --version');
    expect(message).toContain('mode peramban');
  });

  it('picks the address out of the web server announcement', () => {
    expect(script.serverUrlFromLine('Masterplan Smart City berjalan di http://127.0.0.1:5178')).toBe('http://127.0.0.1:5178');
    expect(script.serverUrlFromLine('Masterplan Smart City berjalan di http://127.0.0.1:40123/.')).toBe('http://127.0.0.1:40123/');
    expect(script.serverUrlFromLine('Folder data: /home/x')).toBeNull();
  });

  it('opens the default browser with the platform launcher', () => {
    expect(script.browserOpener('http://127.0.0.1:5178', 'linux')).toEqual({ command: 'xdg-open', args: ['http://127.0.0.1:5178'] });
    expect(script.browserOpener('http://127.0.0.1:5178', 'darwin')).toEqual({ command: 'open', args: ['http://127.0.0.1:5178'] });
    expect(script.browserOpener('http://127.0.0.1:5178', 'win32').command).toBe('cmd');
  });
});

describe('npm start deciding quickly whether Electron can be downloaded', () => {
  interface Probe {
    electronDownloadProbeUrl(version: string, env?: Record<string, string | undefined>): string;
    probeDownload(url: string, timeoutMs?: number): Promise<{ reachable: boolean; reason: string }>;
    PROBE_TIMEOUT_MS: number;
  }
  const probe = script as unknown as Probe;
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });
  const listen = async (handler: Parameters<typeof createServer>[1]): Promise<string> => {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const closedPort = async (): Promise<string> => {
    const url = await listen(() => undefined);
    await new Promise((resolve) => servers.pop()?.close(resolve));
    return url;
  };

  it('asks the mirror Electron’s downloader would use', () => {
    expect(probe.electronDownloadProbeUrl('45.4.1', {})).toBe('https://github.com/electron/electron/releases/download/v45.4.1/SHASUMS256.txt');
    expect(probe.electronDownloadProbeUrl('45.4.1', { ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron' })).toBe('https://npmmirror.com/mirrors/electron/v45.4.1/SHASUMS256.txt');
    expect(probe.electronDownloadProbeUrl('45.4.1', { ELECTRON_MIRROR: 'https://m.example/', ELECTRON_CUSTOM_DIR: '{{ version }}' })).toBe('https://m.example/45.4.1/SHASUMS256.txt');
    expect(probe.PROBE_TIMEOUT_MS).toBeLessThanOrEqual(5_000);
  });

  it('counts any answer (a redirect too) as reachable, and a refused or silent host as unreachable within its time limit', async () => {
    const redirecting = await listen((_request, response) => response.writeHead(302, { location: 'https://objects.example/' }).end());
    expect(await probe.probeDownload(`${redirecting}/v45.4.1/SHASUMS256.txt`)).toEqual({ reachable: true, reason: '' });
    const refused = await probe.probeDownload(`${await closedPort()}/x`);
    expect(refused).toMatchObject({ reachable: false, reason: 'ECONNREFUSED' });
    const silent = await listen(() => undefined);
    const started = Date.now();
    expect((await probe.probeDownload(`${silent}/x`, 300)).reachable).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('opens browser mode within seconds when the binary is missing and the download host is unreachable', async () => {
    const mirror = await closedPort();
    const dataDir = await mkdtemp(join(tmpdir(), 'masterplan-start-'));
    folders.push(dataDir);
    const env: Record<string, string | undefined> = { ...process.env, ELECTRON_MIRROR: `${mirror}/`, ELECTRON_OVERRIDE_DIST_PATH: join(dataDir, 'no-electron-here'), BROWSER: 'none' };
    delete env['ELECTRON_SKIP_BINARY_DOWNLOAD'];
    delete env['ELECTRON_GET_USE_PROXY'];
    const started = Date.now();
    const child = spawn(process.execPath, [join(import.meta.dirname, '../../../scripts/start.mjs'), '--skip-build', '--port', '0', '--no-demo', '--data', dataDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no browser mode after 30 s:\n${output}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          if (/berjalan di http/.test(output)) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.on('exit', () => reject(new Error(`start.mjs exited:\n${output}`)));
      });
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('close', resolve));
    }
    console.log(`npm start → browser mode without Electron, download host unreachable: ${Date.now() - started} ms`);
    expect(output).toContain('Server unduhan Electron tidak terjangkau (ECONNREFUSED)');
    expect(output).not.toContain('mencoba mengunduhnya');
    expect(output).toContain('folder data yang sama');
  }, 40_000);
});
