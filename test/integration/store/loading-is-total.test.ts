import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services/index';
import { createWorkshop, namesIn, programCommand, refusal, removeTempFolders, snapshotFile, startServices, tempDataDir, workshopsDir } from './fixture';

afterEach(removeTempFolders);

/*
 * One workshop's files, however pathological, never take the others down: loading is total.
 * Each case spoils one of two workshops, restarts, and checks that the list answers, the spoiled
 * one is reported damaged (or read-only, for a newer app's entries) and the other opens.
 */

const logFile = (dataDir: string, id: string): string => path.join(workshopsDir(dataDir), `${id}.log`);

/** Two workshops, each with two programs in its log; the first is the one a case spoils. */
const twoWorkshops = async (dataDir: string): Promise<{ spoiled: string; healthy: string }> => {
  const services = await startServices(dataDir);
  const ids: string[] = [];
  for (const title of ['Bimtek Kabupaten Rusak', 'Bimtek Kota Sehat']) {
    const { id } = await createWorkshop(services, title);
    const { workshop } = await services.handlers['workshop.open']({ workshopId: id });
    for (const n of [1, 2]) await services.handlers['workshop.apply']({ workshopId: id, baseRevision: n - 1, command: programCommand(workshop, n) });
    ids.push(id);
  }
  await services.close();
  return { spoiled: ids[0]!, healthy: ids[1]! };
};

/** A JSON value nested `depth` levels deep, as rich text. */
const deepDoc = (depth: number): string => `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(depth)}${']}'.repeat(depth)}]}`;

const expectOthersFine = async (services: Services, healthy: string): Promise<void> => {
  const { workshops } = await services.handlers['workshops.list']({});
  expect(workshops.map((w) => w.id)).toContain(healthy);
  const opened = await services.handlers['workshop.open']({ workshopId: healthy });
  expect(opened.workshop.programs).toHaveLength(2);
  await services.handlers['workshop.apply']({ workshopId: healthy, baseRevision: 2, command: { type: 'renameWorkshop', title: 'Masih bisa diubah' } });
};

const expectDamaged = async (services: Services, spoiled: string): Promise<void> => {
  const listed = await services.handlers['workshops.list']({});
  expect(listed.workshops.map((w) => w.id)).not.toContain(spoiled);
  expect(listed.damaged).toEqual([expect.objectContaining({ workshopId: spoiled, reason: expect.any(String) })]);
  expect((await refusal(services.handlers['workshop.open']({ workshopId: spoiled }))).code).toBe('damaged');
};

describe('loading one workshop is total', () => {
  it('a snapshot nested too deep for validation (RangeError) is damaged, the other workshop lists and opens', async () => {
    const dataDir = await tempDataDir();
    const { spoiled, healthy } = await twoWorkshops(dataDir);
    const stored = JSON.parse(await readFile(snapshotFile(dataDir, spoiled), 'utf8')) as { sections: unknown[] };
    const text = JSON.stringify({ ...stored, sections: [{ id: 'bagian-dalam', outlineKey: 'bab1', title: 'Bagian dalam', content: '@@DEEP@@' }] });
    await writeFile(snapshotFile(dataDir, spoiled), text.replace('"@@DEEP@@"', deepDoc(60_000)));

    const services = await startServices(dataDir);
    await expectDamaged(services, spoiled);
    await expectOthersFine(services, healthy);
    // Recovery is offered as for any damaged file: the .bak is the workshop before its last write.
    expect((await services.handlers['workshops.list']({})).damaged[0]!.backupAvailable).toBe(true);
    await services.close();
  });

  it('JSON nested deeper than anything the app writes is damaged', async () => {
    const dataDir = await tempDataDir();
    const { spoiled, healthy } = await twoWorkshops(dataDir);
    await writeFile(snapshotFile(dataDir, spoiled), `${'['.repeat(300_000)}${']'.repeat(300_000)}`);

    const services = await startServices(dataDir);
    await expectDamaged(services, spoiled);
    await expectOthersFine(services, healthy);
    await services.close();
  });

  it('a folder where the snapshot should be (EISDIR) is damaged, moved aside, and can be restored from .bak', async () => {
    const dataDir = await tempDataDir();
    const { spoiled, healthy } = await twoWorkshops(dataDir);
    await rm(snapshotFile(dataDir, spoiled));
    await mkdir(snapshotFile(dataDir, spoiled));

    const services = await startServices(dataDir);
    await expectDamaged(services, spoiled);
    await expectOthersFine(services, healthy);
    const restored = await services.handlers['workshops.restoreBackup']({ workshopId: spoiled });
    expect(restored).toMatchObject({ id: spoiled, status: 'ok', programCount: 2 });
    await services.close();
  });

  it('a folder where the log should be (EISDIR) makes that workshop damaged, not the list', async () => {
    const dataDir = await tempDataDir();
    const { spoiled, healthy } = await twoWorkshops(dataDir);
    await rm(logFile(dataDir, spoiled));
    await mkdir(logFile(dataDir, spoiled));

    const services = await startServices(dataDir);
    await expectDamaged(services, spoiled);
    await expectOthersFine(services, healthy);
    await services.close();
  });

  it('a whole log line whose entry cannot be applied is set aside and the workshop opens with the rest', async () => {
    const dataDir = await tempDataDir();
    const { spoiled, healthy } = await twoWorkshops(dataDir);
    // A restore of a snapshot that is not in the history folder: valid, checksummed, and not replayable.
    const entry = JSON.stringify({
      seq: 3,
      revision: 3,
      at: '2026-05-01T08:00:00.000Z',
      actor: { name: 'Fasilitator', opdId: null },
      kind: 'do',
      command: { type: 'restoreSnapshot', snapshotId: '20260501T080000000Z_r1_interval' },
      inverse: { type: 'restoreSnapshot', snapshotId: '20260501T080000000Z_r2_before-restore-snapshot' },
    });
    const line = `{"sum":"${createHash('sha1').update(entry).digest('hex')}","entry":${entry}}\n`;
    await appendFile(logFile(dataDir, spoiled), line);

    const services = await startServices(dataDir);
    const opened = await services.handlers['workshop.open']({ workshopId: spoiled });
    expect(opened.workshop).toMatchObject({ revision: 2 });
    expect(opened.workshop.programs).toHaveLength(2);
    expect(opened.notices.map((n) => n.kind)).toEqual(['moved-aside']);
    const aside = (await namesIn(workshopsDir(dataDir))).find((name) => name.startsWith(`${spoiled}.log.unreplayed-`));
    expect(await readFile(path.join(workshopsDir(dataDir), aside!), 'utf8')).toBe(line);
    await expectOthersFine(services, healthy);
    await services.close();
  });
});

