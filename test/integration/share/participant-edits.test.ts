import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model';
import { fingerprint, program, redraft, textOf } from '../handoff/fixture';
import { call, errorOf, facilitatorCall, join, listen, openClassroom, removeTempDirs, type Classroom, type Joined } from './fixture';

/*
 * OPD heads join the shared workshop from their browsers, draft their own sections, and the
 * facilitator sees each save arrive live. Everything outside their OPD is refused.
 */

let c: Classroom;
let rina: Joined;

const openAs = async (token: string): Promise<Workshop> => {
  const answer = await call<{ workshop: Workshop }>(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, token);
  if (answer.status !== 200) throw new Error(`open → ${answer.status}`);
  return answer.body.workshop;
};

const facilitatorView = async (): Promise<Workshop> => (await facilitatorCall<{ workshop: Workshop }>(c.local, 'workshop.open', { workshopId: c.room.workshopId })).workshop;

beforeAll(async () => {
  c = await openClassroom();
  rina = await join(c, 'Rina Kusuma', c.room.opdA.id);
});

afterAll(async () => {
  await c.stop();
  await removeTempDirs();
});

describe('an OPD head on the room’s network', () => {
  it('joins with the code and receives a long random token', async () => {
    expect(rina.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    expect(rina.participant).toMatchObject({ name: 'Rina Kusuma', opdId: c.room.opdA.id });
    const me = await call(c.lan, 'share.me', {}, rina.token);
    expect(me.body).toMatchObject({ role: 'participant', workshopId: c.room.workshopId, participant: { id: rina.participant.id } });
  });

  it('sees the context and only their own OPD’s sections and programs', async () => {
    const view = await openAs(rina.token);
    expect(view.sections.map((s) => s.id).sort()).toEqual([c.room.sectionA2, c.room.sectionA].sort());
    expect(view.programs.map((p) => p.id)).toEqual([c.room.programA]);
    expect(view.dimensionSet.dimensions.length).toBeGreaterThan(0);
  });

  it('drafts their section (200) and the facilitator and a colleague see it arrive without reloading', async () => {
    const facilitatorStream = await listen(c.local, c.room.workshopId);
    const colleague = await join(c, 'Budi Santoso', c.room.opdA.id);
    const colleagueStream = await listen(c.lan, c.room.workshopId, colleague.token);
    expect([facilitatorStream.status, colleagueStream.status]).toEqual([200, 200]);

    const view = await openAs(rina.token);
    const mine = view.sections.find((s) => s.id === c.room.sectionA);
    if (!mine) throw new Error('no section');
    const saved = await call<{ revision: number }>(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: view.revision, command: { type: 'upsertSection', item: redraft(mine, 'Draf Rina dari peramban.') } }, rina.token);
    expect(saved.status).toBe(200);

    const seen = await facilitatorStream.next((e) => e.event === 'applied' && e.data.revision === saved.body.revision);
    expect(seen.data).toMatchObject({ workshopId: c.room.workshopId, actor: { name: 'Rina Kusuma', opdId: c.room.opdA.id }, command: { type: 'upsertSection', item: { id: c.room.sectionA } } });
    const heard = await colleagueStream.next((e) => e.event === 'applied' && e.data.revision === saved.body.revision);
    expect(heard.data).toMatchObject({ command: { type: 'upsertSection' } });

    expect(textOf((await facilitatorView()).sections.find((s) => s.id === c.room.sectionA))).toBe('Draf Rina dari peramban.');
    const { entries } = await facilitatorCall<{ entries: { actor: { name: string } }[] }>(c.local, 'workshop.log', { workshopId: c.room.workshopId, limit: 1 });
    expect(entries[0]?.actor.name).toBe('Rina Kusuma');
    facilitatorStream.close();
    colleagueStream.close();
  });

  it('cannot edit another OPD’s section: 403 and nothing is written', async () => {
    const whole = await facilitatorView();
    const theirs = whole.sections.find((s) => s.id === c.room.sectionB);
    if (!theirs) throw new Error('no section');
    const before = await fingerprint(c.dataDir);
    const refused = await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: whole.revision, command: { type: 'upsertSection', item: redraft(theirs, 'Diambil alih.') } }, rina.token);
    expect(refused.status).toBe(403);
    expect(errorOf(refused).message).toBe('Bagian naskah ini tidak ada di antara bagian naskah OPD Anda.');
    expect(await fingerprint(c.dataDir)).toEqual(before);
    expect((await facilitatorView()).revision).toBe(whole.revision);
  });

  it('cannot hand their section to another OPD, add sections, or change the vision', async () => {
    const whole = await facilitatorView();
    const mine = whole.sections.find((s) => s.id === c.room.sectionA);
    if (!mine) throw new Error('no section');
    const attempts = [
      { type: 'upsertSection', item: { ...mine, ownerOpdId: c.room.opdB.id } },
      { type: 'upsertSection', item: { ...mine, id: 'bab-baru' } },
      { type: 'setVision', vision: { ...whole.vision, keywords: ['diubah'] } },
      { type: 'removeSection', id: mine.id },
      { type: 'removeProgram', id: c.room.programB },
    ];
    for (const command of attempts) {
      const answer = await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: whole.revision, command }, rina.token);
      expect([command.type, answer.status]).toEqual([command.type, 403]);
    }
    expect((await facilitatorView()).revision).toBe(whole.revision);
  });

  it('can propose a new program their OPD leads, but not one led by another OPD', async () => {
    const whole = await facilitatorView();
    const own = await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: whole.revision, command: { type: 'upsertProgram', item: program(whole, 'prog-rina', 'SG-09', c.room.opdA.id, 'Portal Aduan') } }, rina.token);
    expect(own.status).toBe(200);
    const other = await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: whole.revision, command: { type: 'upsertProgram', item: program(whole, 'prog-x', 'SG-10', c.room.opdB.id) } }, rina.token);
    expect(other.status).toBe(403);
  });

  it('cannot reach facilitator-only methods with a participant token', async () => {
    const facilitatorOnly: [string, unknown][] = [
      ['workshops.list', {}],
      ['workshops.delete', { workshopId: c.room.workshopId }],
      ['workshop.undo', { workshopId: c.room.workshopId, baseRevision: 0 }],
      ['workshop.log', { workshopId: c.room.workshopId }],
      ['workshop.restoreSnapshot', { workshopId: c.room.workshopId, snapshotId: 'x' }],
      ['handoff.export', { workshopId: c.room.workshopId, opdId: c.room.opdB.id }],
      ['share.status', {}],
      ['share.revoke', { participantId: rina.participant.id }],
      ['share.stop', {}],
      ['app.info', {}],
    ];
    for (const [method, input] of facilitatorOnly) {
      const answer = await call(c.lan, method, input, rina.token);
      expect([method, answer.status]).toEqual([method, 403]);
    }
    expect((await facilitatorCall<{ active: boolean }>(c.local, 'share.status', {})).active).toBe(true);
  });

  it('gets 409 with the newer version when a colleague saved the same section first', async () => {
    const budi = await join(c, 'Budi Santoso', c.room.opdA.id);
    const rinaView = await openAs(rina.token);
    const budiView = await openAs(budi.token);
    const section = (w: Workshop) => w.sections.find((s) => s.id === c.room.sectionA2);
    const [forRina, forBudi] = [section(rinaView), section(budiView)];
    if (!forRina || !forBudi) throw new Error('no section');

    const first = await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: budiView.revision, command: { type: 'upsertSection', item: redraft(forBudi, 'Versi Budi.') } }, budi.token);
    expect(first.status).toBe(200);
    const stale = await call<{ error: { code: string }; current: { revision: number; cause: string; item: { content: unknown } } }>(
      c.lan,
      'workshop.apply',
      { workshopId: c.room.workshopId, baseRevision: rinaView.revision, command: { type: 'upsertSection', item: redraft(forRina, 'Versi Rina.') } },
      rina.token,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_revision');
    expect(stale.body.current.cause).toBe('item');
    expect(textOf(stale.body.current.item as Parameters<typeof textOf>[0])).toBe('Versi Budi.');

    const merged = redraft(forRina, 'Versi Budi.\nVersi Rina.');
    const retried = await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: stale.body.current.revision, command: { type: 'upsertSection', item: merged } }, rina.token);
    expect(retried.status).toBe(200);
  });

  it('gets 409 when a colleague of the same OPD saved another of its sections the page has not shown yet, and saves after reloading', async () => {
    const budi = await join(c, 'Budi Santoso', c.room.opdA.id);
    const rinaView = await openAs(rina.token);
    const budiView = await openAs(budi.token);
    const hisSection = budiView.sections.find((s) => s.id === c.room.sectionA2);
    const herSection = rinaView.sections.find((s) => s.id === c.room.sectionA);
    if (!hisSection || !herSection) throw new Error('no section');
    expect((await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: budiView.revision, command: { type: 'upsertSection', item: redraft(hisSection, 'Budi menulis bagian data.') } }, budi.token)).status).toBe(200);

    const stale = await call<{ error: { message: string }; current: { cause: string; revision: number } }>(
      c.lan,
      'workshop.apply',
      { workshopId: c.room.workshopId, baseRevision: rinaView.revision, command: { type: 'upsertSection', item: redraft(herSection, 'Rina menulis bagian layanan.') } },
      rina.token,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.current.cause).toBe('colleague');
    expect(stale.body.error.message).toMatch(/Rekan dari OPD Anda/);

    const reloaded = await openAs(rina.token);
    expect(textOf(reloaded.sections.find((s) => s.id === c.room.sectionA2))).toBe('Budi menulis bagian data.');
    const mine = reloaded.sections.find((s) => s.id === c.room.sectionA);
    if (!mine) throw new Error('no section');
    expect((await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: reloaded.revision, command: { type: 'upsertSection', item: redraft(mine, 'Rina menulis bagian layanan.') } }, rina.token)).status).toBe(200);
  });

  it('is not made stale by another OPD saving its own section in the meantime', async () => {
    const sari = await join(c, 'Sari Wulandari', c.room.opdB.id);
    const rinaView = await openAs(rina.token);
    const sariView = await openAs(sari.token);
    const theirs = sariView.sections.find((s) => s.id === c.room.sectionB);
    const mine = rinaView.sections.find((s) => s.id === c.room.sectionA);
    if (!theirs || !mine) throw new Error('no section');
    expect((await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: sariView.revision, command: { type: 'upsertSection', item: redraft(theirs, 'Versi Sari.') } }, sari.token)).status).toBe(200);
    expect((await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: rinaView.revision, command: { type: 'upsertSection', item: redraft(mine, 'Versi Rina lagi.') } }, rina.token)).status).toBe(200);
  });

  it('a participant’s stream shows other OPDs’ edits only as a new revision', async () => {
    const sari = await join(c, 'Sari Wulandari', c.room.opdB.id);
    const rinaStream = await listen(c.lan, c.room.workshopId, rina.token);
    const sariView = await openAs(sari.token);
    const theirs = sariView.sections.find((s) => s.id === c.room.sectionB);
    if (!theirs) throw new Error('no section');
    const saved = await call<{ revision: number }>(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: sariView.revision, command: { type: 'upsertSection', item: redraft(theirs, 'Rahasia OPD B.') } }, sari.token);
    const seen = await rinaStream.next((e) => e.event === 'applied' && e.data.revision === saved.body.revision);
    expect(seen.data.command).toBeNull();
    expect(JSON.stringify(seen.data)).not.toContain('Rahasia OPD B.');
    rinaStream.close();
  });

  it('cannot open or follow another workshop', async () => {
    const other = await facilitatorCall<{ id: string }>(c.local, 'workshops.create', { title: 'Lokakarya lain', regionName: 'Kota Lain', regionKind: 'kota' });
    expect((await call(c.lan, 'workshop.open', { workshopId: other.id }, rina.token)).status).toBe(403);
    const stream = await listen(c.lan, other.id, rina.token);
    expect(stream.status).toBe(403);
  });
});
