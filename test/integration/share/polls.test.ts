import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Applied, LogEntry } from '../../../shared/contract';
import type { Poll, Workshop } from '../../../shared/model';
import { pollResults } from '../../../shared/logic/poll-results';
import { fingerprint } from '../handoff/fixture';
import { call, facilitatorCall, join, listen, openClassroom, removeTempDirs, type Classroom, type Joined } from './fixture';

/*
 * A plenary in Kota Sukamaju over real HTTP: the facilitator puts three issues to a dot vote (3 dots
 * each, at most 2 on one issue), OPD staff vote from their phones on the room's network, a paper
 * ballot is keyed in, the result is revealed and applied to the issues' priorities, and undone.
 */

let c: Classroom;
let rina: Joined;
let budi: Joined;
const ISSUES = ['isu-antrean', 'isu-data', 'isu-jaringan'];

const facilitatorApply = (command: unknown): Promise<Applied> =>
  facilitatorView().then((w) => facilitatorCall<Applied>(c.local, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: w.revision, command }));
const facilitatorView = async (): Promise<Workshop> => (await facilitatorCall<{ workshop: Workshop }>(c.local, 'workshop.open', { workshopId: c.room.workshopId })).workshop;
const participantView = async (who: Joined): Promise<Workshop> => {
  const answer = await call<{ workshop: Workshop }>(c.lan, 'workshop.open', { workshopId: c.room.workshopId }, who.token);
  if (answer.status !== 200) throw new Error(`open → ${answer.status}`);
  return answer.body.workshop;
};
const pollIn = (w: Workshop, id: string): Poll => {
  const poll = w.polls.find((p) => p.id === id);
  if (!poll) throw new Error(`no poll ${id}`);
  return poll;
};
const dots = (...counts: [string, number][]) => ({ kind: 'dots', dots: counts.map(([itemId, count]) => ({ itemId, count })) });
/** A participant's ballot as their phone sends it (the voter fields are the server's to fill). */
const cast = async (who: Joined, pollId: string, answer: unknown, voterId = 'dari-ponsel') => {
  const base = (await participantView(who)).revision;
  return call<{ revision?: number; error?: { code: string; reason: string; field?: string } }>(
    c.lan,
    'workshop.apply',
    { workshopId: c.room.workshopId, baseRevision: base, command: { type: 'castBallot', pollId, ballot: { voterId, voterName: 'Nama palsu', answer } } },
    who.token,
  );
};

beforeAll(async () => {
  c = await openClassroom();
  rina = await join(c, 'Rina Kusuma', c.room.opdA.id);
  budi = await join(c, 'Budi Santoso', c.room.opdB.id);
  const w = await facilitatorView();
  const dimensionId = w.dimensionSet.dimensions[0]?.id;
  if (!dimensionId) throw new Error('no dimension');
  const texts = ['Antrean perizinan masih panjang', 'Data antar-OPD tidak terpadu', 'Jaringan internet desa belum merata'];
  for (const [i, id] of ISSUES.entries()) await facilitatorApply({ type: 'upsertIssue', item: { id, dimensionId, kind: 'permasalahan', text: texts[i] } });
  await facilitatorApply({
    type: 'createPoll',
    pollId: 'isu-prioritas',
    settings: { title: 'Isu mana paling mendesak?', kind: 'dots', items: ISSUES.map((id, i) => ({ id: `o-${id}`, label: texts[i], ref: { source: 'issue', id } })), anonymous: true, limits: { dotsPerPerson: 3, maxPerItem: 2 } },
  });
});

afterAll(async () => {
  await c.stop();
  await removeTempDirs();
});

