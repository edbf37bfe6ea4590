import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageChecksum } from '../../../electron/services/handoff/seal';
import type { Opd, Workshop, WorkshopSummary } from '../../../shared/model';
import { hostileDeviceKey, hostileName, hostileRoomStep, hostileStep, nestedNode, type Json, type Step } from './hostile-input';
import { Room, other, secretOf, showsGroup } from './room';
import { hashFiles, must, post, startServerProcess, type Answer, type ServerProcess } from './server-process';

/*
 * Property-based: whatever a client sends through the contract, a refused request changes no file,
 * nothing answers 500, and after a restart (a fresh process, with a fresh stack) every workshop still
 * lists and opens. Then the room (issue 12): FGD group members on the room's network join, write
 * cards, proposals and "Selesai" marks in and out of their scope while the facilitator locks and
 * opens worksheets; every answer is the one the step calls for, a refused write changes no file, no
 * group's answers, view or live stream show the other group's cards or proposals, and after the
 * restart each acknowledged write is stored exactly once. Deterministic seeds; the steps build on
 * each other, so a failure stops the run at the step that broke.
 */

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const SEED = 20_251_010;
const RUNS = 40;
const ROOM_SEED = 20_261_206;
const ROOM_RUNS = 80;

let dataDir: string;
let server: ServerProcess;
let workshopId: string;
let opd: Opd;
let outgoing: Record<string, unknown>;
/** Workshops written by accepted steps, flushed before the next fingerprint. */
const touched = new Set<string>();
const statuses: number[] = [];
let counter = 0;
let room: Room;
const roomStatuses: number[] = [];
/** Members with at least one acknowledged write: the log names them. */
const writers = new Set<string>();

const revisionOf = async (id: string): Promise<number> => (await must<{ workshop: { revision: number } }>(server.url, 'workshop.open', { workshopId: id })).workshop.revision;

const apply = async (command: Json): Promise<Answer> =>
  post(server.url, 'workshop.apply', { workshopId, baseRevision: await revisionOf(workshopId), command });

/** A sealed return of the facilitator's own package, as an OPD head's copy would open it, carrying `content`. */
const packageWith = (content: Json, title: string): string => {
  const payload = outgoing['payload'] as Record<string, unknown>;
  const envelope: Record<string, unknown> = {
    ...outgoing,
    payload: {
      ...payload,
      workshopTitle: title,
      sections: [{ item: { id: `bab-paket-${counter}`, outlineKey: 'bab1-latar-belakang', title: 'Bagian dari paket', content, ownerOpdId: opd.id }, baseRevision: payload['baseRevision'] }],
    },
  };
  delete envelope['checksum'];
  return JSON.stringify({ ...envelope, checksum: packageChecksum(envelope) });
};

