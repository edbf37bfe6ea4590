import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDataDir, legacyBrowserDataDir, type DataDirEnvironment } from '../../../electron/services/data-dir';
import { LegacyDataImport } from '../../../electron/services/data-migration';
import { createServices, type Services } from '../../../electron/services/index';
import { applyAll, fingerprint, NO_AUTOSAVE, open, prepareRoom, removeTempDirs, tempDir } from '../handoff/fixture';

/*
 * One data folder (issue 15), on a temp home folder: browser mode's old folder
 * (~/.local/share/masterplan-smart-city) holds workshops; the app now starts on the desktop's folder
 * (~/.config/Masterplan Smart City), offers them, copies them (never moves), and a cancel or a
 * failure midway loses nothing.
 */

const running: Services[] = [];
afterEach(async () => {
  for (const services of running.splice(0)) await services.close();
  await removeTempDirs();
});

const start = async (dataDir: string, legacyDataDir: string | null = null): Promise<Services> => {
  const services = await createServices({ dataDir, mode: 'web', seedDemo: true, autosave: NO_AUTOSAVE, logError: () => undefined, legacyDataDir });
  running.push(services);
  return services;
};

const stop = async (services: Services): Promise<void> => {
  running.splice(running.indexOf(services), 1);
  await services.close();
};

interface Home {
  legacy: string;
  target: string;
  /** Workshops made in browser mode's old folder: two plain ones (edited: their edits are in the live log) and an OPD head's copy. */
  ids: { a: string; b: string; copy: string };
  revisions: Record<string, number>;
}

/** A temp home where browser mode was used before the change. */
const homeWithOldBrowserData = async (): Promise<Home> => {
  const environment: DataDirEnvironment = { platform: 'linux', env: {}, homedir: await tempDir('home') };
  const legacy = legacyBrowserDataDir(environment);
  const target = defaultDataDir(environment);
  const old = await start(legacy);
  const room = await prepareRoom(old, 'Bimtek Kota Sukamaju');
  const b = (await old.handlers['workshops.create']({ title: 'Masterplan Kabupaten Maju', regionName: 'Maju', regionKind: 'kabupaten' })).id;
  await applyAll(old, b, [{ type: 'renameWorkshop', title: 'Masterplan Kabupaten Maju 2026' }]);
  const exported = await old.handlers['handoff.export']({ workshopId: room.workshopId, opdId: room.opdA.id });
  const copy = (await old.handlers['handoff.openPackage']({ package: exported.text })).workshop.id;
  const revisions: Record<string, number> = {};
  for (const id of [room.workshopId, b, copy]) revisions[id] = (await open(old, id)).revision;
  await stop(old);
  return { legacy, target, ids: { a: room.workshopId, b, copy }, revisions };
};

const workshopIds = async (services: Services): Promise<string[]> => (await services.handlers['workshops.list']({})).workshops.map((w) => w.id);

