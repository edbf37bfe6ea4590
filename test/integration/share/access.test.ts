import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/index';
import type { Workshop } from '../../../shared/model';
import { NO_AUTOSAVE, redraft, textOf } from '../handoff/fixture';
import { call, errorOf, facilitatorCall, join, listen, openClassroom, removeTempDirs, type Classroom } from './fixture';

/* Who gets in on the room's network, and what happens when access ends. */

const rooms: Classroom[] = [];
const classroom = async (...args: Parameters<typeof openClassroom>): Promise<Classroom> => {
  const c = await openClassroom(...args);
  rooms.push(c);
  return c;
};

afterEach(async () => {
  for (const c of rooms.splice(0)) await c.stop();
  await removeTempDirs();
});

const viewOf = async (c: Classroom, token: string): Promise<Workshop> =>
  (await call<{ workshop: Workshop }>(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, token)).body.workshop;

const saveOwnSection = async (c: Classroom, token: string, text: string) => {
  const view = await viewOf(c, token);
  const mine = view.sections.find((s) => s.id === c.room.sectionA);
  if (!mine) throw new Error('no section');
  return call<{ revision: number }>(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: view.revision, command: { type: 'upsertSection', item: redraft(mine, text) } }, token);
};

describe('joining the shared workshop', () => {
  it('without a token, a computer on the network can load the app and join, but not call the API (401)', async () => {
    const c = await classroom();
    const page = await fetch(`${c.lan}/`);
    expect(page.status).toBe(200);
    const anonymous = await call(c.lan, 'workshop.open', { workshopId: c.room.workshopId });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect((await call(c.lan, 'workshops.list', {})).status).toBe(401);
    expect((await listen(c.lan, c.room.workshopId)).status).toBe(401);
    expect((await call(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, 'bukan-token-yang-sah')).status).toBe(401);
  });

  it('a wrong code is refused; an expired code is refused; a renewed code works and the old one no longer does', async () => {
    let clock = Date.parse('2026-03-02T08:00:00Z');
    const c = await classroom({ services: { now: () => new Date(clock) } });
    const wrong = await call(c.lan, 'share.join', { code: 'ZZZZZZ', name: 'Rina', opdId: c.room.opdA.id });
    expect(wrong.status).toBe(403);
    expect(errorOf(wrong).message).toMatch(/Kode bergabung salah/);

    const code = c.status.code ?? '';
    const typed = `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`;
    expect((await call(c.lan, 'share.join', { code: typed, name: 'Rina', opdId: c.room.opdA.id })).status).toBe(200);

    clock += 2 * 60 * 60_000 + 1;
    const expired = await call(c.lan, 'share.join', { code, name: 'Budi', opdId: c.room.opdA.id });
    expect(expired.status).toBe(403);
    expect(errorOf(expired).message).toMatch(/kedaluwarsa/);

    const renewed = await facilitatorCall<{ code: string }>(c.local, 'share.renewCode', {});
    expect(renewed.code).not.toBe(code);
    expect((await call(c.lan, 'share.join', { code: renewed.code, name: 'Budi', opdId: c.room.opdA.id })).status).toBe(200);
    expect((await call(c.lan, 'share.join', { code, name: 'Sari', opdId: c.room.opdA.id })).status).toBe(403);
  });

  it('with the code, someone about to join sees the workshop’s title and its OPDs to choose from', async () => {
    const c = await classroom();
    const looked = await call<{ workshopTitle: string; opds: { id: string }[] }>(c.lan, 'share.lookup', { code: c.status.code });
    expect(looked.status).toBe(200);
    expect(looked.body.workshopTitle).toBe('Bimtek Masterplan Kota Sukamaju');
    expect(looked.body.opds.map((o) => o.id)).toContain(c.room.opdB.id);
    expect((await call(c.lan, 'share.lookup', { code: 'ZZZZZZ' })).status).toBe(403);
  });

  it('an OPD that is not in the workshop is refused', async () => {
    const c = await classroom();
    const answer = await call(c.lan, 'share.join', { code: c.status.code, name: 'Rina', opdId: 'opd-tidak-ada' });
    expect(answer.status).toBe(400);
  });

  it('join attempts are limited per address (429 with Retry-After)', async () => {
    const c = await classroom({ joinRate: { attempts: 3, windowMs: 60_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await call(c.lan, 'share.join', { code: 'ZZZZZZ', name: 'Tebak', opdId: c.room.opdA.id })).status);
    expect(statuses).toEqual([403, 403, 403]);
    const limited = await call(c.lan, 'share.join', { code: c.status.code, name: 'Tebak', opdId: c.room.opdA.id });
    expect(limited.status).toBe(429);
    expect((await call(c.lan, 'share.lookup', { code: c.status.code })).status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(errorOf(limited).message).toMatch(/Terlalu banyak percobaan/);
  });

  it('no more than the participant cap can join', async () => {
    const c = await classroom({ services: { share: { participantCap: 2 } } });
    await join(c, 'Satu', c.room.opdA.id);
    await join(c, 'Dua', c.room.opdB.id);
    const third = await call(c.lan, 'share.join', { code: c.status.code, name: 'Tiga', opdId: c.room.opdA.id });
    expect(third.status).toBe(409);
    expect(errorOf(third).message).toMatch(/batas \(2\)/);
  });

  it('a request addressed to another host name is refused (DNS rebinding)', async () => {
    const c = await classroom();
    const port = Number(new URL(c.lan).port);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/share.join', method: 'POST', headers: { host: `jahat.example:${port}`, 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });
});

describe('when access ends', () => {
  it('a revoked participant is refused (401) and their live stream is closed', async () => {
    const c = await classroom();
    const rina = await join(c, 'Rina Kusuma', c.room.opdA.id);
    const stream = await listen(c.lan, c.room.workshopId, rina.token);
    const listed = await facilitatorCall<{ participants: { id: string; connected: boolean }[] }>(c.local, 'share.participants', {});
    expect(listed.participants).toContainEqual(expect.objectContaining({ id: rina.participant.id, connected: true }));

    const view = await viewOf(c, rina.token);
    const mine = view.sections.find((s) => s.id === c.room.sectionA);
    if (!mine) throw new Error('no section');

    const after = await facilitatorCall<{ participants: { id: string; revoked: boolean }[] }>(c.local, 'share.revoke', { participantId: rina.participant.id });
    expect(after.participants).toContainEqual(expect.objectContaining({ id: rina.participant.id, revoked: true }));
    await stream.next((e) => e.event === 'revoked');
    await stream.ended;

    const before = await facilitatorCall<{ workshop: Workshop }>(c.local, 'workshop.open', { workshopId: c.room.workshopId });
    const refused = await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: view.revision, command: { type: 'upsertSection', item: redraft(mine, 'Setelah dicabut.') } }, rina.token);
    expect(refused.status).toBe(401);
    expect((await facilitatorCall<{ workshop: Workshop }>(c.local, 'workshop.open', { workshopId: c.room.workshopId })).workshop.revision).toBe(before.workshop.revision);
    expect(errorOf(refused).message).toMatch(/tidak berlaku lagi/);
  });

  it('stopping the share tells participants it ended, refuses their token, and keeps what they saved', async () => {
    const c = await classroom();
    const rina = await join(c, 'Rina Kusuma', c.room.opdA.id);
    const stream = await listen(c.lan, c.room.workshopId, rina.token);
    expect((await saveOwnSection(c, rina.token, 'Tersimpan sebelum berhenti.')).status).toBe(200);

    const stopped = await facilitatorCall<{ active: boolean; code: string | null }>(c.local, 'share.stop', {});
    expect(stopped).toMatchObject({ active: false, code: null });
    await stream.next((e) => e.event === 'ended');
    await stream.ended;
    await expect(fetch(`${c.lan}/`)).rejects.toThrow();

    await c.app.close();
    await c.services.close();
    const reopened = await createServices({ dataDir: c.dataDir, mode: 'web', autosave: NO_AUTOSAVE, logError: () => undefined });
    try {
      const { workshop } = await reopened.handlers['workshop.open']({ workshopId: c.room.workshopId });
      expect(textOf(workshop.sections.find((s) => s.id === c.room.sectionA))).toBe('Tersimpan sebelum berhenti.');
    } finally {
      await reopened.close();
    }
  });

  it('a stopped share can be started again with a new code; old tokens stay refused', async () => {
    const c = await classroom();
    const rina = await join(c, 'Rina Kusuma', c.room.opdA.id);
    await facilitatorCall(c.local, 'share.stop', {});
    const again = await facilitatorCall<{ urls: string[]; code: string }>(c.local, 'share.start', { workshopId: c.room.workshopId, host: '127.0.0.1', port: 0 });
    const lan = again.urls[0] ?? '';
    expect((await call(lan, 'workshop.open', { workshopId: c.room.workshopId }, rina.token)).status).toBe(401);
    expect((await call(lan, 'share.join', { code: again.code, name: 'Rina Kusuma', opdId: c.room.opdA.id })).status).toBe(200);
  });
});

describe('choosing where to share', () => {
  it('a host that is not an IP address is refused before anything listens', async () => {
    const c = await classroom();
    await facilitatorCall(c.local, 'share.stop', {});
    const refused = await call(c.local, 'share.start', { workshopId: c.room.workshopId, host: 'contoh.example', port: 0 });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).message).toMatch(/alamat IP/);
    expect((await facilitatorCall<{ active: boolean }>(c.local, 'share.status', {})).active).toBe(false);
  });
});
