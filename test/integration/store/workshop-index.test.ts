import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkshop, removeTempFolders, startServices, tempDataDir, workshopsDir } from './fixture';

/*
 * The home screen lists workshops from a small summary kept beside each one; it falls back to
 * loading the workshop when that summary is stale or broken, and never breaks the list.
 */

afterAll(removeTempFolders);

describe('the workshops index', () => {
  it('lists from the summary written on close, and reloads a workshop whose files changed since', async () => {
    const dataDir = await tempDataDir();
    const first = await startServices(dataDir);
    const { id } = await createWorkshop(first, 'Bimtek Kota Contoh');
    await first.handlers['workshop.apply']({ workshopId: id, baseRevision: 0, command: { type: 'renameWorkshop', title: 'Bimtek Kota Contoh 2026' } });
    await first.close();
    const summaryFile = path.join(workshopsDir(dataDir), `${id}.json.summary`);
    const stored = JSON.parse(await readFile(summaryFile, 'utf8')) as { summary: { title: string; revision: number } };
    expect(stored.summary).toMatchObject({ title: 'Bimtek Kota Contoh 2026', revision: 1 });

    // The summary says something else but its key still matches: the list shows what it says (it did not load the workshop).
    await writeFile(summaryFile, JSON.stringify({ ...stored, summary: { ...stored.summary, title: 'Dari indeks' } }));
    const second = await startServices(dataDir);
    expect((await second.handlers['workshops.list']({})).workshops.map((w) => w.title)).toEqual(['Dari indeks']);
    await second.close();

    // An edit changes the log: the summary is stale and the workshop is loaded.
    const third = await startServices(dataDir);
    await third.handlers['workshop.apply']({ workshopId: id, baseRevision: 1, command: { type: 'renameWorkshop', title: 'Judul Terbaru' } });
    await third.close();
    await writeFile(summaryFile, JSON.stringify({ key: 'lama', summary: { ...stored.summary, title: 'Basi' } }));
    const fourth = await startServices(dataDir);
    expect((await fourth.handlers['workshops.list']({})).workshops.map((w) => [w.title, w.revision])).toEqual([['Judul Terbaru', 2]]);
    await fourth.close();
  });

  it('never breaks on a broken summary', async () => {
    const dataDir = await tempDataDir();
    const first = await startServices(dataDir);
    const { id } = await createWorkshop(first, 'Bimtek Kabupaten Contoh');
    await first.close();
    await writeFile(path.join(workshopsDir(dataDir), `${id}.json.summary`), '{"key": tidak lengkap');
    const second = await startServices(dataDir);
    const { workshops, damaged } = await second.handlers['workshops.list']({});
    expect(workshops.map((w) => w.title)).toEqual(['Bimtek Kabupaten Contoh']);
    expect(damaged).toEqual([]);
    await second.close();
  });
});
