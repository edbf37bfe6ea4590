import { readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApi } from '../../../renderer/src/api/http-api';
import { precompressFiles } from '../../../scripts/precompress';
import { applyAll, program, removeTempDirs, section } from '../handoff/fixture';
import { join, openClassroom, type Classroom } from '../share/fixture';
import { SECRET, startHttpFixture, type HttpFixture } from './fixture';

/*
 * Serving over the facilitator's hotspot: the built app goes out precompressed (brotli or gzip, as
 * the browser accepts) and hashed files are kept by the browser for good; index.html and the opened
 * workshop are asked about again and answered 304 while nothing changed; JSON answers are compressed.
 */

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request to `base` with exactly these headers; the body comes back as sent (not decompressed). */
const fetchRaw = (base: string, { method = 'GET', path: requestPath, headers = {}, body }: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const url = new URL(requestPath, base);
    const req = request({ host: url.hostname, port: url.port, method, path: url.pathname, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });

const decoded = (answer: Answer): Buffer => {
  switch (answer.headers['content-encoding']) {
    case 'br':
      return brotliDecompressSync(answer.body);
    case 'gzip':
      return gunzipSync(answer.body);
    case undefined:
      return answer.body;
    default:
      throw new Error(`unexpected coding ${answer.headers['content-encoding']}`);
  }
};

const post = (base: string, method: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> =>
  fetchRaw(base, { method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(input) });

const jsonOf = (answer: Answer): unknown => JSON.parse(decoded(answer).toString('utf8'));

/** A built script as Vite names it (content hash in the name), large enough to be worth compressing. */
const HASHED = '/assets/index-Bq3xC9gH.js';
const SCRIPT = Array.from({ length: 400 }, (_, i) => `export const langkah${i} = () => "Tahap ${(i % 4) + 1}: lembar kerja ${i}";`).join('\n');

describe('the built app over a hotspot', () => {
  let fx: HttpFixture;
  let scriptFile: string;
  beforeAll(async () => {
    fx = await startHttpFixture();
    scriptFile = path.join(fx.staticDir, HASHED);
    await writeFile(scriptFile, SCRIPT);
    await writeFile(path.join(fx.staticDir, 'index.html'), `<!doctype html><html lang="id"><head><title>Masterplan Smart City</title><script type="module" src="./assets/index-Bq3xC9gH.js"></script></head><body><div id="root"></div>${'<!-- lokakarya -->'.repeat(80)}</body></html>`);
    // The build's own step writes the .br and .gz copies.
    const written = await precompressFiles([scriptFile, path.join(fx.staticDir, 'index.html')]);
    expect(written.map((f) => path.basename(f.file)).sort()).toEqual(['index-Bq3xC9gH.js', 'index.html']);
  });
  afterAll(async () => fx.stop());

  it.each([
    ['br', 'gzip, deflate, br'],
    ['gzip', 'gzip, deflate'],
    ['gzip', 'br;q=0, gzip'],
  ])('sends a hashed script as %s (Accept-Encoding: %s), cached for a year, and it unpacks to the same bytes', async (coding, accept) => {
    const answer = await fetchRaw(fx.server.url, { path: HASHED, headers: { 'accept-encoding': accept } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(coding);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(SCRIPT.length / 3);
    expect(decoded(answer).equals(await readFile(scriptFile))).toBe(true);
    // The CSP is the same whatever the coding.
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('sends the file as it is to a client that accepts no compression', async () => {
    const answer = await fetchRaw(fx.server.url, { path: HASHED, headers: { 'accept-encoding': 'identity' } });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.body.toString('utf8')).toBe(SCRIPT);
  });

  it('index.html is revalidated: no-cache with ETag and Last-Modified, then 304 without a body', async () => {
    const first = await fetchRaw(fx.server.url, { path: '/', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['content-encoding']).toBe('br');
    const etag = first.headers.etag ?? '';
    const lastModified = first.headers['last-modified'] ?? '';
    expect(etag).not.toBe('');
    expect(lastModified).not.toBe('');

    const byTag = await fetchRaw(fx.server.url, { path: '/', headers: { 'if-none-match': etag, 'accept-encoding': 'gzip' } });
    expect(byTag.status).toBe(304);
    expect(byTag.body.length).toBe(0);
    expect(byTag.headers.etag).toBe(etag);
    const byDate = await fetchRaw(fx.server.url, { path: '/index.html', headers: { 'if-modified-since': lastModified } });
    expect(byDate.status).toBe(304);
  });

  it('a rebuilt index.html is sent again, and a compressed copy older than it is never used', async () => {
    const before = await fetchRaw(fx.server.url, { path: '/' });
    const rebuilt = '<!doctype html><html lang="id"><head><title>Masterplan Smart City (baru)</title></head><body><div id="root"></div></body></html>'.padEnd(2000, ' ');
    const indexFile = path.join(fx.staticDir, 'index.html');
    await writeFile(indexFile, rebuilt);
    const later = new Date(Date.now() + 60_000);
    await utimes(indexFile, later, later);
    const after = await fetchRaw(fx.server.url, { path: '/', headers: { 'if-none-match': before.headers.etag ?? '', 'accept-encoding': 'br, gzip' } });
    expect(after.status).toBe(200);
    expect(after.headers['content-encoding']).toBeUndefined();
    expect(after.body.toString('utf8')).toBe(rebuilt);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('a compressed copy that links outside the app folder is not followed', async () => {
    const plain = path.join(fx.staticDir, 'assets', 'chunk-Xy12Ab34.js');
    await writeFile(plain, SCRIPT);
    const old = new Date(Date.now() - 60_000);
    await utimes(plain, old, old);
    await symlink(path.join(fx.root, 'secret.txt'), `${plain}.br`);
    const answer = await fetchRaw(fx.server.url, { path: '/assets/chunk-Xy12Ab34.js', headers: { 'accept-encoding': 'br' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString('utf8')).toBe(SCRIPT);
    expect(answer.body.toString('utf8')).not.toContain(SECRET);
  });
});

describe('API answers over a hotspot', () => {
  let fx: HttpFixture;
  let workshopId: string;
  beforeAll(async () => {
    fx = await startHttpFixture();
    workshopId = (await fx.services.handlers['workshops.create']({ title: 'Bimtek Kota Sukamaju', regionName: 'Kota Sukamaju', regionKind: 'kota', startYear: 2026 })).id;
  });
  afterAll(async () => {
    await fx.stop();
    await removeTempDirs();
  });

  it('a workshop is gzip when the client asks for gzip, brotli for br, and plain when it asks for nothing', async () => {
    const plain = await post(fx.server.url, 'workshop.open', { workshopId });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    const workshop = JSON.parse(plain.body.toString('utf8')) as unknown;

    const gzip = await post(fx.server.url, 'workshop.open', { workshopId }, { 'accept-encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    // Compressed whole and kept for the revision (answer-cache.ts), so its length is known.
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 2);
    expect(jsonOf(gzip)).toEqual(workshop);

    const br = await post(fx.server.url, 'workshop.open', { workshopId }, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(jsonOf(br)).toEqual(workshop);
  });

  it('small answers and refusals stay plain', async () => {
    const status = await post(fx.server.url, 'share.status', {}, { 'accept-encoding': 'gzip' });
    expect(status.status).toBe(200);
    expect(status.body.length).toBeLessThan(1024);
    expect(status.headers['content-encoding']).toBeUndefined();
    const missing = await post(fx.server.url, 'workshop.open', { workshopId: 'tidak-ada' }, { 'accept-encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
    expect((jsonOf(missing) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('workshop.open is 304 for the same revision and 200 with the new one after an edit', async () => {
    const first = await post(fx.server.url, 'workshop.open', { workshopId }, { 'accept-encoding': 'gzip' });
    const etag = first.headers.etag ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');

    const same = await post(fx.server.url, 'workshop.open', { workshopId }, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(same.status).toBe(304);
    expect(same.body.length).toBe(0);
    expect(same.headers.etag).toBe(etag);

    const { workshop } = jsonOf(first) as { workshop: { revision: number; programs: unknown[] } };
    const opened = (await fx.services.handlers['workshop.open']({ workshopId })).workshop;
    await fx.services.handlers['workshop.apply']({ workshopId, baseRevision: workshop.revision, command: { type: 'upsertProgram', item: program(opened, 'prog-baru', 'SG-09', null, 'Satu Data Kota') } });

    const edited = await post(fx.server.url, 'workshop.open', { workshopId }, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(edited.status).toBe(200);
    expect(edited.headers.etag).not.toBe(etag);
    const after = (jsonOf(edited) as { workshop: { revision: number; programs: { name: string }[] } }).workshop;
    expect(after.revision).toBe(workshop.revision + 1);
    expect(after.programs.map((p) => p.name)).toContain('Satu Data Kota');
  });

  it("the renderer's HTTP Api keeps the opened workshop and gets it back with a 304 until it changes", async () => {
    const statuses: number[] = [];
    const recording: typeof fetch = async (...args) => {
      const response = await fetch(...args);
      statuses.push(response.status);
      return response;
    };
    const api = createHttpApi(fx.server.url, recording);
    const first = await api['workshop.open']({ workshopId });
    const again = await api['workshop.open']({ workshopId });
    expect(statuses).toEqual([200, 304]);
    expect(again).toEqual(first);
    expect(again.workshop).not.toBe(first.workshop);

    await fx.services.handlers['workshop.apply']({
      workshopId,
      baseRevision: first.workshop.revision,
      command: { type: 'upsertSection', item: section('bab-baru', 'Tata Kelola Data', null, 'Draf tata kelola data.') },
    });
    const changed = await api['workshop.open']({ workshopId });
    expect(statuses).toEqual([200, 304, 200]);
    expect(changed.workshop.revision).toBe(first.workshop.revision + 1);
    expect(changed.workshop.sections.map((s) => s.title)).toContain('Tata Kelola Data');
  });
});

describe("the participants' listener over a hotspot", () => {
  let c: Classroom;
  beforeAll(async () => {
    c = await openClassroom();
  });
  afterAll(async () => {
    await c.stop();
    await removeTempDirs();
  });

  it("a participant's workshop is compressed and revalidated the same way, and an edit to it is sent again", async () => {
    const { token } = await join(c, 'Rina (Diskominfo)', c.room.opdA.id);
    const auth = { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate' };
    const first = await post(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, auth);
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    const etag = first.headers.etag ?? '';
    expect(etag).not.toBe('');

    const same = await post(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, { ...auth, 'if-none-match': etag });
    expect(same.status).toBe(304);
    expect(same.body.length).toBe(0);

    // Another OPD's view of the same revision is not the same answer.
    const other = await join(c, 'Budi (Bappeda)', c.room.opdB.id);
    const theirs = await post(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, { authorization: `Bearer ${other.token}`, 'if-none-match': etag });
    expect(theirs.status).toBe(200);

    const opened = (await c.services.handlers['workshop.open']({ workshopId: c.room.workshopId })).workshop;
    const mine = opened.sections.find((s) => s.id === c.room.sectionA);
    if (!mine) throw new Error('section missing');
    await applyAll(c.services, c.room.workshopId, [{ type: 'upsertSection', item: { ...mine, title: 'Layanan Publik Digital Terpadu' } }]);
    const edited = await post(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, { ...auth, 'if-none-match': etag });
    expect(edited.status).toBe(200);
    const sections = (jsonOf(edited) as { workshop: { sections: { title: string }[] } }).workshop.sections;
    expect(sections.map((s) => s.title)).toContain('Layanan Publik Digital Terpadu');
  });
});
