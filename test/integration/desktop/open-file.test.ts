import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenFileQueue, dataDirFromArgv, openPackageFile, packagePathsFromArgv, type OpenFileDeps } from '../../../electron/main/open-file';
import { applyAll, fingerprint, open, prepareRoom, redraft, removeTempDirs, startServices, tempDir, type Services } from '../handoff/fixture';

/*
 * The file association: a double-clicked .paketopd reaches the desktop app as a path in argv (first
 * launch or `second-instance`) or as macOS `open-file`; electron/main/open-file.ts turns it into the
 * flow the home screen's buttons run, through the contract, on real services and real files.
 */

const running: Services[] = [];
afterEach(async () => {
  for (const services of running.splice(0)) await services.close();
  await removeTempDirs();
});

const start = async (label: string) => {
  const started = await startServices(label);
  running.push(started.services);
  return started;
};

const depsFor = (services: Services): OpenFileDeps => ({
  handlers: services.handlers,
  readFile: (file) => readFile(file, 'utf8'),
  fileSize: async (file) => (await stat(file)).size,
});

describe('which launch arguments are packages to open', () => {
  it('takes package files from a Windows launch, resolved against the working folder, and skips the exe, flags and the app folder', () => {
    const argv = ['C:\\Users\\rina\\AppData\\Local\\Programs\\Masterplan Smart City\\Masterplan Smart City.exe', '--allow-file-access-from-files', '.', 'paket-opd-dkis.paketopd', 'D:\\Unduhan\\KEMBALIAN.PAKETOPD', 'catatan.txt', 'D:\\Unduhan\\KEMBALIAN.PAKETOPD'];
    expect(packagePathsFromArgv(argv, 'C:\\Users\\rina\\Desktop', path.win32)).toEqual(['C:\\Users\\rina\\Desktop\\paket-opd-dkis.paketopd', 'D:\\Unduhan\\KEMBALIAN.PAKETOPD']);
  });

  it('reads --data for the desktop app as browser mode does (npm start -- --data DIR), the last one winning', () => {
    expect(dataDirFromArgv(['/usr/bin/electron', '.', '--data', 'data-bimtek'], '/home/rina/proyek', path.posix)).toBe('/home/rina/proyek/data-bimtek');
    expect(dataDirFromArgv(['app.exe', '--data=D:\\Bimtek', 'x.paketopd'], 'C:\\', path.win32)).toBe('D:\\Bimtek');
    expect(dataDirFromArgv(['app', '--data', '/a', '--data=/b'], '/', path.posix)).toBe('/b');
    expect(dataDirFromArgv(['app', '--data'], '/', path.posix)).toBeNull();
    expect(dataDirFromArgv(['app', 'paket.paketopd'], '/', path.posix)).toBeNull();
  });

  it('takes a .json only when named (Open with), never the app’s package.json', () => {
    expect(packagePathsFromArgv(['/usr/bin/electron', '/srv/app/package.json', 'lama/paket.json', '--data', '/tmp/data'], '/home/rina', path.posix)).toEqual(['/home/rina/lama/paket.json']);
    // The folder after --data is never a file to open, whatever its name.
    expect(packagePathsFromArgv(['app', '--data', 'arsip.json'], '/home/rina', path.posix)).toEqual([]);
  });
});

