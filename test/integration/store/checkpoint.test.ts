import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands';
import { createWorkshop, removeTempFolders, startServices, tempDataDir, workshopsDir } from './fixture';

/*
 * A long day of drafting BAB I: the live log is rolled at each durable snapshot once it is large,
 * older entries move to archived segments, and a restart still opens quickly, undoes across the
 * checkpoint and shows the whole audit trail.
 */

afterAll(removeTempFolders);

const ROLLING = { debounceMs: 3_600_000, maxWaitMs: 3_600_000, rollLogBytes: 4_000 } as const;

const paragraph = (n: number) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraf ${n}: Kabupaten memperkuat layanan publik berbasis data di seluruh kecamatan.` }] });

/** The section after `count` typed paragraphs. */
const draft = (count: number): Command => ({
  type: 'upsertSection',
  item: { id: 'bab1-latar', outlineKey: 'bab1-latar-belakang', title: 'Latar Belakang', content: { type: 'doc', content: Array.from({ length: count }, (_, i) => paragraph(i + 1)) }, ownerOpdId: null, status: 'draft' },
});

describe('the checkpoint', () => {
  it('rolls the live log into archived segments, and a restart still undoes across it and lists every entry', async () => {
    const dataDir = await tempDataDir();
    const first = await startServices(dataDir, { autosave: ROLLING });
    const { id } = await createWorkshop(first);
    let revision = 0;
    for (let n = 1; n <= 40; n += 1) {
      ({ revision } = await first.handlers['workshop.apply']({ workshopId: id, baseRevision: revision, command: draft(n) }));
      if (n % 10 === 0) await first.handlers['workshop.flush']({ workshopId: id });
    }
    await first.close();

    const segments = await readdir(path.join(workshopsDir(dataDir), `${id}.log.d`));
    expect(segments.length).toBeGreaterThan(0);
    const live = await stat(path.join(workshopsDir(dataDir), `${id}.log`));
    expect(live.size).toBeLessThan(4_000);

    const second = await startServices(dataDir, { autosave: ROLLING });
    const opened = await second.handlers['workshop.open']({ workshopId: id });
    expect(opened.workshop.revision).toBe(40);
    expect(opened.canUndo).toBe(true);
    // Ctrl+Z twelve times: back past the checkpoint at revision 40 and the one at 30.
    for (let k = 0; k < 12; k += 1) {
      const undone = await second.handlers['workshop.undo']({ workshopId: id, baseRevision: revision });
      revision = undone.revision;
      const section = undone.applied.type === 'upsertSection' ? undone.applied.item : null;
      expect(section?.content.content).toHaveLength(39 - k);
    }
    const redone = await second.handlers['workshop.redo']({ workshopId: id, baseRevision: revision });
    expect(redone.applied.type === 'upsertSection' ? redone.applied.item.content.content : []).toHaveLength(29);

    const { entries } = await second.handlers['workshop.log']({ workshopId: id, limit: 1000 });
    expect(entries.map((e) => e.revision)).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
    expect(entries[4]?.command).toEqual(draft(5));
    await second.close();
  });

  it('opens from the .bak taken before a checkpoint with the archived edits replayed', async () => {
    const dataDir = await tempDataDir();
    const first = await startServices(dataDir, { autosave: ROLLING });
    const { id } = await createWorkshop(first);
    let revision = 0;
    for (let n = 1; n <= 30; n += 1) ({ revision } = await first.handlers['workshop.apply']({ workshopId: id, baseRevision: revision, command: draft(n) }));
    await first.handlers['workshop.flush']({ workshopId: id });
    for (let n = 31; n <= 33; n += 1) ({ revision } = await first.handlers['workshop.apply']({ workshopId: id, baseRevision: revision, command: draft(n) }));
    await first.close();
    // The snapshot at 33 is lost; the .bak holds revision 30 and the live log only what came after 30.
    const { rm, rename } = await import('node:fs/promises');
    await rm(path.join(workshopsDir(dataDir), `${id}.json`));
    await rename(path.join(workshopsDir(dataDir), `${id}.json.bak`), path.join(workshopsDir(dataDir), `${id}.json`));
    const second = await startServices(dataDir, { autosave: ROLLING });
    const opened = await second.handlers['workshop.open']({ workshopId: id });
    expect(opened.workshop.revision).toBe(33);
    expect(opened.workshop.sections.find((s) => s.id === 'bab1-latar')?.content.content).toHaveLength(33);
    await second.close();
  });
});