describe('a log entry written by a newer app version', () => {
  const newerLine = (entry: Record<string, unknown>, version?: number): string => {
    const json = JSON.stringify(entry);
    return `{"sum":"${createHash('sha1').update(json).digest('hex')}",${version ? `"v":${version},` : ''}"entry":${json}}\n`;
  };
  const base = { seq: 3, revision: 3, at: '2026-05-01T08:00:00.000Z', actor: { name: 'Fasilitator', opdId: null }, kind: 'do' };

  for (const [what, line] of [
    ['a line of a newer format version', newerLine({ ...base, command: { type: 'renameWorkshop', title: 'Dari versi baru' }, inverse: { type: 'renameWorkshop', title: 'Lama' } }, 99)],
    ['a command type this version does not know', newerLine({ ...base, command: { type: 'castBallot', ballotId: 'b1', choice: 2 }, inverse: { type: 'retractBallot', ballotId: 'b1' } })],
  ] as const) {
    it(`(${what}) opens the workshop read-only with a notice, and nothing is cut or rewritten`, async () => {
      const dataDir = await tempDataDir();
      const { spoiled: id, healthy } = await twoWorkshops(dataDir);
      await appendFile(logFile(dataDir, id), line);
      const before = { names: await namesIn(workshopsDir(dataDir)), log: await readFile(logFile(dataDir, id)), snapshot: await readFile(snapshotFile(dataDir, id)) };

      const services = await startServices(dataDir, { autosave: { debounceMs: 0, maxWaitMs: 0 } });
      const listed = await services.handlers['workshops.list']({});
      expect(listed.damaged).toEqual([]);
      expect(listed.workshops).toContainEqual(expect.objectContaining({ id, status: 'read-only', programCount: 2 }));
      const opened = await services.handlers['workshop.open']({ workshopId: id });
      expect(opened).toMatchObject({ readOnly: true, workshop: { revision: 2 } });
      expect(opened.notices.map((n) => n.kind)).toEqual(['read-only-newer-version']);
      expect((await refusal(services.handlers['workshop.apply']({ workshopId: id, baseRevision: 2, command: { type: 'renameWorkshop', title: 'Ubah' } }))).code).toBe('read_only');
      await expectOthersFine(services, healthy);
      await services.close();

      expect((await namesIn(workshopsDir(dataDir))).filter((n) => n.startsWith(id))).toEqual(before.names.filter((n) => n.startsWith(id)));
      expect((await readFile(logFile(dataDir, id))).equals(before.log)).toBe(true);
      expect((await readFile(snapshotFile(dataDir, id))).equals(before.snapshot)).toBe(true);
    });
  }
});
