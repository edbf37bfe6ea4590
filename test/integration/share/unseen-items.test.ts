import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model';
import { fingerprint, program, redraft } from '../handoff/fixture';
import { call, errorOf, facilitatorCall, join, openClassroom, removeTempDirs, type Answer, type Classroom, type Joined } from './fixture';

/*
 * An OPD head probing IDs and codes learns nothing about other OPDs: an item of another OPD and an
 * item that does not exist are refused alike, and a taken program code does not name its program.
 */

let c: Classroom;
let rina: Joined;

const facilitatorView = async (): Promise<Workshop> => (await facilitatorCall<{ workshop: Workshop }>(c.local, 'workshop.open', { workshopId: c.room.workshopId })).workshop;

const applyAsRina = async (command: unknown) => {
  const whole = await facilitatorView();
  return call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: whole.revision, command }, rina.token);
};

const answerOf = (response: Answer) => ({ status: response.status, error: errorOf(response) });

beforeAll(async () => {
  c = await openClassroom();
  rina = await join(c, 'Rina Kusuma', c.room.opdA.id);
});

afterAll(async () => {
  await c.stop();
  await removeTempDirs();
});

describe('a participant cannot tell another OPD’s items from missing ones', () => {
  it('removing another OPD’s program and a program that does not exist get the same answer, and nothing is written', async () => {
    const before = await fingerprint(c.dataDir);
    const elsewhere = answerOf(await applyAsRina({ type: 'removeProgram', id: c.room.programB }));
    const nowhere = answerOf(await applyAsRina({ type: 'removeProgram', id: 'program-tidak-ada' }));
    expect(elsewhere).toEqual(nowhere);
    expect(elsewhere).toEqual({
      status: 403,
      error: { code: 'forbidden', reason: 'share.notYourProgram', params: {}, message: 'Program ini tidak ada di antara program OPD Anda.', field: 'id' },
    });
    expect(await fingerprint(c.dataDir)).toEqual(before);
  });

  it('saving over another OPD’s section and over a section that does not exist get the same answer', async () => {
    const whole = await facilitatorView();
    const theirs = whole.sections.find((s) => s.id === c.room.sectionB);
    if (!theirs) throw new Error('no section');
    const elsewhere = answerOf(await applyAsRina({ type: 'upsertSection', item: { ...redraft(theirs, 'Diambil alih.'), ownerOpdId: c.room.opdA.id } }));
    const nowhere = answerOf(await applyAsRina({ type: 'upsertSection', item: { ...redraft(theirs, 'Baru.'), id: 'bab-tidak-ada', ownerOpdId: c.room.opdA.id } }));
    expect(elsewhere).toEqual(nowhere);
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.error.message).toBe('Bagian naskah ini tidak ada di antara bagian naskah OPD Anda.');
  });

  it('a program code taken by another OPD’s program is refused without naming that program', async () => {
    const whole = await facilitatorView();
    const taken = whole.programs.find((p) => p.id === c.room.programB);
    if (!taken) throw new Error('no program');
    const before = await fingerprint(c.dataDir);
    const refused = await applyAsRina({ type: 'upsertProgram', item: program(whole, 'prog-rina-baru', taken.code, c.room.opdA.id, 'Aplikasi Rina') });
    expect(refused.status).toBe(400);
    expect(errorOf(refused)).toEqual({
      code: 'invalid_input',
      reason: 'program.codeTaken',
      params: { code: taken.code },
      message: `Kode ${taken.code} sudah dipakai program lain. Pilih kode lain.`,
      field: 'item.code',
    });
    expect(errorOf(refused).message).not.toContain(taken.name);
    expect(await fingerprint(c.dataDir)).toEqual(before);
  });

  it('a code taken by one of their own programs still names it, since they can see it', async () => {
    const whole = await facilitatorView();
    const own = whole.programs.find((p) => p.id === c.room.programA);
    if (!own) throw new Error('no program');
    const refused = await applyAsRina({ type: 'upsertProgram', item: program(whole, 'prog-rina-dua', own.code, c.room.opdA.id) });
    expect(refused.status).toBe(400);
    expect(errorOf(refused).message).toContain(own.name);
  });

  it('joins with a name full of control and bidi characters and is listed under the clean name', async () => {
    const joined = await join(c, '\u0000Budi\u001B \u202ESantoso\u2066', c.room.opdA.id);
    expect(joined.participant.name).toBe('Budi Santoso');
    const { participants } = await facilitatorCall<{ participants: { name: string }[] }>(c.local, 'share.participants', {});
    expect(participants.map((p) => p.name)).toContain('Budi Santoso');
  });
});
