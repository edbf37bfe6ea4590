import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf, ok, send, startHttpFixture, streamUntilAnswered, type HttpFixture } from './fixture';

describe('the HTTP API refuses bad requests with a plain error and the right status', () => {
  let fx: HttpFixture;
  let workshopId: string;

  beforeAll(async () => {
    fx = await startHttpFixture();
    ({ id: workshopId } = await ok<{ id: string }>(fx.server, 'workshops.create', { title: 'Bimtek Kabupaten Contoh', regionName: 'Kabupaten Contoh' }));
  });
  afterAll(async () => fx.stop());

  it('an empty workshop title is refused with 400 naming the field', async () => {
    const response = await call(fx.server, 'workshops.create', { title: '   ' });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ code: 'invalid_input', field: 'title' });
    expect(errorOf(response)).toMatchObject({ reason: 'invalid.required', message: 'Judul lokakarya: Wajib diisi' });
  });

  it('a 400 words its message in the Accept-Language, keeping the code, params and field as data', async () => {
    const body = JSON.stringify({ workshopId, baseRevision: 0, command: { type: 'upsertIssue', item: { id: 'isu-panjang', dimensionId: 'sg', kind: 'potensi', text: 'x'.repeat(2001) } } });
    const english = await send(fx.server, { method: 'POST', path: '/api/workshop.apply', headers: { 'content-type': 'application/json', 'accept-language': 'en-GB,en;q=0.9,id;q=0.5' }, body });
    expect(english.status).toBe(400);
    expect(errorOf(english)).toMatchObject({ code: 'invalid_input', reason: 'invalid.textTooLong', params: { max: 2000 }, field: 'command.item.text', message: 'Description: At most 2,000 characters' });
    const indonesian = await send(fx.server, { method: 'POST', path: '/api/workshop.apply', headers: { 'content-type': 'application/json', 'accept-language': 'id-ID,en;q=0.8' }, body });
    expect(errorOf(indonesian)).toMatchObject({ reason: 'invalid.textTooLong', message: 'Uraian: Paling banyak 2.000 karakter' });
    const none = await send(fx.server, { method: 'POST', path: '/api/workshop.apply', headers: { 'content-type': 'application/json' }, body });
    expect(errorOf(none).message).toBe('Uraian: Paling banyak 2.000 karakter');
  });

  it('a command of an unknown type is refused with 400 naming the command field', async () => {
    const response = await call(fx.server, 'workshop.apply', { workshopId, baseRevision: 0, command: { type: 'hapusSemua' } });
    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('invalid_input');
    expect(errorOf(response).field).toMatch(/^command/);
  });

  it('a body that is not JSON is refused with 400', async () => {
    const response = await send(fx.server, { method: 'POST', path: '/api/workshops.create', headers: { 'content-type': 'application/json' }, body: '{"title": "Bimtek",' });
    expect(response.status).toBe(400);
    expect(errorOf(response).code).toBe('invalid_input');
  });

  it('an empty body counts as {} for methods without input', async () => {
    const response = await send(fx.server, { method: 'POST', path: '/api/workshops.list' });
    expect(response.status).toBe(200);
    expect(response.json).toHaveProperty('workshops');
  });

  it('an unknown method is 404', async () => {
    const response = await call(fx.server, 'workshops.dropAll', {});
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });

  it('an unknown workshop is 404', async () => {
    const response = await call(fx.server, 'workshop.open', { workshopId: 'tidak-ada' });
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });

  it('a command changing what changed after its base revision is 409 conflict', async () => {
    const opened = await ok<{ workshop: { revision: number } }>(fx.server, 'workshop.open', { workshopId });
    const base = opened.workshop.revision;
    await ok(fx.server, 'workshop.apply', { workshopId, baseRevision: base, command: { type: 'renameWorkshop', title: 'Judul Pertama' } });
    const response = await call(fx.server, 'workshop.apply', { workshopId, baseRevision: base, command: { type: 'renameWorkshop', title: 'Judul Kedua' } });
    expect(response.status).toBe(409);
    expect(errorOf(response).code).toBe('conflict');
  });

  it('a workshop written by a newer app version opens read-only and refuses commands with 423', async () => {
    await fx.services.flushAll();
    const workshopsDir = path.join(fx.dataDir, 'workshops');
    const current = JSON.parse(await readFile(path.join(workshopsDir, `${workshopId}.json`), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(workshopsDir, 'dari-versi-baru.json'), JSON.stringify({ ...current, id: 'dari-versi-baru', schemaVersion: 99 }));

    const opened = await ok<{ readOnly: boolean; workshop: { revision: number } }>(fx.server, 'workshop.open', { workshopId: 'dari-versi-baru' });
    expect(opened.readOnly).toBe(true);
    const response = await call(fx.server, 'workshop.apply', {
      workshopId: 'dari-versi-baru',
      baseRevision: opened.workshop.revision,
      command: { type: 'renameWorkshop', title: 'Tidak boleh' },
    });
    expect(response.status).toBe(423);
    expect(errorOf(response).code).toBe('read_only');
  });

  it('a body larger than the limit is 413, refused from its declared length before it is read', async () => {
    const response = await send(fx.server, {
      method: 'POST',
      path: '/api/workshops.create',
      headers: { 'content-type': 'application/json', 'content-length': String(6 * 1024 * 1024) },
      body: '{"title":"x"',
    });
    expect(response.status).toBe(413);
    expect(errorOf(response).code).toBe('too_large');
    expect(response.headers.connection).toBe('close');
  });

  it('a streamed body without a length is cut off with 413 once it passes the limit', async () => {
    const result = await streamUntilAnswered(fx.server, '/api/workshops.create', 64 * 1024 * 1024);
    expect(result.status).toBe(413);
    expect((result.json as { error: { code: string } }).error.code).toBe('too_large');
    expect(result.sentBytes).toBeLessThan(64 * 1024 * 1024);
  });

  it('a request addressed to another host name is 403 (DNS rebinding)', async () => {
    const response = await call(fx.server, 'workshops.list', {}, { host: `evil.example:${fx.server.port}` });
    expect(response.status).toBe(403);
    expect(errorOf(response).code).toBe('forbidden');
  });

  it('a request addressed to the right name but another port is 403', async () => {
    const response = await call(fx.server, 'workshops.list', {}, { host: `127.0.0.1:${fx.server.port + 1}` });
    expect(response.status).toBe(403);
  });

  it('localhost is accepted as a host name', async () => {
    const response = await call(fx.server, 'workshops.list', {}, { host: `localhost:${fx.server.port}` });
    expect(response.status).toBe(200);
  });

  it.each([['http://evil.example'], ['null'], ['http://127.0.0.1:1'], ['https://127.0.0.1']])('a request sent by a page from origin %s is 403', async (origin) => {
    const response = await call(fx.server, 'workshops.list', {}, { origin });
    expect(response.status).toBe(403);
    expect(errorOf(response).code).toBe('forbidden');
  });

  it('a request from the app own origin is accepted', async () => {
    const response = await call(fx.server, 'workshops.list', {}, { origin: fx.server.url });
    expect(response.status).toBe(200);
  });

  it.each([['text/plain'], ['application/x-www-form-urlencoded'], ['multipart/form-data; boundary=x']])('a body sent as %s is 415', async (contentType) => {
    const response = await call(fx.server, 'workshops.create', { title: 'Bimtek' }, { 'content-type': contentType });
    expect(response.status).toBe(415);
    expect(errorOf(response)).toMatchObject({ code: 'invalid_input', field: 'content-type' });
  });

  it('a body without any content type is 415', async () => {
    const response = await send(fx.server, { method: 'POST', path: '/api/workshops.create', body: '{"title":"Bimtek"}' });
    expect(response.status).toBe(415);
  });

  it('calling a method with GET is 405 and says POST is allowed', async () => {
    const response = await send(fx.server, { path: '/api/workshops.list' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
  });

  it('posting to the method listing is 405', async () => {
    const response = await send(fx.server, { method: 'POST', path: '/api', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toContain('GET');
  });

  it('every error is JSON with security headers and no stack trace', async () => {
    const response = await call(fx.server, 'workshop.open', { workshopId: 'tidak-ada' });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.text).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('an unexpected failure inside a service', () => {
  let fx: HttpFixture;
  beforeAll(async () => {
    // Real services; one handler is made to fail the way a bug would.
    fx = await startHttpFixture((services) => ({
      handlers: {
        ...services.handlers,
        'app.info': async () => {
          throw new Error('ENOENT /home/rahasia/berkas.json at Object.<anonymous> (store.ts:12:3)');
        },
      },
    }));
  });
  afterAll(async () => fx.stop());

  it('is 500 with a generic Indonesian message and none of its details', async () => {
    const response = await call(fx.server, 'app.info', {});
    expect(response.status).toBe(500);
    expect(errorOf(response).code).toBe('internal');
    expect(errorOf(response).message).toMatch(/kesalahan internal/);
    expect(response.text).not.toContain('rahasia');
    expect(response.text).not.toContain('store.ts');
  });
});