describe('a dot vote from participants’ phones', () => {
  it('is refused while the poll is still a draft (403, nothing written)', async () => {
    const before = await fingerprint(c.dataDir);
    const answer = await cast(rina, 'isu-prioritas', dots(['o-isu-antrean', 1]));
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({ code: 'forbidden', reason: 'poll.notOpenYet' });
    expect(await fingerprint(c.dataDir)).toEqual(before);
  });

  it('a participant casts a dot vote within the limits; the server records them as the voter and the actor', async () => {
    await facilitatorApply({ type: 'openPoll', pollId: 'isu-prioritas' });
    const answer = await cast(rina, 'isu-prioritas', dots(['o-isu-antrean', 2], ['o-isu-data', 1]));
    expect(answer.status).toBe(200);
    const ballots = pollIn(await facilitatorView(), 'isu-prioritas').ballots;
    expect(ballots).toEqual([{ voterId: rina.participant.id, voterName: 'Rina Kusuma', opdId: c.room.opdA.id, paper: false, answer: dots(['o-isu-antrean', 2], ['o-isu-data', 1]) }]);
    const log = await facilitatorCall<{ entries: LogEntry[] }>(c.local, 'workshop.log', { workshopId: c.room.workshopId, limit: 1 });
    expect(log.entries[0]).toMatchObject({ actor: { name: 'Rina Kusuma', opdId: c.room.opdA.id }, command: { type: 'castBallot', pollId: 'isu-prioritas' } });
  });

  it('an over-limit ballot is refused with 400 naming the field, and nothing is written', async () => {
    const before = await fingerprint(c.dataDir);
    const tooMany = await cast(budi, 'isu-prioritas', dots(['o-isu-antrean', 2], ['o-isu-data', 2]));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({ code: 'invalid_input', reason: 'poll.tooManyDots', field: 'ballot.answer.dots' });
    const onOne = await cast(budi, 'isu-prioritas', dots(['o-isu-jaringan', 3]));
    expect(onOne.status).toBe(400);
    expect(onOne.body.error).toMatchObject({ reason: 'poll.tooManyOnItem', field: 'ballot.answer.dots' });
    expect(await fingerprint(c.dataDir)).toEqual(before);
  });

  it('a second ballot replaces the first, never doubles it', async () => {
    expect((await cast(budi, 'isu-prioritas', dots(['o-isu-jaringan', 2]))).status).toBe(200);
    expect((await cast(budi, 'isu-prioritas', dots(['o-isu-data', 2], ['o-isu-jaringan', 1]), 'coba-id-lain')).status).toBe(200);
    const poll = pollIn(await facilitatorView(), 'isu-prioritas');
    expect(poll.ballots.map((b) => b.voterId)).toEqual([rina.participant.id, budi.participant.id]);
    const results = pollResults(poll);
    expect(results.kind === 'dots' && results.rows.map((r) => [r.item.id, r.dots])).toEqual([
      ['o-isu-antrean', 2],
      ['o-isu-data', 3],
      ['o-isu-jaringan', 1],
    ]);
  });

  it('anonymous ballots never tell participants who voted what: own ballot only before reveal, no names after, nor in the live stream', async () => {
    const stream = await listen(c.lan, c.room.workshopId, rina.token);
    const hidden = pollIn(await participantView(rina), 'isu-prioritas');
    expect(hidden.ballots.map((b) => b.voterId)).toEqual([rina.participant.id]);
    // Budi votes again while Rina follows the live feed: she learns only that the revision moved.
    const again = await cast(budi, 'isu-prioritas', dots(['o-isu-data', 2], ['o-isu-jaringan', 1]));
    const event = await stream.next((e) => e.event === 'applied' && e.data.revision === again.body.revision);
    expect(event.data.command).toBeNull();
    expect(JSON.stringify(event.data)).not.toContain('Budi');
    stream.close();

    await facilitatorApply({ type: 'revealPoll', pollId: 'isu-prioritas', revealed: true });
    const shown = pollIn(await participantView(rina), 'isu-prioritas');
    expect(shown.ballots).toHaveLength(2);
    const text = JSON.stringify(shown);
    expect(text).not.toContain(budi.participant.id);
    expect(text).not.toContain('Budi');
    expect(text).not.toContain(c.room.opdB.id);
    // The counts on every phone are the stage's counts.
    expect(pollResults(shown)).toEqual(pollResults(pollIn(await facilitatorView(), 'isu-prioritas')));
  });

  it('a paper ballot keyed in by the facilitator counts, marked as paper', async () => {
    await facilitatorApply({ type: 'addPaperBallot', pollId: 'isu-prioritas', ballot: { voterId: 'kertas-1', answer: dots(['o-isu-antrean', 1]) } });
    const results = pollResults(pollIn(await facilitatorView(), 'isu-prioritas'));
    expect({ ballots: results.ballots, paper: results.paper }).toEqual({ ballots: 3, paper: 1 });
  });

  it('casting on a closed poll is refused (403) and nothing is written', async () => {
    await facilitatorApply({ type: 'closePoll', pollId: 'isu-prioritas' });
    const before = await fingerprint(c.dataDir);
    const late = await cast(rina, 'isu-prioritas', dots(['o-isu-jaringan', 1]));
    expect(late.status).toBe(403);
    expect(late.body.error).toMatchObject({ code: 'forbidden', reason: 'poll.closed' });
    expect(await fingerprint(c.dataDir)).toEqual(before);
  });

  it('a participant may not key in paper ballots, apply results or open polls (403)', async () => {
    for (const command of [
      { type: 'addPaperBallot', pollId: 'isu-prioritas', ballot: { voterId: 'kertas-9', answer: dots(['o-isu-jaringan', 2]) } },
      { type: 'applyPollResult', pollId: 'isu-prioritas' },
      { type: 'openPoll', pollId: 'isu-prioritas' },
    ]) {
      const w = await participantView(rina);
      const answer = await call(c.lan, 'workshop.apply', { workshopId: c.room.workshopId, baseRevision: w.revision, command }, rina.token);
      expect(answer.status).toBe(403);
    }
  });

  it('applying the result sets issue priorities in one step, and one undo reverts it', async () => {
    const before = await facilitatorView();
    const applied = await facilitatorApply({ type: 'applyPollResult', pollId: 'isu-prioritas' });
    expect(applied.revision).toBe(before.revision + 1);
    const after = await facilitatorView();
    // antrean: Rina 2 + paper 1 = 3; data: Rina 1 + Budi 2 = 3; jaringan: Budi 1. A tie shares first place.
    expect(ISSUES.map((id) => after.issues.find((i) => i.id === id)?.priority)).toEqual([1, 1, 3]);
    await facilitatorCall<Applied>(c.local, 'workshop.undo', { workshopId: c.room.workshopId, baseRevision: after.revision });
    const undone = await facilitatorView();
    expect(ISSUES.map((id) => undone.issues.find((i) => i.id === id)?.priority ?? null)).toEqual([null, null, null]);
    expect(pollIn(undone, 'isu-prioritas').ballots).toHaveLength(3);
  });
});
