import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Program, Workshop } from '../../../shared/model';
import { program } from '../handoff/fixture';
import { call, facilitatorCall, join, openClassroom, removeTempDirs, type Classroom, type Joined } from '../share/fixture';

/*
 * A room at work: two facilitator windows and three OPD heads write to one workshop at the same time
 * through HTTP, each sending the revision it last heard of (several revisions old by the time the
 * write lands, since the others wrote meanwhile). Disjoint items and fields all land and nothing
 * is lost; writes to the very same field conflict, exactly as often as expected, with both versions.
 */

const ROUNDS = 300;
const SHARED = 'prog-bersama';

let c: Classroom;
let heads: { joined: Joined; programId: string }[];

interface Writer {
  name: string;
  /** Sends the write; answers the HTTP status, the revision and the item as applied. */
  send(base: number, item: Program): Promise<{ status: number; revision: number; applied: Program | null; code?: string }>;
  /** The field this writer changes, and the item it writes. */
  field: 'name' | 'description';
  programId: string;
  token?: string;
}

const apply = async (token: string | undefined, base: number, item: Program) => {
  const answer = await call<{ revision: number; applied: { item: Program }; error?: { code: string } }>(
    token ? c.lan : c.local,
    'workshop.apply',
    { workshopId: c.room.workshopId, baseRevision: base, command: { type: 'upsertProgram', item } },
    token,
  );
  return answer.status === 200
    ? { status: 200, revision: answer.body.revision, applied: answer.body.applied.item }
    : { status: answer.status, revision: -1, applied: null, ...(answer.body.error ? { code: answer.body.error.code } : {}) };
};

const facilitatorView = async (): Promise<Workshop> => (await facilitatorCall<{ workshop: Workshop }>(c.local, 'workshop.open', { workshopId: c.room.workshopId })).workshop;

beforeAll(async () => {
  c = await openClassroom();
  const w = await facilitatorView();
  const third = w.opds[2];
  if (!third) throw new Error('workshop has fewer than three OPDs');
  const shared = program(w, SHARED, 'SG-09', null, 'Program bersama');
  const forThird = program(w, 'prog-c', 'SG-03', third.id, 'Program OPD ketiga');
  let base = w.revision;
  for (const item of [shared, forThird]) base = (await facilitatorCall<{ revision: number }>(c.local, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: base, command: { type: 'upsertProgram', item } })).revision;
  heads = [
    { joined: await join(c, 'Rina Kusuma', c.room.opdA.id), programId: c.room.programA },
    { joined: await join(c, 'Budi Santoso', c.room.opdB.id), programId: c.room.programB },
    { joined: await join(c, 'Sari Wulandari', third.id), programId: 'prog-c' },
  ];
});

afterAll(async () => {
  await c.stop();
  await removeTempDirs();
});

describe('two facilitator windows and three OPD heads writing at once', () => {
  it(`land every one of ${5 * ROUNDS} writes to disjoint items and fields: none lost, no conflict`, async () => {
    const start = await facilitatorView();
    const itemOf = (w: Workshop, id: string): Program => {
      const found = w.programs.find((p) => p.id === id);
      if (!found) throw new Error(`no program ${id}`);
      return found;
    };
    const writers: Writer[] = [
      { name: 'Jendela A', field: 'name', programId: SHARED, send: (b, i) => apply(undefined, b, i) },
      { name: 'Jendela B', field: 'description', programId: SHARED, send: (b, i) => apply(undefined, b, i) },
      ...heads.map((h) => ({ name: h.joined.participant.name, field: 'name' as const, programId: h.programId, send: (b: number, i: Program) => apply(h.joined.token, b, i) })),
    ];
    const outcome = new Map<string, { acked: number; refused: string[]; staleBases: number; last: string }>();
    await Promise.all(
      writers.map(async (writer) => {
        // What this writer knows: the revision and its item as of its last acknowledged write.
        let base = start.revision;
        let mine = itemOf(start, writer.programId);
        const tally = { acked: 0, refused: [] as string[], staleBases: 0, last: '' };
        for (let round = 1; round <= ROUNDS; round += 1) {
          const value = `${writer.name} ke-${round}`;
          const result = await writer.send(base, { ...mine, [writer.field]: value });
          if (result.status !== 200 || !result.applied) {
            tally.refused.push(`${round}: ${result.status} ${result.code ?? ''}`);
            continue;
          }
          tally.acked += 1;
          if (result.revision > base + 1) tally.staleBases += 1;
          tally.last = value;
          base = result.revision;
          mine = result.applied;
        }
        outcome.set(writer.name, tally);
      }),
    );

    const end = await facilitatorView();
    for (const writer of writers) {
      const tally = outcome.get(writer.name);
      expect(tally?.refused, writer.name).toEqual([]);
      expect(tally?.acked).toBe(ROUNDS);
      // What each writer typed last is what is stored: the other window's field included.
      expect(itemOf(end, writer.programId)[writer.field], writer.name).toBe(tally?.last);
    }
    expect(end.revision).toBe(start.revision + 5 * ROUNDS);
    // The bases really were old: most writes landed after others' writes the writer had not seen.
    const stale = [...outcome.values()].reduce((sum, t) => sum + t.staleBases, 0);
    expect(stale).toBeGreaterThan(ROUNDS);
  });

  it('refuse exactly the writes that change the same field from the same base, with both versions', async () => {
    const conflicts: { keys: string[]; item: Program; yours: Program }[] = [];
    for (let round = 1; round <= 20; round += 1) {
      const w = await facilitatorView();
      const item = w.programs.find((p) => p.id === SHARED);
      if (!item) throw new Error('shared program missing');
      const [first, second] = await Promise.all(
        ['Jendela A', 'Jendela B'].map((who) =>
          call<{ error?: { code: string; reason: string }; current?: { keys: string[]; item: Program; yours: Program } }>(c.local, 'workshop.apply', {
            workshopId: c.room.workshopId,
            baseRevision: w.revision,
            command: { type: 'upsertProgram', item: { ...item, name: `${who} putaran ${round}` } },
          }),
        ),
      );
      const answers = [first, second];
      expect(answers.map((a) => a?.status).sort()).toEqual([200, 409]);
      const refused = answers.find((a) => a?.status === 409);
      expect(refused?.body.error).toMatchObject({ code: 'conflict', reason: 'edit.conflict' });
      if (refused?.body.current) conflicts.push(refused.body.current);
    }
    expect(conflicts).toHaveLength(20);
    for (const conflict of conflicts) {
      expect(conflict.keys).toEqual([`Program:${SHARED}#name`]);
      expect(conflict.item.name).not.toBe(conflict.yours.name);
    }
    // A participant editing the name of a program whose description the facilitator changed meanwhile: both land.
    const rina = heads[0];
    if (!rina) throw new Error('no participant');
    const w = await facilitatorView();
    const hers = w.programs.find((p) => p.id === rina.programId);
    if (!hers) throw new Error('program missing');
    const facilitatorSide = await apply(undefined, w.revision, { ...hers, description: 'Catatan fasilitator' });
    const participantSide = await apply(rina.joined.token, w.revision, { ...hers, name: 'Satu Data Kota Terpadu' });
    expect([facilitatorSide.status, participantSide.status]).toEqual([200, 200]);
    const after = (await facilitatorView()).programs.find((p) => p.id === rina.programId);
    expect(after).toMatchObject({ name: 'Satu Data Kota Terpadu', description: 'Catatan fasilitator' });
  });
});
