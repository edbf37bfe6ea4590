import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageChecksum } from '../../../electron/services/handoff/seal';
import type { Opd, WorkshopSummary } from '../../../shared/model';
import { hostileStep, nestedNode, type Json, type Step } from './hostile-input';
import { hashFiles, must, post, startServerProcess, type Answer, type ServerProcess } from './server-process';

/*
 * Property-based: whatever a client sends through the contract, a refused request changes no file,
 * nothing answers 500, and after a restart (a fresh process, with a fresh stack) every workshop still
 * lists and opens. Deterministic seed; fast-check shrinks a failure to the smallest breaking step.
 */

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const SEED = 20_251_010;
const RUNS = 40;

let dataDir: string;
let server: ServerProcess;
let workshopId: string;
let opd: Opd;
let outgoing: Record<string, unknown>;
/** Workshops written by accepted steps, flushed before the next fingerprint. */
const touched = new Set<string>();
const statuses: number[] = [];
let counter = 0;

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
});