const send = async (step: Step): Promise<{ answer: Answer; wrote: string | null }> => {
  counter += 1;
  switch (step.kind) {
    case 'vision':
      return { answer: await apply({ type: 'setVision', vision: { statement: step.statement, explanation: { type: 'doc', content: [] }, keywords: [] } }), wrote: workshopId };
    case 'section':
      return { answer: await apply({ type: 'upsertSection', item: { id: `bab-uji-${counter}`, outlineKey: 'bab1-latar-belakang', title: step.title, content: step.content, ownerOpdId: null } }), wrote: workshopId };
    case 'rename':
      return { answer: await apply({ type: 'renameWorkshop', title: step.title }), wrote: workshopId };
    case 'opd':
      return { answer: await apply({ type: 'upsertOpd', item: { id: `opd-uji-${counter}`, abbreviation: step.abbreviation, name: step.name } }), wrote: workshopId };
    case 'participant':
      return { answer: await apply({ type: 'upsertParticipant', item: { id: `peserta-${counter}`, name: step.name } }), wrote: workshopId };
    case 'create': {
      const answer = await post<{ id?: string }>(server.url, 'workshops.create', { title: step.title, regionKind: 'kota', startYear: 2026 });
      return { answer, wrote: answer.body.id ?? null };
    }
    case 'ballot': {
      const answer: Json = step.poll === 'words' ? { kind: 'words', words: step.words } : { kind: 'text', text: step.text };
      const ballot = { voterId: `pemilih-${counter}`, voterName: step.voterName, answer };
      return { answer: await apply({ type: 'castBallot', pollId: `jajak-${step.poll}`, ballot }), wrote: workshopId };
    }
    case 'package': {
      const answer = await post<{ workshop?: { id: string } }>(server.url, 'handoff.openPackage', { package: packageWith(step.content, step.title) });
      return { answer, wrote: answer.body.workshop?.id ?? null };
    }
  }
};

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-fuzz-'));
  server = await startServerProcess(dataDir);
  workshopId = (await must<{ id: string }>(server.url, 'workshops.create', { title: 'Bimtek Kota Uji Tahan Banting', regionName: 'Kota Uji', regionKind: 'kota', startYear: 2026 })).id;
  const opened = await must<{ workshop: { opds: Opd[] } }>(server.url, 'workshop.open', { workshopId });
  const first = opened.workshop.opds[0];
  if (!first) throw new Error('the new workshop has no OPDs');
  opd = first;
  const exported = await must<{ text: string }>(server.url, 'handoff.export', { workshopId, opdId: opd.id });
  outgoing = JSON.parse(exported.text) as Record<string, unknown>;
  // Two open polls for ballots: a word cloud and open text.
  for (const kind of ['words', 'text'] as const) {
    const setUp: Json[] = [{ type: 'createPoll', pollId: `jajak-${kind}`, settings: { title: `Jajak ${kind}`, kind } }, { type: 'openPoll', pollId: `jajak-${kind}` }];
    for (const command of setUp) {
      const answer = await apply(command);
      if (answer.status !== 200) throw new Error(`setting up the ${kind} poll failed: ${JSON.stringify(answer.body)}`);
    }
  }
  await must(server.url, 'workshop.flush', { workshopId });
}, 60_000);

