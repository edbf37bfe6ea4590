import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../shared/commands';
import type { Applied } from '../../../shared/contract';
import { parseLog } from '../../../electron/services/store/command-log';
import { logSyncing } from '../../../electron/services/store/durable-fs';
import { createWorkshop, programCommand, refusal, removeTempFolders, startServices, tempDataDir } from './fixture';

/*
 * Group commit (issue 12, the room's load): writes that queue up for one workshop while a log fsync
 * runs are applied in order, their lines appended, and made durable by one fsync; each is answered
 * only after it. Reads show the newest durable state without waiting for fsyncs in flight.
 * The log's fsync is counted and slowed through `logSyncing` (durable-fs.ts).
 */

const realSync = logSyncing.datasync;

afterEach(async () => {
  vi.restoreAllMocks();
  await removeTempFolders();
});

/** Counts the log's fsyncs; while `gate` is set, each fsync waits for it to open before running. */
const spyOnSync = () => {
  const spy = { calls: 0, gate: null as Promise<void> | null, fail: null as NodeJS.ErrnoException | null };
  vi.spyOn(logSyncing, 'datasync').mockImplementation(async (fd: number) => {
    spy.calls += 1;
    if (spy.gate) await spy.gate;
    if (spy.fail) {
      const error = spy.fail;
      spy.fail = null;
      throw error;
    }
    return realSync(fd);
  });
  return spy;
};

const opening = () => {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { gate, open };
};

const logEntries = async (dataDir: string, id: string) => parseLog(await readFile(path.join(dataDir, 'workshops', `${id}.log`))).entries;

/** Lets the queue run everything that is ready (the writes queued behind a running fsync). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Waits until `ready()` holds (the machine may be slow: nothing here depends on how long it takes). */
const until = async (ready: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !ready(); i += 1) await settle();
  if (!ready()) throw new Error('never ready');
};

/** Waits until the log file holds `count` whole lines (written, whether or not durable yet). */
const untilWritten = async (dataDir: string, id: string, count: number): Promise<void> => {
  for (let i = 0; i < 200; i += 1) {
    if ((await logEntries(dataDir, id).catch(() => [])).length >= count) return;
    await settle();
  }
  throw new Error(`the log never reached ${count} lines`);
};

