import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkshopSchema } from '../../../shared/model';
import { createWorkshop, namesIn, removeTempFolders, startServices, tempDataDir } from './fixture';

/*
 * Kill -9 at random moments: a child process edits a workshop in a loop and prints each
 * acknowledged revision; it is SIGKILLed, and the workshop must then load, validate, and hold
 * at least every acknowledged edit (and at most the one edit in flight).
 */

const KILLS_PER_LANE = 110;
const LANES = 2;
const here = path.dirname(fileURLToPath(import.meta.url));

let childBundle = '';
let dataDir = '';

beforeAll(async () => {
  // One bundle for all the children: starting plain Node is several times quicker than a TypeScript loader.
  const outDir = path.join(await tempDataDir(), 'bundle');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: path.resolve(here, '../../..'),
    build: {
      ssr: path.join(here, 'crash-child.ts'),
      outDir,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'crash-child.mjs' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  childBundle = path.join(outDir, 'crash-child.mjs');
  dataDir = await tempDataDir();
});

afterAll(removeTempFolders);

const randomInt = (max: number): number => Math.floor(Math.random() * (max + 1));

interface ChildRun {
  ready: number | null;
  lastAck: number | null;
  acks: number;
  stderr: string;
}

/** Runs one child and kills it at a random moment: sometimes while it is still opening the workshop, mostly mid-edit. */
const runAndKill = (workshopId: string): Promise<ChildRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childBundle, dataDir, workshopId], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: ChildRun = { ready: null, lastAck: null, acks: 0, stderr: '' };
    let pending = '';
    const kill = (): void => {
      child.kill('SIGKILL');
    };
    const earlyKill = Math.random() < 0.2 ? setTimeout(kill, randomInt(120)) : null;
    let killAfterAcks = randomInt(25);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'ready') {
          run.ready = Number(value);
          if (!earlyKill && killAfterAcks === 0) setTimeout(kill, randomInt(15));
        }
        if (word === 'ack') {
          run.lastAck = Number(value);
          run.acks += 1;
          killAfterAcks -= 1;
          if (!earlyKill && killAfterAcks === 0) setTimeout(kill, randomInt(15));
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      run.stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (earlyKill) clearTimeout(earlyKill);
      if (signal !== 'SIGKILL') reject(new Error(`the child stopped by itself (${String(signal)}): ${run.stderr}`));
      else resolve(run);
    });
  });

/** Opens the workshop in fresh services (as the next launch would) and returns its revision. */
const verify = async (workshopId: string, known: number): Promise<number> => {
  const services = await startServices(dataDir);
  try {
    const opened = await services.handlers['workshop.open']({ workshopId });
    expect(WorkshopSchema.safeParse(opened.workshop).success).toBe(true);
    expect(opened.notices.filter((n) => n.kind !== 'log-tail-ignored')).toEqual([]);
    expect(opened.workshop.revision).toBeGreaterThanOrEqual(known);
    expect(opened.workshop.revision).toBeLessThanOrEqual(known + 1);
    // The audit trail (live log, then archived segments) holds every revision once, up to the one opened.
    const { entries } = await services.handlers['workshop.log']({ workshopId, limit: 300 });
    const revisions = entries.map((e) => e.revision);
    const newest = opened.workshop.revision;
    expect(revisions).toEqual(Array.from({ length: Math.min(300, newest) }, (_, i) => newest - Math.min(300, newest) + 1 + i));
    return opened.workshop.revision;
  } finally {
    await services.close();
  }
};

const lane = async (workshopId: string): Promise<{ kills: number; acks: number }> => {
  let floor = 0;
  let acks = 0;
  for (let kill = 0; kill < KILLS_PER_LANE; kill += 1) {
    const run = await runAndKill(workshopId);
    if (run.ready !== null) expect(run.ready).toBeGreaterThanOrEqual(floor);
    acks += run.acks;
    floor = await verify(workshopId, run.lastAck ?? run.ready ?? floor);
  }
  return { kills: KILLS_PER_LANE, acks };
};

describe('a workshop under kill -9', () => {
  it(`keeps every acknowledged edit through ${KILLS_PER_LANE * LANES} kills at random moments`, async () => {
    const setup = await startServices(dataDir);
    const ids: string[] = [];
    for (let n = 0; n < LANES; n += 1) ids.push((await createWorkshop(setup, `Lokakarya uji tabrakan ${n + 1}`)).id);
    await setup.close();

    const results = await Promise.all(ids.map((id) => lane(id)));
    expect(results.reduce((sum, r) => sum + r.kills, 0)).toBeGreaterThanOrEqual(200);
    // The kills did land between edits: most runs acknowledged something.
    expect(results.reduce((sum, r) => sum + r.acks, 0)).toBeGreaterThan(200);

    const services = await startServices(dataDir);
    const { workshops, damaged } = await services.handlers['workshops.list']({});
    expect(damaged).toEqual([]);
    expect(workshops.map((w) => w.id).sort()).toEqual([...ids].sort());
    await services.close();
    expect((await namesIn(path.join(dataDir, 'workshops'))).filter((name) => name.includes('.damaged-'))).toEqual([]);
    // The kills also landed around checkpoints: every workshop's log was rolled into archived segments.
    for (const id of ids) expect((await namesIn(path.join(dataDir, 'workshops', `${id}.log.d`))).length).toBeGreaterThan(0);
    // About a minute on two cores; generous headroom for a busy machine.
  }, 300_000);
});
