import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_START_URL, resolveAppFile, serveAppRequest } from '../../../electron/main/app-protocol';

const CSP = "default-src 'self'";
let base: string;
let rendererDir: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'masterplan-app-protocol-'));
  rendererDir = join(base, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Masterplan Smart City</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("hai")');
  await writeFile(join(base, 'secret.txt'), 'rahasia');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serveAppRequest(rendererDir, { url, method }, CSP);

describe('serving the built renderer from app://masterplan', () => {
  it('serves the start page with the CSP and a strict content type', async () => {
    const response = await get(APP_START_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Masterplan Smart City');
  });

  it('serves scripts as JavaScript so module loading works', async () => {
    const response = await get('app://masterplan/assets/index-abc.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("hai")');
  });

  it('answers client-side routes with the start page', async () => {
    expect(await (await get('app://masterplan/')).text()).toContain('<title>');
    expect(await (await get('app://masterplan/lokakarya/demo')).text()).toContain('<title>');
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get(APP_START_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(APP_START_URL, 'POST')).status).toBe(405);
  });

  it('says 404 for a file that does not exist', async () => {
    expect((await get('app://masterplan/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://masterplan/../secret.txt',
    'app://masterplan/%2e%2e/secret.txt',
    'app://masterplan/assets/..%2f..%2fsecret.txt',
    'app://masterplan/..%5csecret.txt',
    'app://masterplan/%00index.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://masterplan/%E0%A4%A',
  ])('never serves anything outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('rahasia');
  });

  it('resolves only inside the folder', () => {
    expect(resolveAppFile(rendererDir, 'app://masterplan/assets/index-abc.js')).toBe(join(rendererDir, 'assets', 'index-abc.js'));
    expect(resolveAppFile(rendererDir, 'app://masterplan/assets/..%2f..%2fsecret.txt')).toBeNull();
  });
});
