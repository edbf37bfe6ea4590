import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/index';
import { startServer } from '../../../electron/server/index';
import type { Poll, Workshop } from '../../../shared/model';
import { buildWorkbook } from '../../../shared/workbook';
import { call, errorOf, ok, send, startHttpFixture, type HttpFixture } from './fixture';

/*
 * A scale poll names its own ends (the cost criterion of the quick wins: 5 = cheapest), over real
 * HTTP like every other poll field: stored as sent, refused with a clear 400 when too long, frozen once
 * ballots are in, listed in the contract's JSON Schema, and an older file without ends still opens.
 */

const COST_ENDS = { low: 'biaya besar, anggaran belum ada', high: 'tanpa biaya atau anggaran sudah ada' };
const items = [
  { id: 'qw-izin', label: 'Perizinan daring', ref: null },
  { id: 'qw-wifi', label: 'Wi-Fi balai desa', ref: null },
];
const costPoll = { title: 'Biaya kandidat quick win', kind: 'scale', items, anonymous: true, criterion: 'cost', scaleEnds: COST_ENDS };

describe('the ends of a scale poll over HTTP', () => {
  let fx: HttpFixture;
  let workshopId: string;
  let revision: number;

  const open = async (): Promise<Workshop> => (await ok<{ workshop: Workshop }>(fx.server, 'workshop.open', { workshopId })).workshop;
  const pollOf = async (id: string): Promise<Poll> => {
    const poll = (await open()).polls.find((p) => p.id === id);
    if (!poll) throw new Error(`no poll ${id}`);
    return poll;
  };
  const apply = async (command: unknown) => {
    const response = await call(fx.server, 'workshop.apply', { workshopId, baseRevision: revision, command });
    if (response.status === 200) ({ revision } = response.json as { revision: number });
    return response;
  };

  beforeAll(async () => {
    fx = await startHttpFixture();
    ({ id: workshopId } = await ok<{ id: string }>(fx.server, 'workshops.create', { title: 'Bimtek Kota Contoh', regionName: 'Kota Contoh', startYear: 2026 }));
    revision = (await open()).revision;
  });
  afterAll(async () => fx.stop());

  it('stores the ends the facilitator set, cleaned like any line of text', async () => {
    const created = await apply({ type: 'createPoll', pollId: 'biaya', settings: { ...costPoll, scaleEnds: { low: '  biaya besar, anggaran belum ada ', high: ` ${COST_ENDS.high}\t` } } });
    expect(created.status).toBe(200);
    expect((await pollOf('biaya')).scaleEnds).toEqual(COST_ENDS);
  });

  it('a poll sent without ends (as older scripts do) gets the usual ones, stored empty', async () => {
    const { scaleEnds: _ends, criterion: _c, ...older } = costPoll;
    expect((await apply({ type: 'createPoll', pollId: 'dampak', settings: { ...older, title: 'Dampak kandidat' } })).status).toBe(200);
    expect((await pollOf('dampak')).scaleEnds).toEqual({ low: '', high: '' });
  });

  it('an end longer than 60 characters is 400 naming the field, and nothing is written', async () => {
    const before = revision;
    const tooLong = 'x'.repeat(61);
    const response = await apply({ type: 'createPoll', pollId: 'panjang', settings: { ...costPoll, scaleEnds: { low: 'murah', high: tooLong } } });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ code: 'invalid_input', reason: 'invalid.textTooLong', field: 'command.settings.scaleEnds.high' });
    const changed = await apply({ type: 'updatePoll', pollId: 'biaya', settings: { ...costPoll, scaleEnds: { low: tooLong, high: 'murah' } } });
    expect(changed.status).toBe(400);
    expect(errorOf(changed)).toMatchObject({ reason: 'invalid.textTooLong', field: 'command.settings.scaleEnds.low' });
    const notText = await apply({ type: 'updatePoll', pollId: 'biaya', settings: { ...costPoll, scaleEnds: { low: 5, high: 'murah' } } });
    expect(notText.status).toBe(400);
    const w = await open();
    expect(w.revision).toBe(before);
    expect(w.polls.map((p) => p.id)).toEqual(['biaya', 'dampak']);
    expect(w.polls[0]?.scaleEnds).toEqual(COST_ENDS);
  });

  it('once ballots are in, the ends no longer change (the scores were given against them); the question still may', async () => {
    expect((await apply({ type: 'addPaperBallot', pollId: 'biaya', ballot: { voterId: 'kertas-1', answer: { kind: 'scale', scores: [{ itemId: 'qw-izin', score: 5 }] } } })).status).toBe(200);
    const swapped = await apply({ type: 'updatePoll', pollId: 'biaya', settings: { ...costPoll, scaleEnds: { low: COST_ENDS.high, high: COST_ENDS.low } } });
    expect(swapped.status).toBe(400);
    expect(errorOf(swapped)).toMatchObject({ reason: 'poll.hasBallots', field: 'settings' });
    const retitled = await apply({ type: 'updatePoll', pollId: 'biaya', settings: { ...costPoll, title: 'Biaya dan kepastian anggaran' } });
    expect(retitled.status).toBe(200);
    expect(await pollOf('biaya')).toMatchObject({ title: 'Biaya dan kepastian anggaran', scaleEnds: COST_ENDS });
  });

  it('the workbook prints the ends where it states the rule of the poll and under its result', async () => {
    const sheet = buildWorkbook(await open()).sheets.find((s) => s.name === 'Jajak Pendapat');
    const summary = sheet?.tables[0]?.rows.find((r) => r[1] === 'Biaya dan kepastian anggaran');
    expect(summary?.[3]).toBe('setiap orang memberi skor 1 (biaya besar, anggaran belum ada) sampai 5 (tanpa biaya atau anggaran sudah ada) pada setiap pilihan');
    expect(sheet?.tables[1]?.notes?.[0]).toMatch(/^Rata-rata dari skor 1–5 \(1 = biaya besar, anggaran belum ada, 5 = tanpa biaya atau anggaran sudah ada\)/);
  });

  it('GET /api shows the ends in the poll settings', async () => {
    const listing = (await send(fx.server, { path: '/api' })).json as { methods: { name: string; input: unknown }[] };
    const apply = JSON.stringify(listing.methods.find((m) => m.name === 'workshop.apply')?.input);
    // In createPoll, updatePoll and restorePoll alike (and again inside batch): an object of two texts.
    for (const type of ['createPoll', 'updatePoll', 'restorePoll']) {
      const schema = apply.slice(apply.indexOf(`"const":"${type}"`));
      expect(schema.slice(0, schema.indexOf('"required":["type"'))).toContain('"scaleEnds":{"type":"object","properties":{"low":{"type":"string"},"high":{"type":"string"}}}');
    }
  });

  it('a workshop file written before polls had ends opens with the usual ones', async () => {
    const stored = await open();
    const older = { ...stored, polls: stored.polls.map(({ scaleEnds: _ends, ...p }) => p) };
    const root = await mkdtemp(path.join(os.tmpdir(), 'masterplan-poll-ends-'));
    const dataDir = path.join(root, 'data');
    await mkdir(path.join(dataDir, 'workshops'), { recursive: true });
    await writeFile(path.join(dataDir, 'workshops', `${workshopId}.json`), JSON.stringify(older));
    const services = await createServices({ dataDir, mode: 'web', seedDemo: false });
    const server = await startServer({ services, port: 0, staticDir: fx.staticDir, logError: () => undefined });
    try {
      const opened = await ok<{ workshop: Workshop }>(server, 'workshop.open', { workshopId });
      expect(opened.workshop.polls.map((p) => [p.id, p.scaleEnds])).toEqual([
        ['biaya', { low: '', high: '' }],
        ['dampak', { low: '', high: '' }],
      ]);
      expect(opened.workshop.polls[0]?.ballots).toHaveLength(1);
    } finally {
      await server.close();
      await services.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
