import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Applied } from '../../../shared/contract';
import type { Workshop } from '../../../shared/model';
import { fingerprint } from '../handoff/fixture';
import { call, errorOf, facilitatorCall, join, listen, openClassroom, removeTempDirs, type Classroom, type Joined } from './fixture';

/*
 * FGD groups on the room's network (issue 12), over real HTTP: a group member joins by group, adds
 * SWOT cards in their dimension (stored with the group's id), is refused elsewhere (403, nothing
 * written) and on a locked worksheet, proposes a program that the facilitator accepts into the
 * matrix (a new code; one undo takes it back); a group's open and live stream never show another
 * group's card or proposal, and a hidden card leaves their view.
 */

let c: Classroom;
let dimA: string;
let dimB: string;
let groupA: string;
let groupB: string;
let ana: Joined;
let bayu: Joined;

const facilitatorView = async (): Promise<Workshop> => (await facilitatorCall<{ workshop: Workshop }>(c.local, 'workshop.open', { workshopId: c.room.workshopId })).workshop;
const facilitatorApply = async (command: unknown): Promise<Applied> =>
  facilitatorCall<Applied>(c.local, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: (await facilitatorView()).revision, command });
const viewOf = async (who: Joined): Promise<Workshop> => {
  const answer = await call<{ workshop: Workshop }>(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, who.token);
  if (answer.status !== 200) throw new Error(`open → ${answer.status}`);
  return answer.body.workshop;
};
const send = async (who: Joined, command: unknown) =>
  call<Applied & { error?: { code: string; reason: string; field?: string } }>(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: (await viewOf(who)).revision, command }, who.token);
