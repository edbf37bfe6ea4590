import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model';
import { call, errorOf, ok, send, startHttpFixture, type HttpFixture } from './fixture';

/** Issue 14 over HTTP: every new region, OPD and participant field set through workshop.apply, read back, undone; bad values are 400 with a code. */

type Opened = { workshop: Workshop };
type Applied = { revision: number };

describe('region and OPD facts through the HTTP API', () => {
  let fx: HttpFixture;
  let workshopId: string;
  let revision: number;

  const apply = async (command: unknown): Promise<Applied> => {
    const applied = await ok<Applied>(fx.server, 'workshop.apply', { workshopId, baseRevision: revision, command });
    revision = applied.revision;
    return applied;
  };
  const open = async (): Promise<Workshop> => (await ok<Opened>(fx.server, 'workshop.open', { workshopId })).workshop;

  beforeAll(async () => {
    fx = await startHttpFixture();
    ({ id: workshopId } = await ok<{ id: string }>(fx.server, 'workshops.create', { title: 'Bimtek Kabupaten Malang', regionName: 'Kabupaten Malang', regionKind: 'kabupaten', startYear: 2026 }));
    revision = (await open()).revision;
  });
  afterAll(async () => fx.stop());

  it('sets every new region field, reads it back and undoes it', async () => {
    const before = await open();
    await apply({
      type: 'setRegionProfile',
      patch: {
        code: '35.07',
        capital: 'Kepanjen',
        motto: 'Satata Gama Karta Raharja',
        population: 2_654_448,
        populationYear: 2020,
        kecamatan: ['Kepanjen', 'Singosari', 'Lawang'],
        regionalHead: { title: 'Bupati', name: '', deputyName: '', deputyTitle: 'Wakil Bupati' },
        milestones: [
          { id: 'luncur', date: '2022-03-28', event: 'Peluncuran masterplan', kind: 'peluncuran' },
          { id: 'mou', date: '2021-06-24', event: 'MoU Gerakan Menuju Smart City', kind: 'mou-kementerian' },
        ],
      },
    });
    const after = await open();
    expect(after.region).toMatchObject({ code: '35.07', capital: 'Kepanjen', motto: 'Satata Gama Karta Raharja', populationYear: 2020, kecamatan: ['Kepanjen', 'Singosari', 'Lawang'], kecamatanCount: 3 });
    expect(after.region.regionalHead.deputyTitle).toBe('Wakil Bupati');
    expect(after.region.milestones.map((m) => `${m.date} ${m.kind}`)).toEqual(['2021-06-24 mou-kementerian', '2022-03-28 peluncuran']);

    revision = (await ok<Applied>(fx.server, 'workshop.undo', { workshopId, baseRevision: revision })).revision;
    expect((await open()).region).toEqual(before.region);
  });

  it('sets an OPD’s kind, titles and FGD group, and a participant known by title only', async () => {
    const w = await open();
    const opd = w.opds.find((o) => o.id === 'diskominfo')!;
    const group = w.groups[0]!;
    await apply({ type: 'upsertOpd', item: { ...opd, kind: 'dinas', headTitle: 'Kepala Dinas', representativeTitle: 'Kepala Bidang Aplikasi Informatika', groupId: group.id } });
    await apply({ type: 'upsertParticipant', item: { id: 'hadir-1', position: 'Kepala Bidang Aplikasi Informatika', opdId: 'diskominfo' } });
    const after = await open();
    expect(after.opds.find((o) => o.id === 'diskominfo')).toMatchObject({ kind: 'dinas', headTitle: 'Kepala Dinas', representativeTitle: 'Kepala Bidang Aplikasi Informatika', groupId: group.id });
    expect(after.participants).toEqual([{ id: 'hadir-1', name: '', position: 'Kepala Bidang Aplikasi Informatika', opdId: 'diskominfo', role: 'opd' }]);
  });

  it('refuses bad values with 400, a code and the field', async () => {
    const w = await open();
    const refused = async (command: unknown) => {
      const response = await call(fx.server, 'workshop.apply', { workshopId, baseRevision: revision, command });
      expect(response.status).toBe(400);
      return errorOf(response) as { code: string; reason: string; field: string; message: string; params?: Record<string, unknown> };
    };
    expect(await refused({ type: 'setRegionProfile', patch: { code: '3507' } })).toMatchObject({ code: 'invalid_input', reason: 'invalid.regionCode', field: 'command.patch.code' });
    expect(await refused({ type: 'setRegionProfile', patch: { milestones: [{ id: 'x', date: '2021-02-30', event: 'MoU', kind: 'mou-kementerian' }] } })).toMatchObject({ reason: 'invalid.date', field: 'command.patch.milestones.0.date' });
    expect(await refused({ type: 'setRegionProfile', patch: { kecamatan: ['Batu'], kecamatanCount: 3 } })).toMatchObject({ reason: 'region.kecamatanCountMismatch', params: { count: 3, listed: 1 } });
    const opd = w.opds[0]!;
    expect(await refused({ type: 'upsertOpd', item: { ...opd, kind: 'kantor' } })).toMatchObject({ reason: 'invalid.option', field: 'command.item.kind' });
    expect(await refused({ type: 'upsertOpd', item: { ...opd, groupId: 'kelompok-hilang' } })).toMatchObject({ reason: 'room.groupUnknown', field: 'item.groupId' });
    expect(await refused({ type: 'upsertParticipant', item: { id: 'hadir-2', name: '', position: '' } })).toMatchObject({ reason: 'invalid.nameOrPosition', field: 'command.item.name' });
    expect((await open()).revision).toBe(revision);
  });

  it('GET /api describes the new fields', async () => {
    const listing = JSON.stringify((await send(fx.server, { path: '/api' })).json);
    for (const field of ['populationYear', 'kecamatan', 'milestones', 'mou-kementerian', 'deputyTitle', 'representativeTitle', 'inspektorat', 'groupId']) expect(listing).toContain(`"${field}"`);
  });
});