describe('opening a double-clicked package', () => {
  it('opens a package for an OPD as the OPD head’s copy, and the same copy when opened again', async () => {
    const facilitator = await start('fasilitator');
    const opdHead = await start('kepala-opd');
    const room = await prepareRoom(facilitator.services);
    const exported = await facilitator.services.handlers['handoff.export']({ workshopId: room.workshopId, opdId: room.opdA.id });
    const file = path.join(await tempDir('unduhan'), exported.fileName);
    await writeFile(file, exported.text);

    const first = await openPackageFile(file, depsFor(opdHead.services));
    expect(first).toMatchObject({ kind: 'open-workshop', message: null });
    if (first.kind !== 'open-workshop') throw new Error('not opened');
    const copy = await open(opdHead.services, first.workshopId);
    expect(copy.sections.map((s) => s.id).sort()).toEqual([room.sectionA, room.sectionA2].sort());

    const again = await openPackageFile(file, depsFor(opdHead.services));
    expect(again).toEqual(first);
    expect((await opdHead.services.handlers['workshops.list']({})).workshops.filter((w) => w.id === first.workshopId)).toHaveLength(1);
  });

  it('checks a package coming back from an OPD against the facilitator’s workshop and opens that workshop, merging nothing yet', async () => {
    const facilitator = await start('fasilitator');
    const opdHead = await start('kepala-opd');
    const room = await prepareRoom(facilitator.services);
    const exported = await facilitator.services.handlers['handoff.export']({ workshopId: room.workshopId, opdId: room.opdA.id });
    const copy = await opdHead.services.handlers['handoff.openPackage']({ package: exported.text });
    const local = await open(opdHead.services, copy.workshop.id);
    const mine = local.sections.find((s) => s.id === room.sectionA);
    if (!mine) throw new Error('section missing');
    await applyAll(opdHead.services, local.id, [{ type: 'upsertSection', item: redraft(mine, 'Draf baru dari OPD') }]);
    const returned = await opdHead.services.handlers['handoff.exportReturn']({ workshopId: local.id, authorName: 'Rina' });
    const file = path.join(await tempDir('unduhan'), returned.fileName);
    await writeFile(file, returned.text);
    const before = (await open(facilitator.services, room.workshopId)).revision;

    const outcome = await openPackageFile(file, depsFor(facilitator.services));
    expect(outcome).toMatchObject({ kind: 'open-workshop', workshopId: room.workshopId });
    expect(outcome.message).toContain('Tinjau paket dari OPD');
    expect((await open(facilitator.services, room.workshopId)).revision).toBe(before);
  });

  it('refuses a tampered, a foreign or a missing file with the plain message, and changes nothing', async () => {
    const facilitator = await start('fasilitator');
    const opdHead = await start('kepala-opd');
    const room = await prepareRoom(facilitator.services);
    const exported = await facilitator.services.handlers['handoff.export']({ workshopId: room.workshopId, opdId: room.opdA.id });
    const folder = await tempDir('unduhan');
    const tampered = path.join(folder, 'diubah.paketopd');
    await writeFile(tampered, exported.text.replace(room.opdA.name, `${room.opdA.name} X`));
    const notOurs = path.join(folder, 'lain.paketopd');
    await writeFile(notOurs, '{"hello":"world"}');
    const untouched = await fingerprint(opdHead.dataDir);

    const outcomes = await Promise.all([tampered, notOurs, path.join(folder, 'hilang.paketopd')].map((file) => openPackageFile(file, depsFor(opdHead.services))));
    expect(outcomes.map((o) => o.kind)).toEqual(['error', 'error', 'error']);
    expect(outcomes[0]?.message).toMatch(/^diubah\.paketopd: .*checksum/);
    expect(outcomes[1]?.message).toContain('bukan paket serah-terima');
    expect(outcomes[2]?.message).toContain('tidak dapat dibaca');
    expect(await fingerprint(opdHead.dataDir)).toEqual(untouched);
  });
});

describe('the queue of files to open', () => {
  it('holds files until the window is ready, then handles them one at a time in order', async () => {
    const handled: string[] = [];
    let inFlight = 0;
    const queue = createOpenFileQueue(async (file) => {
      inFlight += 1;
      expect(inFlight).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 5));
      handled.push(file);
      inFlight -= 1;
    });
    await queue.add(['a.paketopd']);
    expect(handled).toEqual([]);
    expect(queue.pending).toBe(1);
    void queue.add(['b.paketopd']);
    await queue.ready();
    await queue.add(['c.paketopd']);
    expect(handled).toEqual(['a.paketopd', 'b.paketopd', 'c.paketopd']);
  });

  it('keeps going after a file whose handling fails', async () => {
    const handled: string[] = [];
    const queue = createOpenFileQueue(async (file) => {
      if (file === 'rusak') throw new Error('boom');
      handled.push(file);
    });
    await queue.ready();
    await queue.add(['rusak', 'baik']);
    expect(handled).toEqual(['baik']);
  });
});