describe('group commit', () => {
  it('writes queued behind a running fsync share one fsync, each acknowledged with its own revision, all in the log after a restart', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    const { workshop } = await services.handlers['workshop.open']({ workshopId: id });
    const spy = spyOnSync();

    // A first write whose fsync is held: the next twenty queue up behind it.
    const held = opening();
    spy.gate = held.gate;
    const first = services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Bimtek Ruang Penuh' } });
    await until(() => spy.calls === 1);
    const acks: number[] = [];
    const writes = Array.from({ length: 20 }, (_, i) =>
      services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: programCommand(workshop, i + 1) }).then((answer: Applied) => {
        acks.push(answer.revision);
        return answer;
      }),
    );
    await untilWritten(dataDir, id, 21);
    // All twenty are written and waiting; none is answered before its fsync.
    expect(acks).toEqual([]);
    spy.gate = null;
    held.open();
    const answers = await Promise.all([first, ...writes]);

    expect(spy.calls).toBe(2);
    expect(answers.map((a) => a.revision)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(new Set(acks).size).toBe(20);
    const entries = await logEntries(dataDir, id);
    expect(entries.map((e) => e.revision)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(entries.slice(1).map((e) => e.command.type)).toEqual(Array(20).fill('upsertProgram'));

    // Dropped without close (like a kill): a restart replays every acknowledged write.
    vi.restoreAllMocks();
    const restarted = await startServices(dataDir);
    const reopened = await restarted.handlers['workshop.open']({ workshopId: id });
    expect(reopened.workshop.revision).toBe(21);
    expect(reopened.workshop.title).toBe('Bimtek Ruang Penuh');
    expect(reopened.workshop.programs).toHaveLength(20);
    await restarted.close();
  });

  it('one write alone still gets its own fsync at once', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    const { workshop } = await services.handlers['workshop.open']({ workshopId: id });
    const spy = spyOnSync();
    let revision = 0;
    for (const n of [1, 2, 3]) ({ revision } = await services.handlers['workshop.apply']({ workshopId: id, baseRevision: revision, command: programCommand(workshop, n) }));
    expect(spy.calls).toBe(3);
    expect((await logEntries(dataDir, id)).map((e) => e.revision)).toEqual([1, 2, 3]);
    await services.close();
  });

  it('a write refused in the middle of a group leaves the others to land', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    const { workshop } = await services.handlers['workshop.open']({ workshopId: id });
    const spy = spyOnSync();
    const held = opening();
    spy.gate = held.gate;
    const first = services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: programCommand(workshop, 1) });
    await until(() => spy.calls === 1);
    const duplicate = programCommand(workshop, 1);
    const clash: Command = duplicate.type === 'upsertProgram' ? { ...duplicate, item: { ...duplicate.item, id: 'program-lain' } } : duplicate;
    const before = services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: programCommand(workshop, 2) });
    // Same code as program 1, applied (in memory, not yet durable) just before it in the queue: refused.
    const refused = refusal(services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: clash }));
    const after = services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: programCommand(workshop, 3) });
    await untilWritten(dataDir, id, 3);
    spy.gate = null;
    held.open();
    const [a, b, c] = await Promise.all([first, before, after]);
    expect((await refused).code).toBe('invalid_input');
    expect([a.revision, b.revision, c.revision]).toEqual([1, 2, 3]);
    expect(spy.calls).toBe(2);
    const opened = await services.handlers['workshop.open']({ workshopId: id });
    expect(opened.workshop.programs.map((p) => p.id)).toEqual(['program-1', 'program-2', 'program-3']);
    expect((await logEntries(dataDir, id)).map((e) => e.revision)).toEqual([1, 2, 3]);
    await services.close();
  });

  it('a failed fsync refuses every write it covered, shows none of them, and the workshop goes on from what is on disk', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    const { workshop } = await services.handlers['workshop.open']({ workshopId: id });
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: programCommand(workshop, 1) });
    const spy = spyOnSync();
    const held = opening();
    spy.gate = held.gate;
    spy.fail = Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
    const lost = [2, 3, 4].map((n) => refusal(services.handlers['workshop.apply']({ workshopId: id, baseRevision: 1, command: programCommand(workshop, n) })));
    await untilWritten(dataDir, id, 4);
    spy.gate = null;
    held.open();
    for (const refused of await Promise.all(lost)) expect(refused.code).toBe('internal');
    const opened = await services.handlers['workshop.open']({ workshopId: id });
    expect(opened.workshop.revision).toBe(1);
    expect(opened.workshop.programs.map((p) => p.id)).toEqual(['program-1']);
    // The next write lands on the workshop as stored.
    const next = await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 1, command: programCommand(workshop, 5) });
    expect(next.revision).toBe(2);
    vi.restoreAllMocks();
    const restarted = await startServices(dataDir);
    const reopened = await restarted.handlers['workshop.open']({ workshopId: id });
    expect(reopened.workshop.programs.map((p) => p.id)).toEqual(['program-1', 'program-5']);
    await restarted.close();
    await services.close().catch(() => undefined);
  });
});

describe('reads during a slow fsync', () => {
  it('open answers at once with the last durable revision, never the write still waiting for its fsync', async () => {
    const dataDir = await tempDataDir();
    const services = await startServices(dataDir);
    const { id } = await createWorkshop(services);
    const { workshop } = await services.handlers['workshop.open']({ workshopId: id });
    await services.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: programCommand(workshop, 1) });
    const spy = spyOnSync();
    const held = opening();
    spy.gate = held.gate;
    let acked = false;
    const pending = services.handlers['workshop.apply']({ workshopId: id, baseRevision: 1, command: programCommand(workshop, 2) }).then((answer) => {
      acked = true;
      return answer;
    });
    await until(() => spy.calls === 1);

    const started = performance.now();
    const during = await services.handlers['workshop.open']({ workshopId: id });
    expect(performance.now() - started).toBeLessThan(500);
    expect(acked).toBe(false);
    expect(during.workshop.revision).toBe(1);
    expect(during.workshop.programs.map((p) => p.id)).toEqual(['program-1']);

    held.open();
    expect((await pending).revision).toBe(2);
    const after = await services.handlers['workshop.open']({ workshopId: id });
    expect(after.workshop.revision).toBe(2);
    expect(after.workshop.programs.map((p) => p.id)).toEqual(['program-1', 'program-2']);
    await services.close();
  });
});