describe('one data folder for browser mode and the desktop', () => {
  it('offers the old folder’s workshops (not its untouched demo), copies them with their edits, history and OPD-copy record, and keeps the originals', async () => {
    const home = await homeWithOldBrowserData();
    const before = await fingerprint(home.legacy);
    const app = await start(home.target, home.legacy);

    const { offer } = await app.handlers['dataImport.offer']({});
    expect(offer?.from).toBe(home.legacy);
    expect(offer?.workshops.map((w) => w.id).sort()).toEqual(Object.values(home.ids).sort());
    expect(offer?.workshops.find((w) => w.id === home.ids.b)?.title).toBe('Masterplan Kabupaten Maju 2026');

    const result = await app.handlers['dataImport.run']({});
    expect(result).toEqual({ imported: expect.arrayContaining(Object.values(home.ids)), skipped: [], cancelled: false });
    const listed = await workshopIds(app);
    for (const id of Object.values(home.ids)) expect(listed).toContain(id);
    for (const [id, revision] of Object.entries(home.revisions)) expect((await open(app, id)).revision).toBe(revision);
    expect((await open(app, home.ids.b)).title).toBe('Masterplan Kabupaten Maju 2026');
    // The copy is still an OPD head's copy, with its restrictions.
    expect((await app.handlers['handoff.localCopy']({ workshopId: home.ids.copy })).copy).not.toBeNull();
    // Every history snapshot and archived log of the old folder came along.
    const copied = await fingerprint(home.target);
    const old = Object.entries(before).filter(([name]) => /^(history\/|workshops\/.*\.log\.d\/|handoff\/)/.test(name));
    expect(old.length).toBeGreaterThan(0);
    const content = (print: string | undefined) => (print === 'dir' ? 'dir' : print?.split(' ')[2]);
    for (const [name, print] of old) expect(content(copied[name]), name).toBe(content(print));

    expect(await fingerprint(home.legacy)).toEqual(before);
    expect((await app.handlers['dataImport.offer']({})).offer).toBeNull();
    await stop(app);
    const again = await start(home.target, home.legacy);
    expect((await again.handlers['dataImport.offer']({})).offer).toBeNull();
  });

  it('a cancel midway keeps what was copied, starts nothing else, leaves no staging files and offers the rest again', async () => {
    const home = await homeWithOldBrowserData();
    const before = await fingerprint(home.legacy);
    await start(home.target);
    const importer = new LegacyDataImport(home.target, home.legacy);
    const controller = new AbortController();

    const result = await importer.run({ signal: controller.signal, hooks: { afterWorkshop: () => controller.abort() } });
    expect(result.cancelled).toBe(true);
    expect(result.imported).toHaveLength(1);
    expect((await readdir(home.target)).filter((name) => name.startsWith('.import-'))).toEqual([]);
    expect(await fingerprint(home.legacy)).toEqual(before);

    const rest = await importer.offer();
    expect(rest?.workshops.map((w) => w.id).sort()).toEqual(Object.values(home.ids).filter((id) => id !== result.imported[0]).sort());
    const finished = await importer.run();
    expect(finished.imported).toHaveLength(2);
  });

  it('a failure while a workshop is being copied leaves that workshop absent (no partial files) and the earlier ones complete', async () => {
    const home = await homeWithOldBrowserData();
    const before = await fingerprint(home.legacy);
    const app = await start(home.target);
    const untouched = await fingerprint(home.target);
    const importer = new LegacyDataImport(home.target, home.legacy);
    let staged = 0;

    await expect(importer.run({ hooks: { beforePlace: () => {
      staged += 1;
      if (staged === 2) throw new Error('disk full');
    } } })).rejects.toThrow('disk full');
    const now = await fingerprint(home.target);
    const added = Object.keys(now).filter((name) => !(name in untouched) && !name.endsWith('/'));
    const ids = new Set(added.map((name) => /([A-Za-z0-9_-]{6,64})(\.json|\.log|\/|$)/.exec(name.replace(/^(workshops|history|handoff\/copies)\//, ''))?.[1]));
    expect(ids.size).toBe(1);
    const [imported] = [...ids];
    expect(await workshopIds(app)).toContain(imported);
    expect((await readdir(home.target)).filter((name) => name.startsWith('.import-'))).toEqual([]);
    expect(await fingerprint(home.legacy)).toEqual(before);
    // Not decided: the offer stays for the workshops not copied.
    expect((await importer.offer())?.workshops).toHaveLength(2);
  });

  it('"Jangan impor" records the decision and changes nothing in either folder’s workshops', async () => {
    const home = await homeWithOldBrowserData();
    const before = await fingerprint(home.legacy);
    const app = await start(home.target, home.legacy);
    const listed = await workshopIds(app);
    await app.handlers['dataImport.dismiss']({});
    expect((await app.handlers['dataImport.offer']({})).offer).toBeNull();
    expect(await workshopIds(app)).toEqual(listed);
    expect(await fingerprint(home.legacy)).toEqual(before);
  });

  it('offers nothing when there is no old folder, or when --data points at the old folder itself', async () => {
    const home = await tempDir('home');
    const environment: DataDirEnvironment = { platform: 'linux', env: {}, homedir: home };
    expect(await new LegacyDataImport(defaultDataDir(environment), legacyBrowserDataDir(environment)).offer()).toBeNull();
    expect(await new LegacyDataImport(legacyBrowserDataDir(environment), legacyBrowserDataDir(environment)).offer()).toBeNull();
  });
});