const joinGroup = async (name: string, groupId: string): Promise<Joined> => {
  const answer = await call<Joined>(c.lan, 'share.join', { code: c.status.code, name, groupId });
  if (answer.status !== 200) throw new Error(`join → ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};
const card = (id: string, dimensionId: string, groupId: string | null, text = `Kartu ${id}`) => ({ id, dimensionId, quadrant: 'S', text, groupId });

beforeAll(async () => {
  c = await openClassroom();
  const w = await facilitatorView();
  const [a, b] = w.dimensionSet.dimensions;
  if (!a || !b) throw new Error('fewer than two dimensions');
  dimA = a.id;
  dimB = b.id;
  groupA = `kelompok-${dimA}`;
  groupB = `kelompok-${dimB}`;
  ana = await joinGroup('Ana Lestari', groupA);
  bayu = await joinGroup('Bayu Pratama', groupB);
});

afterAll(async () => {
  await c.stop();
  await removeTempDirs();
});

describe('joining as a group', () => {
  it('lookup lists the groups with their dimension; join takes an OPD or a group, never neither or both', async () => {
    const lookup = await call<{ groups: { id: string; name: string; dimensionId: string; dimensionName: string }[] }>(c.lan, 'share.lookup', { code: c.status.code });
    expect(lookup.status).toBe(200);
    const w = await facilitatorView();
    expect(lookup.body.groups.map((g) => g.id)).toEqual(w.groups.map((g) => g.id));
    expect(lookup.body.groups[0]).toMatchObject({ id: groupA, name: `Kelompok ${w.dimensionSet.dimensions[0]?.nameId ?? ''}`, dimensionId: dimA, dimensionName: w.dimensionSet.dimensions[0]?.nameId });
    expect(ana.participant).toMatchObject({ name: 'Ana Lestari', scope: { kind: 'group', groupId: groupA }, opdId: null, groupId: groupA, dimensionId: dimA });

    const neither = await call(c.lan, 'share.join', { code: c.status.code, name: 'Siapa' });
    expect([neither.status, (errorOf(neither) as { reason?: string }).reason]).toEqual([400, 'share.joinNeedsOpdOrGroup']);
    const both = await call(c.lan, 'share.join', { code: c.status.code, name: 'Siapa', opdId: c.room.opdA.id, groupId: groupA });
    expect([both.status, (errorOf(both) as { reason?: string }).reason]).toEqual([400, 'share.joinNeedsOpdOrGroup']);
    const unknown = await call(c.lan, 'share.join', { code: c.status.code, name: 'Siapa', groupId: 'kelompok-tidak-ada' });
    expect([unknown.status, (errorOf(unknown) as { reason?: string }).reason]).toEqual([400, 'share.groupUnknown']);

    const list = await facilitatorCall<{ participants: { name: string; groupName: string; scope: unknown }[] }>(c.local, 'share.participants', {});
    expect(list.participants.find((p) => p.name === 'Ana Lestari')).toMatchObject({ groupName: `Kelompok ${w.dimensionSet.dimensions[0]?.nameId ?? ''}`, scope: { kind: 'group', groupId: groupA } });
  });
});

describe('a group writes cards in its own dimension', () => {
  it('a SWOT card in its dimension: 200, stored with the group\'s id and the participant as actor', async () => {
    const answer = await send(ana, { type: 'upsertSwotItem', item: card('kartu-ana', dimA, groupA, 'Aparatur melek digital') });
    expect(answer.status).toBe(200);
    const stored = (await facilitatorView()).swotItems.find((s) => s.id === 'kartu-ana');
    expect(stored).toMatchObject({ dimensionId: dimA, groupId: groupA, text: 'Aparatur melek digital' });
    const log = await facilitatorCall<{ entries: { actor: { name: string; groupId?: string | null }; command: { type: string } }[] }>(c.local, 'workshop.log', { workshopId: c.room.workshopId, limit: 1 });
    expect(log.entries[0]?.actor).toMatchObject({ name: 'Ana Lestari', opdId: null, groupId: groupA });
  });

  it('in another dimension, as another group, or on another group\'s card: 403 and nothing written', async () => {
    await send(bayu, { type: 'upsertSwotItem', item: card('kartu-bayu', dimB, groupB) });
    const before = await fingerprint(c.dataDir);
    const elsewhere = await send(ana, { type: 'upsertSwotItem', item: card('kartu-salah', dimB, groupA) });
    expect([elsewhere.status, elsewhere.body.error?.reason]).toEqual([403, 'room.otherDimension']);
    const disguised = await send(ana, { type: 'upsertSwotItem', item: card('kartu-salah', dimA, groupB) });
    expect([disguised.status, disguised.body.error?.reason]).toEqual([403, 'room.cardGroupMismatch']);
    const theirs = await send(ana, { type: 'removeSwotItem', id: 'kartu-bayu' });
    expect([theirs.status, theirs.body.error?.reason]).toEqual([403, 'room.notYourCard']);
    const missing = await send(ana, { type: 'removeSwotItem', id: 'tidak-ada' });
    expect([missing.status, missing.body.error?.reason]).toEqual([403, 'room.notYourCard']);
    const facilitatorOnly = await send(ana, { type: 'setWorksheetLock', worksheet: 'swot', locked: false });
    expect([facilitatorOnly.status, facilitatorOnly.body.error?.reason]).toEqual([403, 'share.commandNotAllowed']);
    const program = await send(ana, { type: 'removeProgram', id: c.room.programA });
    expect(program.status).toBe(403);
    expect(await fingerprint(c.dataDir)).toEqual(before);
    expect((await facilitatorView()).swotItems.some((s) => s.id === 'kartu-salah')).toBe(false);
  });

  it('a locked worksheet refuses the group; unlocked, it writes again', async () => {
    await facilitatorApply({ type: 'setWorksheetLock', worksheet: 'swot', locked: true });
    const locked = await send(ana, { type: 'upsertSwotItem', item: card('kartu-terkunci', dimA, groupA) });
    expect([locked.status, locked.body.error?.reason]).toEqual([403, 'room.worksheetLocked']);
    const done = await send(ana, { type: 'setGroupDone', groupId: groupA, worksheet: 'swot', done: true });
    expect(done.status).toBe(200);
    await facilitatorApply({ type: 'setWorksheetLock', worksheet: 'swot', locked: false });
    expect((await send(ana, { type: 'upsertSwotItem', item: card('kartu-terbuka', dimA, groupA) })).status).toBe(200);
    expect((await facilitatorView()).room.done).toEqual([{ groupId: groupA, worksheet: 'swot' }]);
  });
});

describe('what a group sees', () => {
  it('open shows its own and the facilitator\'s cards of its dimension, never another group\'s; no programs, sections or others\' proposals', async () => {
    await facilitatorApply({ type: 'upsertSwotItem', item: card('kartu-fasilitator', dimA, null) });
    await send(bayu, { type: 'upsertProposal', item: { id: 'usul-bayu', groupId: groupB, dimensionId: dimB, name: 'Pasar daring desa' } });
    const w = await viewOf(ana);
    const ids = w.swotItems.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['kartu-ana', 'kartu-terbuka', 'kartu-fasilitator']));
    expect(ids).not.toContain('kartu-bayu');
    expect(w.programs).toEqual([]);
    expect(w.sections).toEqual([]);
    expect(w.proposals).toEqual([]);
    expect((await viewOf(bayu)).proposals.map((p) => p.id)).toEqual(['usul-bayu']);
  });

  it('the live stream never carries another group\'s card; a hidden card arrives as a reload, stays on its own group\'s phone marked hidden, read-only, and is gone for others', async () => {
    const stream = await listen(c.lan, c.room.workshopId, ana.token);
    await stream.next((e) => e.event === 'ready');
    const bayuCard = await send(bayu, { type: 'upsertSwotItem', item: card('kartu-bayu-2', dimB, groupB, 'Rahasia kelompok B') });
    const bayuRevision = bayuCard.body.revision;
    const seen = await stream.next((e) => e.event === 'applied' && e.data.revision === bayuRevision);
    expect(seen.data.command).toBeNull();
    expect(JSON.stringify(stream.events)).not.toContain('Rahasia kelompok B');

    const own = await send(ana, { type: 'upsertSwotItem', item: card('kartu-ana-2', dimA, groupA, 'Kartu sendiri') });
    const mine = await stream.next((e) => e.event === 'applied' && e.data.revision === own.body.revision);
    expect(mine.data.command).toMatchObject({ type: 'upsertSwotItem', item: { id: 'kartu-ana-2' } });

    const hid = await facilitatorApply({ type: 'hideCard', card: 'swotItem', id: 'kartu-ana-2', hidden: true });
    await stream.next((e) => e.event === 'reload' && e.data.revision === hid.revision);
    // Its own group is told the facilitator set it aside (so it does not type it again); Bayu's group sees nothing of it.
    expect((await viewOf(ana)).swotItems.find((s) => s.id === 'kartu-ana-2')).toMatchObject({ text: 'Kartu sendiri', hidden: true });
    expect(JSON.stringify(await viewOf(bayu))).not.toContain('kartu-ana-2');
    const edit = await send(ana, { type: 'upsertSwotItem', item: card('kartu-ana-2', dimA, groupA, 'Diubah') });
    expect([edit.status, edit.body.error?.reason]).toEqual([403, 'room.notYourCard']);
    stream.close();

    // An OPD participant no longer sees the hidden card either.
    const rina = await join(c, 'Rina Kusuma', c.room.opdA.id);
    const opdView = await call<{ workshop: Workshop }>(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, rina.token);
    expect(opdView.body.workshop.swotItems.some((s) => s.id === 'kartu-ana-2')).toBe(false);
    expect(opdView.body.workshop.swotItems.some((s) => s.id === 'kartu-bayu')).toBe(true);
    expect(opdView.body.workshop.proposals).toEqual([]);
  });

  it('with sharing across groups, every shown card is visible (read-only for others\' cards)', async () => {
    await facilitatorApply({ type: 'setRoomSharing', shareAcrossGroups: true });
    const ids = (await viewOf(ana)).swotItems.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['kartu-bayu', 'kartu-ana']));
    const edit = await send(ana, { type: 'upsertSwotItem', item: card('kartu-bayu', dimB, groupA) });
    expect(edit.status).toBe(403);
    await facilitatorApply({ type: 'setRoomSharing', shareAcrossGroups: false });
    expect((await viewOf(ana)).swotItems.map((s) => s.id)).not.toContain('kartu-bayu');
  });
});

describe('proposals into the matrix', () => {
  it('a group proposes; the facilitator accepts (a program with a new code), and one undo takes it back', async () => {
    const w0 = await facilitatorView();
    const dimension = w0.dimensionSet.dimensions.find((d) => d.id === dimA);
    const element = dimension?.elements[0];
    if (!dimension || !element) throw new Error('no element');
    const proposed = await send(ana, { type: 'upsertProposal', item: { id: 'usul-ana', groupId: groupA, dimensionId: dimA, elementId: element.id, name: 'Mal pelayanan publik digital', proposedBy: 'Nama palsu' } });
    expect(proposed.status).toBe(200);
    const stream = await listen(c.lan, c.room.workshopId, ana.token);
    await stream.next((e) => e.event === 'ready');
    expect((await facilitatorView()).proposals.find((p) => p.id === 'usul-ana')).toMatchObject({ status: 'baru', proposedBy: 'Ana Lestari' });

    const accepted = await facilitatorApply({ type: 'acceptProposal', proposalId: 'usul-ana', programId: 'prog-usul-ana', leadOpdId: c.room.opdA.id });
    const after = await facilitatorView();
    const program = after.programs.find((p) => p.id === 'prog-usul-ana');
    expect(program).toMatchObject({ name: 'Mal pelayanan publik digital', dimensionId: dimA, elementId: element.id, leadOpdId: c.room.opdA.id });
    expect(program?.code).toMatch(new RegExp(`^${dimension.code}-${element.code}-\\d{2}$`));
    expect(w0.programs.map((p) => p.code)).not.toContain(program?.code);
    expect(after.proposals.find((p) => p.id === 'usul-ana')).toMatchObject({ status: 'diterima', programId: 'prog-usul-ana' });
    // The group hears the decision as its proposal's new state, and never sees the program.
    const told = await stream.next((e) => e.event === 'applied' && e.data.revision === accepted.revision);
    expect(told.data.command).toMatchObject({ type: 'upsertProposal', item: { id: 'usul-ana', status: 'diterima' } });
    stream.close();
    const late = await send(ana, { type: 'removeProposal', id: 'usul-ana' });
    expect([late.status, late.body.error?.reason]).toEqual([403, 'room.proposalDecided']);

    await facilitatorCall<Applied>(c.local, 'workshop.undo', { workshopId: c.room.workshopId, baseRevision: after.revision });
    const undone = await facilitatorView();
    expect(undone.programs.some((p) => p.id === 'prog-usul-ana')).toBe(false);
    expect(undone.proposals.find((p) => p.id === 'usul-ana')).toMatchObject({ status: 'baru', programId: null });
  });
});
