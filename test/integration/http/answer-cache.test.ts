import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerCache } from '../../../electron/server/answer-cache';

/*
 * The facilitator's opened workshop is compressed once per entity tag (electron/server/answer-cache.ts):
 * a reload or a second tab at the same revision gets the kept bytes, a new tag is serialised again,
 * and a request that takes no compression gets the JSON as it is.
 */

const cache = createAnswerCache(2);
let serialised: string[] = [];
/** The answer for a tag: long enough to be compressed (a workshop is megabytes). */
const answerFor = (tag: string) => JSON.stringify({ tag, programs: Array.from({ length: 300 }, (_, i) => ({ code: `P-${i}`, name: `Program ${i} untuk ${tag}` })) });
const small = JSON.stringify({ tag: 'kecil' });

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const tag = req.headers['x-tag'] as string;
    void cache.send(req, res, tag, () => {
      serialised.push(tag);
      return tag === 'kecil' ? small : answerFor(tag);
    }, { ETag: `"${tag}"` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (tag: string, headers: Record<string, string>, method = 'POST'): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> =>
  new Promise((resolve, reject) => {
    const url = new URL(base);
    const req = request({ host: url.hostname, port: url.port, method, path: '/', headers: { 'x-tag': tag, ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });

describe('compressed answers kept by their tag', () => {
  it('compresses an answer once per tag and coding, and sends the same bytes again', async () => {
    serialised = [];
    const first = await get('r1', { 'accept-encoding': 'gzip, br' });
    const again = await get('r1', { 'accept-encoding': 'br' });
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers.etag).toBe('"r1"');
    expect(first.headers.vary).toContain('Accept-Encoding');
    expect(Number(first.headers['content-length'])).toBe(first.body.length);
    expect(brotliDecompressSync(first.body).toString('utf8')).toBe(answerFor('r1'));
    expect(again.body.equals(first.body)).toBe(true);
    expect(serialised).toEqual(['r1']);
    // gzip is its own copy.
    const gzip = await get('r1', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(answerFor('r1'));
    expect(serialised).toEqual(['r1', 'r1']);
  });

  it('serialises a new tag (another revision) and forgets the oldest beyond its bound', async () => {
    serialised = [];
    await get('r2', { 'accept-encoding': 'br' });
    expect(brotliDecompressSync((await get('r2', { 'accept-encoding': 'br' })).body).toString('utf8')).toBe(answerFor('r2'));
    await get('r3', { 'accept-encoding': 'br' });
    expect(serialised).toEqual(['r2', 'r3']);
    // Bound of 2: r2 and r3 are kept, r1 (br) was dropped.
    await get('r1', { 'accept-encoding': 'br' });
    await get('r3', { 'accept-encoding': 'br' });
    expect(serialised).toEqual(['r2', 'r3', 'r1']);
  });

  it('sends the JSON as it is when no coding is accepted, for HEAD, and under 1 KB', async () => {
    serialised = [];
    const plain = await get('r1', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(answerFor('r1'));
    const head = await get('r1', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBeUndefined();
    const tiny = await get('kecil', { 'accept-encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString('utf8')).toBe(small);
    expect(serialised).toEqual(['r1', 'r1', 'kecil']);
  });
});
