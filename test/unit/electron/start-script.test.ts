import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