afterAll(async () => {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('hostile input through the contract, over HTTP, against a real server process', () => {
  it('a document nested beyond the limit is refused with 400 naming the field, and nothing is written', async () => {
    const before = await hashFiles(dataDir);
    const answer = await apply({ type: 'setVision', vision: { statement: { type: 'doc', content: [nestedNode(900)] }, explanation: { type: 'doc', content: [] }, keywords: [] } });
    expect(answer.status).toBe(400);
    expect((answer.body as { error: unknown }).error).toEqual({
      code: 'invalid_input',
      reason: 'invalid.richTooDeep',
      params: { max: 64 },
      message: 'Teks kaya terlalu dalam (lebih dari 64 tingkat)',
      field: 'command.vision.statement.content.0',
    });
    expect(await hashFiles(dataDir)).toEqual(before);
  });

  it('never answers 500, and a refused request changes no file', async () => {
    await fc.assert(
      fc.asyncProperty(hostileStep(), async (step) => {
        const before = await hashFiles(dataDir);
        const { answer, wrote } = await send(step);
        statuses.push(answer.status);
        expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBeLessThan(500);
        if (answer.status >= 400) {
          expect(await hashFiles(dataDir)).toEqual(before);
        } else if (wrote) {
          touched.add(wrote);
          await must(server.url, 'workshop.flush', { workshopId: wrote });
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // The generators reach both sides of every limit.
    expect(statuses.some((s) => s === 200)).toBe(true);
    expect(statuses.some((s) => s === 400)).toBe(true);
  }, 120_000);

  it('groups on the room\'s network: each write answered as its scope calls for, a refusal writes nothing, no group shown another\'s', async () => {
    room = await Room.open(server.url, (await must<{ id: string }>(server.url, 'workshops.create', { title: 'Bimtek Kota Uji Ruang', regionKind: 'kota', startYear: 2026 })).id);
    // Each on a phone of their own (device keys 0 and 1 of group a, 0 of group b), which later steps may join again from.
    for (const [name, as, phone] of [['Ana Lestari', 'a', 0], ['Citra Dewi', 'a', 1], ['Bayu Pratama', 'b', 0]] as const) {
      const joined = await room.join(name, as, phone);
      expect(joined.answer.status).toBe(200);
      await joined.acknowledge();
    }
    await fc.assert(
      fc.asyncProperty(hostileRoomStep(), async (step) => {
        const before = await hashFiles(dataDir);
        const sent = await room.send(step);
        roomStatuses.push(sent.answer.status);
        expect(sent.allowed, `${JSON.stringify(step).slice(0, 300)} → ${sent.answer.status} ${JSON.stringify(sent.answer.body).slice(0, 300)}`).toContain(sent.answer.status);
        if (sent.answer.status === 200) {
          await sent.acknowledge();
          if (sent.member) writers.add(sent.member.name);
          await must(server.url, 'workshop.flush', { workshopId: room.workshopId });
        } else {
          expect(await hashFiles(dataDir)).toEqual(before);
        }
        if (sent.member) {
          const others = other(sent.member.group);
          expect(JSON.stringify(sent.answer.body)).not.toContain(secretOf(others));
          expect(showsGroup(JSON.stringify((await room.viewOf(sent.member)).body), others)).toBe(false);
        }
      }),
      { seed: ROOM_SEED, numRuns: ROOM_RUNS, endOnFailure: true },
    );
    // The steps reach every kind of answer: written, refused input, refused scope, conflict; and both groups wrote.
    expect([...new Set(roomStatuses)]).toEqual(expect.arrayContaining([200, 400, 403, 409]));
    expect([...room.cards.values()].map((c) => c.group)).toEqual(expect.arrayContaining(['a', 'b']));

    // Phones joining and joining again with their device keys (the same phone gets back its participant), and keys
    // no phone sends (short, odd characters, huge, not a string): each answered as the model says, nothing written.
    const joins: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.record({ name: fc.oneof(fc.constantFrom('Dewi Sartika', 'Eko Wahyudi'), hostileName()), as: fc.constantFrom('a' as const, 'b' as const), device: hostileDeviceKey() }), async (r) => {
        const before = await hashFiles(dataDir);
        const sent = await room.send({ kind: 'join', ...r });
        joins.push(sent.answer.status);
        expect(sent.allowed, `${JSON.stringify(r).slice(0, 200)} → ${sent.answer.status}`).toContain(sent.answer.status);
        if (sent.answer.status === 200) await sent.acknowledge();
        expect(await hashFiles(dataDir)).toEqual(before);
      }),
      { seed: ROOM_SEED, numRuns: 30, endOnFailure: true },
    );
    // The join limit per address (10 a minute) answers the rest 429, which writes nothing either.
    expect(joins).toEqual(expect.arrayContaining([200, 400]));
    // Every phone is one participant, however often it joined.
    const listed = await must<{ participants: { id: string }[] }>(server.url, 'share.participants', {});
    expect(new Set(room.members.map((m) => m.id)).size).toBe(room.members.length);
    expect(room.members.every((m) => listed.participants.some((p) => p.id === m.id))).toBe(true);
  }, 180_000);

  it('each member\'s live stream and view show all of their group\'s writes and nothing of the other group\'s', async () => {
    const { revision } = await must<{ revision: number }>(server.url, 'workshop.apply', {
      workshopId: room.workshopId,
      baseRevision: await room.revision(),
      command: { type: 'setRoomSharing', shareAcrossGroups: false },
    });
    await room.streamsReach(revision);
    for (const member of room.members) {
      const others = other(member.group);
      expect(showsGroup(JSON.stringify(member.stream.events), others), member.name).toBe(false);
      const { workshop } = (await room.viewOf(member)).body;
      const seen = [...workshop.issues, ...workshop.swotItems, ...workshop.gapAnalyses].map((c) => c.id).filter((id) => id.startsWith('kartu-'));
      const mine = [...room.cards].filter(([, c]) => c.group === member.group).map(([id]) => id);
      expect(seen.sort()).toEqual(mine.sort());
      const proposals = workshop.proposals.map((p) => p.id);
      expect(proposals.sort()).toEqual([...room.proposals].filter(([, p]) => p.group === member.group).map(([id]) => id).sort());
    }
    room.close();
  }, 60_000);

  it('after a restart every workshop lists as readable and opens, with clean names', async () => {
    expect(await server.stop()).toBe(0);
    server = await startServerProcess(dataDir);
    const { workshops } = await must<{ workshops: WorkshopSummary[] }>(server.url, 'workshops.list', {});
    expect(workshops.map((w) => w.id)).toEqual(expect.arrayContaining([workshopId, ...touched]));
    for (const summary of workshops) {
      expect([summary.id, summary.status]).toEqual([summary.id, 'ok']);
      expect(summary.title).not.toMatch(INVISIBLE);
      const opened = await post<{ workshop: { participants: { name: string }[]; opds: Opd[] } }>(server.url, 'workshop.open', { workshopId: summary.id });
      expect([summary.id, opened.status]).toEqual([summary.id, 200]);
      for (const name of [...opened.body.workshop.participants.map((p) => p.name), ...opened.body.workshop.opds.map((o) => o.name)]) {
        expect(name).not.toMatch(INVISIBLE);
      }
    }
  }, 60_000);

  it('after a restart the room\'s acknowledged cards, proposals and marks are stored exactly once, with clean names', async () => {
    const { workshop } = await must<{ workshop: Workshop }>(server.url, 'workshop.open', { workshopId: room.workshopId });
    const cards = [
      ...workshop.issues.map((c) => ({ id: c.id, card: 'issue', groupId: c.groupId, dimensionId: c.dimensionId, text: c.text })),
      ...workshop.swotItems.map((c) => ({ id: c.id, card: 'swotItem', groupId: c.groupId, dimensionId: c.dimensionId, text: c.text })),
      ...workshop.gapAnalyses.map((c) => ({ id: c.id, card: 'gapAnalysis', groupId: c.groupId, dimensionId: c.dimensionId, text: c.currentCondition })),
    ].filter((c) => c.id.startsWith('kartu-'));
    const expectedCards = [...room.cards].map(([id, c]) => ({ id, card: c.card, groupId: room.groups[c.group].id, dimensionId: room.groups[c.group].dimensionId, text: c.text }));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    // Exactly once: the same list, id for id, with no id twice.
    expect(cards.sort(byId)).toEqual(expectedCards.sort(byId));
    const proposals = workshop.proposals.map((p) => ({ id: p.id, groupId: p.groupId, name: p.name, proposedBy: p.proposedBy, status: p.status }));
    const expectedProposals = [...room.proposals].map(([id, p]) => ({ id, groupId: room.groups[p.group].id, name: p.name, proposedBy: p.proposedBy, status: 'baru' }));
    expect(proposals.sort(byId)).toEqual(expectedProposals.sort(byId));
    expect(workshop.room.done.map((d) => `${d.groupId}|${d.worksheet}`).sort()).toEqual([...room.done].sort());
    expect([...workshop.room.locks].sort()).toEqual([...room.locks].sort());
    // Names come back clean: who wrote (the log's actors) and what was proposed, by whom.
    const { entries } = await must<{ entries: { actor: { name: string } }[] }>(server.url, 'workshop.log', { workshopId: room.workshopId, limit: 1000 });
    for (const name of [...entries.map((e) => e.actor.name), ...workshop.proposals.flatMap((p) => [p.name, p.proposedBy])]) expect(name).not.toMatch(INVISIBLE);
    expect(entries.map((e) => e.actor.name)).toEqual(expect.arrayContaining([...writers]));
  });
});
