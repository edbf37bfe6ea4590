import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, fingerprintDir, ok, send, startHttpFixture, streamUntilAnswered, type HttpFixture } from './fixture';

const rename = (title: string) => ({ type: 'renameWorkshop', title });

describe('a refused request leaves the workshop files untouched', () => {
  let fx: HttpFixture;
  let workshopId: string;
  let revision: number;

  beforeAll(async () => {
    fx = await startHttpFixture();
    ({ id: workshopId } = await ok<{ id: string }>(fx.server, 'workshops.create', { title: 'Bimtek Kota Contoh', regionKind: 'kota' }));
    const opened = await ok<{ workshop: { revision: number } }>(fx.server, 'workshop.open', { workshopId });
    const applied = await ok<{ revision: number }>(fx.server, 'workshop.apply', { workshopId, baseRevision: opened.workshop.revision, command: rename('Bimtek Kota Contoh 2026') });
    revision = applied.revision;
    await fx.services.flushAll();
  });
  afterAll(async () => fx.stop());

  it('no file changes and the revision stays the same after every kind of refusal', async () => {
    const before = await fingerprintDir(fx.dataDir);
    const port = fx.server.port;
    const apply = (input: unknown, headers: Record<string, string> = {}) => call(fx.server, 'workshop.apply', input, headers);
    const valid = { workshopId, baseRevision: revision, command: rename('Judul yang tidak boleh tersimpan') };

    const statuses = [
      (await apply({ ...valid, command: rename('') })).status, // 400 invalid field
      (await send(fx.server, { method: 'POST', path: '/api/workshop.apply', headers: { 'content-type': 'application/json' }, body: '{"workshopId":' })).status, // 400 JSON
      (await apply({ ...valid, workshopId: 'tidak-ada' })).status, // 404 workshop
      (await call(fx.server, 'workshop.hapus', valid)).status, // 404 method
      (await apply({ ...valid, baseRevision: revision - 1 })).status, // 409 stale
      (await apply(valid, { host: `evil.example:${port}` })).status, // 403 Host
      (await apply(valid, { origin: 'http://evil.example' })).status, // 403 Origin
      (await apply(valid, { 'content-type': 'text/plain' })).status, // 415
      (await send(fx.server, { method: 'PUT', path: '/api/workshop.apply', headers: { 'content-type': 'application/json' }, body: JSON.stringify(valid) })).status, // 405
      (await send(fx.server, { method: 'POST', path: '/api/workshop.apply', headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) }, body: '{' })).status, // 413 declared
      (await streamUntilAnswered(fx.server, '/api/workshop.apply', 32 * 1024 * 1024)).status, // 413 streamed
    ];
    expect(statuses).toEqual([400, 400, 404, 404, 409, 403, 403, 415, 405, 413, 413]);

    await fx.services.flushAll();
    expect(await fingerprintDir(fx.dataDir)).toEqual(before);
    const opened = await ok<{ workshop: { revision: number; title: string } }>(fx.server, 'workshop.open', { workshopId });
    expect(opened.workshop.revision).toBe(revision);
    expect(opened.workshop.title).toBe('Bimtek Kota Contoh 2026');
  });
});
