import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPackage } from '../../../electron/services/handoff';
import type { ReturnPackage } from '../../../shared/handoff';
import { applyAll, fingerprint, open, prepareRoom, redraft, refusal, removeTempDirs, startServices, type Room, type Services } from './fixture';

/*
 * A package that is tampered with, cut short, meant for another workshop, or made by a newer
 * version of the app is refused with a clear Indonesian message, and nothing changes.
 */

let facilitator: Services;
let opdHead: Services;
let facilitatorDir: string;
let opdHeadDir: string;
let room: Room;
let outgoing: string;
let returned: string;

beforeAll(async () => {
  ({ services: facilitator, dataDir: facilitatorDir } = await startServices('fasilitator'));
  ({ services: opdHead, dataDir: opdHeadDir } = await startServices('kepala-opd'));
  room = await prepareRoom(facilitator);
  outgoing = (await facilitator.handlers['handoff.export']({ workshopId: room.workshopId, opdId: room.opdA.id })).text;
  const { workshop } = await opdHead.handlers['handoff.openPackage']({ package: outgoing });
  const copy = await open(opdHead, workshop.id);
  const mine = copy.sections.find((s) => s.id === room.sectionA);
  if (!mine) throw new Error('no section');
  await applyAll(opdHead, copy.id, [{ type: 'upsertSection', item: redraft(mine, 'Draf kepala OPD.') }]);
  returned = (await opdHead.handlers['handoff.exportReturn']({ workshopId: copy.id, authorName: 'Rina Kusuma' })).text;
  await facilitator.flushAll();
  await opdHead.flushAll();
});

afterAll(async () => {
  await facilitator.close();
  await opdHead.close();
  await removeTempDirs();
});

/** A return package with one member changed and a freshly computed checksum (a well-formed package that still must be refused). */
const resealed = (change: (pkg: Record<string, unknown>) => Record<string, unknown>): string => {
  const { checksum: _checksum, ...rest } = JSON.parse(returned) as Record<string, unknown>;
  return sealPackage(change(rest) as unknown as Omit<ReturnPackage, 'checksum'>).text;
};

const tampered = (): string => returned.replace('Draf kepala OPD.', 'Draf yang diubah diam-diam.');
const truncated = (): string => returned.slice(0, Math.floor(returned.length / 2));
const newerVersion = (): string => resealed((pkg) => ({ ...pkg, version: 2 }));
const foreignWorkshop = (): string => resealed((pkg) => ({ ...pkg, workshopId: 'lokakarya-lain' }));
const notAPackage = (): string => JSON.stringify({ judul: 'Notulen rapat', isi: [] });
const withoutChecksum = (): string => {
  const { checksum: _checksum, ...rest } = JSON.parse(returned) as Record<string, unknown>;
  return JSON.stringify(rest);
};

const BAD_PACKAGES: [string, () => string, RegExp][] = [
  ['that was tampered with (checksum no longer matches)', tampered, /checksum tidak cocok/],
  ['that was cut short', truncated, /rusak atau terpotong/],
  ['made by a newer version of the app', newerVersion, /versi aplikasi yang lebih baru/],
  ['from another workshop', foreignWorkshop, /milik lokakarya lain/],
  ['that is not a package at all', notAPackage, /bukan paket serah-terima/],
  ['without a checksum', withoutChecksum, /tidak memiliki checksum/],
  ['that is empty', () => '', /terpotong/],
];

describe('the facilitator is handed a bad return package', () => {
  it.each(BAD_PACKAGES)('a package %s is refused in preview and merge, and nothing changes', async (_label, make, message) => {
    const bad = make();
    const filesBefore = await fingerprint(facilitatorDir);
    const revisionBefore = (await open(facilitator, room.workshopId)).revision;

    const previewed = await refusal(facilitator.handlers['handoff.preview']({ workshopId: room.workshopId, package: bad }));
    expect(previewed.code).toBe('invalid_input');
    expect(previewed.message).toMatch(message);
    const merged = await refusal(facilitator.handlers['handoff.merge']({ workshopId: room.workshopId, package: bad, resolutions: {} }));
    expect(merged.message).toMatch(message);

    expect((await open(facilitator, room.workshopId)).revision).toBe(revisionBefore);
    expect(await fingerprint(facilitatorDir)).toEqual(filesBefore);
  });

  it('a package for an OPD (not a return) is not merged', async () => {
    const refused = await refusal(facilitator.handlers['handoff.preview']({ workshopId: room.workshopId, package: outgoing }));
    expect(refused.message).toMatch(/bukan paket kembalian/);
  });

  it('the good package still previews after all of that', async () => {
    const preview = await facilitator.handlers['handoff.preview']({ workshopId: room.workshopId, package: returned });
    expect(preview.counts.clean).toBe(1);
  });
});

describe('the OPD head is handed a bad package', () => {
  const OUTGOING_BAD: [string, () => string, RegExp][] = [
    ['tampered', () => outgoing.replace('Draf awal layanan publik.', 'Draf palsu.'), /checksum tidak cocok/],
    ['truncated', () => outgoing.slice(0, outgoing.length - 10), /rusak atau terpotong/],
    ['return', () => returned, /paket kembalian dari OPD/],
  ];

  it.each(OUTGOING_BAD)('opening a %s package creates no workshop', async (_label, make, message) => {
    const before = await opdHead.handlers['workshops.list']({});
    const filesBefore = await fingerprint(opdHeadDir);
    const refused = await refusal(opdHead.handlers['handoff.openPackage']({ package: make() }));
    expect(refused.message).toMatch(message);
    expect((await opdHead.handlers['workshops.list']({})).workshops).toEqual(before.workshops);
    expect(await fingerprint(opdHeadDir)).toEqual(filesBefore);
  });
});

describe('a package that claims more than its OPD may change', () => {
  it('an edit of another OPD’s section, even with a valid checksum, is listed as refused and never merged', async () => {
    const w = await open(facilitator, room.workshopId);
    const theirs = w.sections.find((s) => s.id === room.sectionB);
    if (!theirs) throw new Error('no section');
    const stolen = resealed((pkg) => {
      const payload = pkg.payload as ReturnPackage['payload'];
      return { ...pkg, payload: { ...payload, sections: [{ id: theirs.id, item: { ...theirs, content: redraft(theirs, 'Diambil alih.').content }, base: theirs, baseRevision: 0 }] } };
    });
    const stolenPreview = await facilitator.handlers['handoff.preview']({ workshopId: room.workshopId, package: stolen });
    expect(stolenPreview.changes[0]).toMatchObject({ status: 'refused', problem: expect.stringMatching(/bukan milik OPD pengirim/) });
    const merged = await facilitator.handlers['handoff.merge']({ workshopId: room.workshopId, package: stolen, resolutions: {} });
    expect(merged.applied).toBe(0);
    expect((await open(facilitator, room.workshopId)).sections.find((s) => s.id === room.sectionB)).toEqual(theirs);
  });
});
