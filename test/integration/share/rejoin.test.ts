import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Applied } from '../../../shared/contract';
import type { Poll, Workshop } from '../../../shared/model';
import { call, errorOf, facilitatorCall, openClassroom, removeTempDirs, type Classroom, type Joined } from './fixture';

/*
 * Keluar and back (issue 12, the Bimtek walkthrough): a participant who left and joined again from
 * the same phone got a new participant id and could vote twice. The phone now sends its device key
 * with the join; the same key in the same sharing session is the same participant, unless the
 * facilitator revoked it. Over real HTTP.
 */

let c: Classroom;
const PHONE = 'ponsel-rina-0123456789abcdef';
const OTHER_PHONE = 'ponsel-lain-0123456789abcdef';

const facilitatorView = async (): Promise<Workshop> => (await facilitatorCall<{ workshop: Workshop }>(c.local, 'workshop.open', { workshopId: c.room.workshopId })).workshop;
const facilitatorApply = async (command: unknown): Promise<Applied> =>
  facilitatorCall<Applied>(c.local, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: (await facilitatorView()).revision, command });

const joinWith = async (name: string, opdId: string, deviceKey?: string): Promise<Joined> => {
  const answer = await call<Joined>(c.lan, 'share.join', { code: c.status.code, name, opdId, ...(deviceKey === undefined ? {} : { deviceKey }) });
  if (answer.status !== 200) throw new Error(`join → ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};

const vote = async (who: Joined, itemId: string) => {
  const opened = await call<{ workshop: Workshop }>(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, who.token);
  return call(c.lan, 'workshop.apply', {
    workshopId: c.room.workshopId,
    baseRevision: opened.body.workshop.revision,
    command: { type: 'castBallot', pollId: 'prioritas', ballot: { voterId: 'dari-ponsel', answer: { kind: 'dots', dots: [{ itemId, count: 1 }] } } },
  }, who.token);
};

const ballots = async (): Promise<Poll['ballots']> => (await facilitatorView()).polls.find((p) => p.id === 'prioritas')?.ballots ?? [];

beforeAll(async () => {
  c = await openClassroom();
  await facilitatorApply({
    type: 'createPoll',
    pollId: 'prioritas',
    settings: { title: 'Mana yang didahulukan?', kind: 'dots', items: [{ id: 'o-a', label: 'Antrean perizinan' }, { id: 'o-b', label: 'Data terpadu' }], anonymous: false, limits: { dotsPerPerson: 1, maxPerItem: 1 } },
  });
  await facilitatorApply({ type: 'openPoll', pollId: 'prioritas' });
});

afterAll(async () => {
  await c.stop();
  await removeTempDirs();
});

describe('joining again from the same phone', () => {
  let first: Joined;

  it('gives back the same participant: one ballot, the second replacing the first', async () => {
    first = await joinWith('Rina', c.room.opdA.id, PHONE);
    expect((await vote(first, 'o-a')).status).toBe(200);
    // Keluar: the phone forgets its token; joining again with the code, the same phone's key, a corrected name.
    const again = await joinWith('Rina Kusuma', c.room.opdA.id, PHONE);
    expect(again.participant.id).toBe(first.participant.id);
    expect(again.token).not.toBe(first.token);
    expect(again.participant.name).toBe('Rina Kusuma');
    expect((await vote(again, 'o-b')).status).toBe(200);
    expect(await ballots()).toEqual([
      { voterId: first.participant.id, voterName: 'Rina Kusuma', opdId: c.room.opdA.id, paper: false, answer: { kind: 'dots', dots: [{ itemId: 'o-b', count: 1 }] } },
    ]);
    const list = await facilitatorCall<{ participants: { id: string }[] }>(c.local, 'share.participants', {});
    expect(list.participants.map((p) => p.id)).toEqual([first.participant.id]);
  });

  it('another phone (another key, or none) is another participant with a ballot of its own', async () => {
    const other = await joinWith('Budi', c.room.opdB.id, OTHER_PHONE);
    const keyless = await joinWith('Sari', c.room.opdB.id);
    expect(new Set([first.participant.id, other.participant.id, keyless.participant.id]).size).toBe(3);
    expect((await vote(other, 'o-a')).status).toBe(200);
    expect((await ballots()).map((b) => [b.voterId, b.answer])).toEqual([
      [first.participant.id, { kind: 'dots', dots: [{ itemId: 'o-b', count: 1 }] }],
      [other.participant.id, { kind: 'dots', dots: [{ itemId: 'o-a', count: 1 }] }],
    ]);
  });

  it('back in another OPD: the same participant with the new scope, and the old token is refused', async () => {
    const moved = await joinWith('Rina Kusuma', c.room.opdB.id, PHONE);
    expect(moved.participant).toMatchObject({ id: first.participant.id, opdId: c.room.opdB.id });
    const old = await call(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, first.token);
    expect(old.status).toBe(401);
    const me = await call<{ participant?: { opdId: string } }>(c.lan, 'share.me', {}, moved.token);
    expect(me.body.participant?.opdId).toBe(c.room.opdB.id);
  });

  it('a revoked participant joining again from the same phone stays out (403, nothing changes); a colleague handed the phone joins as someone else', async () => {
    const before = await joinWith('Rina Kusuma', c.room.opdA.id, PHONE);
    await facilitatorCall(c.local, 'share.revoke', { participantId: before.participant.id });
    expect((await call(c.lan, 'share.me', {}, before.token)).status).toBe(401);
    // The same name, its spaces and case aside.
    const refused = await call(c.lan, 'share.join', { code: c.status.code, name: ' rina  kusuma', opdId: c.room.opdA.id, deviceKey: PHONE });
    expect(refused.status).toBe(403);
    expect(errorOf(refused)).toMatchObject({ code: 'forbidden', reason: 'share.revokedRejoin' });
    const list = await facilitatorCall<{ participants: { id: string; revoked: boolean }[] }>(c.local, 'share.participants', {});
    expect(list.participants.find((p) => p.id === before.participant.id)?.revoked).toBe(true);
    // Another name on the revoked phone is another person, with a ballot of their own; the revoked one stays revoked.
    const colleague = await joinWith('Dewi', c.room.opdA.id, PHONE);
    expect(colleague.participant.id).not.toBe(before.participant.id);
    expect((await vote(colleague, 'o-a')).status).toBe(200);
    expect((await ballots()).filter((b) => b.voterId === before.participant.id)).toHaveLength(1);
    expect((await ballots()).filter((b) => b.voterId === colleague.participant.id)).toHaveLength(1);
  });

  it('a malformed device key is refused with 400 naming the field', async () => {
    const answer = await call(c.lan, 'share.join', { code: c.status.code, name: 'Rina', opdId: c.room.opdA.id, deviceKey: 'pendek' });
    expect(answer.status).toBe(400);
    expect(errorOf(answer)).toMatchObject({ code: 'invalid_input' });
  });
});
