import { rm, utimes, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CACHED_FILE_BYTES, staticBytesInMemory } from '../../../electron/server/static';
import { precompressFiles } from '../../../scripts/precompress';
import { removeTempDirs } from '../handoff/fixture';
import { startHttpFixture, type HttpFixture } from './fixture';

/*
 * Static files from memory (issue 12, the room's join storm): each file's bytes are read once and
 * served from memory after that; a hashed asset is served even with no file-system call at all (its
 * name fixes its content), with the same headers as before; a changed index.html is read again;
 * a file too large to keep is streamed from disk.
 */

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const fetchRaw = (base: string, requestPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const url = new URL(requestPath, base);
    const req = request({ host: url.hostname, port: url.port, method, path: url.pathname, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });

const HASHED = '/assets/room-Kq8Zt2Wd.js';
const SCRIPT = Array.from({ length: 300 }, (_, i) => `export const kartu${i} = () => "Kartu SWOT ${i}";`).join('\n');

describe('static files from memory', () => {
  let fx: HttpFixture;
  beforeAll(async () => {
    fx = await startHttpFixture();
    const file = path.join(fx.staticDir, HASHED);
    await writeFile(file, SCRIPT);
    await precompressFiles([file]);
  });
  afterAll(async () => {
    await fx.stop();
    await removeTempDirs();
  });

  it('a hashed asset read once is served from memory, with the same headers, even after its files are gone', async () => {
    const before = staticBytesInMemory();
    const first = await fetchRaw(fx.server.url, HASHED, { 'accept-encoding': 'br, gzip' });
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(first.body).toString('utf8')).toBe(SCRIPT);
    expect(staticBytesInMemory()).toBeGreaterThan(before);

    // Its files are removed from disk: the answers still come, from memory, byte for byte the same.
    const file = path.join(fx.staticDir, HASHED);
    await Promise.all([rm(file), rm(`${file}.br`), rm(`${file}.gz`)]);
    const again = await fetchRaw(fx.server.url, HASHED, { 'accept-encoding': 'br, gzip' });
    expect(again.status).toBe(200);
    expect(again.body.equals(first.body)).toBe(true);
    for (const header of ['etag', 'last-modified', 'cache-control', 'content-type', 'content-length', 'vary', 'content-encoding']) {
      expect(again.headers[header]).toBe(first.headers[header]);
    }
    const revalidated = await fetchRaw(fx.server.url, HASHED, { 'if-none-match': first.headers.etag ?? '' });
    expect(revalidated.status).toBe(304);
  });

  it('index.html is read again once it changes, and served from memory while it does not', async () => {
    const indexFile = path.join(fx.staticDir, 'index.html');
    const first = await fetchRaw(fx.server.url, '/');
    const second = await fetchRaw(fx.server.url, '/');
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers.etag).toBe(first.headers.etag);
    const rebuilt = '<!doctype html><html lang="id"><head><title>Versi baru</title></head><body></body></html>';
    await writeFile(indexFile, rebuilt);
    const later = new Date(Date.now() + 120_000);
    await utimes(indexFile, later, later);
    const third = await fetchRaw(fx.server.url, '/');
    expect(third.body.toString('utf8')).toBe(rebuilt);
    expect(third.headers.etag).not.toBe(first.headers.etag);
    expect(third.headers['cache-control']).toBe('no-cache');
  });

  it('a file larger than the bound is streamed from disk, whole, and not kept', async () => {
    const big = path.join(fx.staticDir, 'assets', 'peta-Ab12Cd34.bin');
    const bytes = Buffer.alloc(MAX_CACHED_FILE_BYTES + 1024, 7);
    await writeFile(big, bytes);
    const before = staticBytesInMemory();
    const answer = await fetchRaw(fx.server.url, '/assets/peta-Ab12Cd34.bin', { 'accept-encoding': 'identity' });
    expect(answer.status).toBe(200);
    expect(Number(answer.headers['content-length'])).toBe(bytes.length);
    expect(answer.body.equals(bytes)).toBe(true);
    expect(staticBytesInMemory()).toBe(before);
  });

  it('HEAD answers the headers without reading the file', async () => {
    const answer = await fetchRaw(fx.server.url, '/assets/app-1234.js', {}, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBe(0);
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(0);
  });
});
