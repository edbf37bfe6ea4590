import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_JS, INDEX_HTML, SECRET, send, startHttpFixture, type HttpFixture } from './fixture';

const CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";

describe('the built app is served to the browser', () => {
  let fx: HttpFixture;
  beforeAll(async () => {
    fx = await startHttpFixture();
    await symlink(path.join(fx.root, 'secret.txt'), path.join(fx.staticDir, 'assets', 'tautan.txt'));
  });
  afterAll(async () => fx.stop());

  it('serves index.html at / with a strict CSP and nosniff', async () => {
    const response = await send(fx.server, { path: '/' });
    expect(response.status).toBe(200);
    expect(response.text).toBe(INDEX_HTML);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CSP);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves scripts and styles with their content types', async () => {
    const script = await send(fx.server, { path: '/assets/app-1234.js?v=1' });
    expect(script.status).toBe(200);
    expect(script.text).toBe(APP_JS);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const style = await send(fx.server, { path: '/assets/style.css' });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD with headers only', async () => {
    const response = await send(fx.server, { method: 'HEAD', path: '/assets/app-1234.js' });
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(APP_JS)));
    expect(response.text).toBe('');
  });

  it("falls back to index.html for the app's own routes", async () => {
    const response = await send(fx.server, { path: '/lokakarya/abc/program' });
    expect(response.status).toBe(200);
    expect(response.text).toBe(INDEX_HTML);
  });

  it('a missing asset is 404, not the app page', async () => {
    const response = await send(fx.server, { path: '/assets/tidak-ada.js' });
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('<html');
  });

  it.each([
    ['/../secret.txt'],
    ['/assets/../../secret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/%2E%2E/secret.txt'],
    ['/assets/%2e%2e/%2e%2e/secret.txt'],
    ['/..%2fsecret.txt'],
    ['/%2e%2e%2fsecret.txt'],
    ['/assets/tautan.txt'],
  ])('refuses %s, which points outside the app folder', async (requestPath) => {
    const response = await send(fx.server, { path: requestPath });
    expect(response.status).toBe(403);
    expect(response.text).not.toContain(SECRET);
  });

  it('a malformed escape in the path is 400', async () => {
    const response = await send(fx.server, { path: '/%E0%A4%A' });
    expect(response.status).toBe(400);
  });

  it('only GET and HEAD reach the app files', async () => {
    const response = await send(fx.server, { method: 'DELETE', path: '/index.html' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('static files are refused to another Host too', async () => {
    const response = await send(fx.server, { path: '/', headers: { host: 'rebind.example' } });
    expect(response.status).toBe(403);
    expect(response.text).not.toContain('<html');
  });
});
