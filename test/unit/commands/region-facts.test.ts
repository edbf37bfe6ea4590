import { describe, expect, it } from 'vitest';
import { AppError, applyCommand, invertCommand, touchesOf, type Command } from '../../../shared/commands';
import { OpdSchema, ParticipantSchema, RegionProfileSchema, WorkshopSchema, type Workshop } from '../../../shared/model';
import { deputyTitleOf, kindFromName, opdHeadTitleOf, opdKindOf } from '../../../shared/logic/region-facts';
import { opdUses } from '../../../shared/logic/reference-usage';
import { itemName } from '../../../shared/commands/describe';
import { LATER, demoWorkshop, emptyWorkshop } from '../logic/workshop-fixtures';

/** Issue 14: the region's facts (code, ibu kota, motto, population year, kecamatan, deputy, milestones) and the OPD's. */

const applyAndUndo = (before: Workshop, command: Command) => {
  const inverse = invertCommand(before, command);
  const after = applyCommand(before, command, LATER);
  return { after, undone: applyCommand(after, inverse, LATER) };
};

const refusal = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('not refused');
};

const zodCodes = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);

describe('region profile schema', () => {
  it('older profiles load with every new field at its default', () => {
    const region = RegionProfileSchema.parse({ name: 'Kabupaten Malang', regionalHead: { title: 'Bupati', name: '', deputyName: '' } });
    expect(region).toMatchObject({ code: '', capital: '', motto: '', populationYear: null, kecamatan: [], milestones: [], regionalHead: { deputyTitle: '' } });
  });

  it('checks the Kemendagri code, the dates, the kinds and duplicate kecamatan', () => {
    expect(RegionProfileSchema.parse({ code: ' 35.07 ' }).code).toBe('35.07');
    expect(zodCodes(RegionProfileSchema.safeParse({ code: '3507' }))).toEqual(['code:invalid.regionCode']);
    expect(zodCodes(RegionProfileSchema.safeParse({ code: '35.07.01' }))).toEqual(['code:invalid.regionCode']);
    expect(zodCodes(RegionProfileSchema.safeParse({ milestones: [{ id: 'a', date: '2021-02-30', event: 'MoU' }] }))).toEqual(['milestones.0.date:invalid.date']);
    expect(zodCodes(RegionProfileSchema.safeParse({ milestones: [{ id: 'a', date: '2021-06-24', event: 'MoU', kind: 'mou' }] }))).toEqual(['milestones.0.kind:invalid.option']);
    expect(zodCodes(RegionProfileSchema.safeParse({ kecamatan: ['Kepanjen', 'kepanjen '] }))).toEqual(['kecamatan:invalid.duplicateEntry']);
    expect(zodCodes(RegionProfileSchema.safeParse({ populationYear: 1990 }))).toEqual(['populationYear:invalid.yearRange']);
  });

  it('the deputy’s title follows the region’s kind unless one is entered', () => {
    const region = RegionProfileSchema.parse({ kind: 'kota' });
    expect(deputyTitleOf(region)).toBe('Wakil Wali Kota');
    expect(deputyTitleOf({ ...region, kind: 'kabupaten' })).toBe('Wakil Bupati');
    expect(deputyTitleOf({ ...region, regionalHead: { ...region.regionalHead, deputyTitle: 'Wakil Wali Kota Batu' } })).toBe('Wakil Wali Kota Batu');
  });
});

describe('setRegionProfile with the new fields', () => {
  const w = emptyWorkshop();

  it('sets every new field in one undoable patch, milestones sorted by date', () => {
    const command: Command = {
      type: 'setRegionProfile',
      patch: {
        code: '35.07',
        capital: 'Kepanjen',
        motto: 'Satata Gama Karta Raharja',
        populationYear: 2020,
        kecamatan: ['Kepanjen', 'Singosari', 'Lawang'],
        regionalHead: { title: 'Bupati', name: '', deputyName: '', deputyTitle: 'Wakil Bupati' },
        milestones: [
          { id: 'peluncuran', date: '2022-03-28', event: 'Peluncuran masterplan', kind: 'peluncuran' },
          { id: 'mou', date: '2021-06-24', event: 'MoU Gerakan Menuju Smart City', kind: 'mou-kementerian' },
        ],
      },
    };
    const { after, undone } = applyAndUndo(w, command);
    expect(after.region).toMatchObject({ code: '35.07', capital: 'Kepanjen', motto: 'Satata Gama Karta Raharja', populationYear: 2020, kecamatanCount: 3, regionalHead: { deputyTitle: 'Wakil Bupati' } });
    expect(after.region.milestones.map((m) => m.id)).toEqual(['mou', 'peluncuran']);
    expect(undone.region).toEqual(w.region);
    expect(touchesOf(w, command)).toEqual(expect.arrayContaining(['region#code', 'region#kecamatan', 'region#kecamatanCount', 'region#milestones']));
  });

  it('keeps the kecamatan count in step with the list, and refuses another count beside it', () => {
    const listed = applyCommand(w, { type: 'setRegionProfile', patch: { kecamatan: ['Batu', 'Bumiaji', 'Junrejo'] } }, LATER);
    expect(listed.region.kecamatanCount).toBe(3);
    const error = refusal(() => applyCommand(listed, { type: 'setRegionProfile', patch: { kecamatanCount: 5 } }, LATER));
    expect(error).toMatchObject({ code: 'invalid_input', reason: 'region.kecamatanCountMismatch', params: { count: 5, listed: 3 }, field: 'patch.kecamatanCount' });
    expect(applyCommand(listed, { type: 'setRegionProfile', patch: { kecamatanCount: 3 } }, LATER).region.kecamatanCount).toBe(3);
    // Without a list the count is free, as before.
    expect(applyCommand(w, { type: 'setRegionProfile', patch: { kecamatanCount: 33 } }, LATER).region.kecamatanCount).toBe(33);
  });
});

describe('OPD facts', () => {
  it('older OPDs load with kind null (read from the name), empty titles and no group', () => {
    const opd = OpdSchema.parse({ id: 'dinkes', abbreviation: 'Dinkes', name: 'Dinas Kesehatan' });
    expect(opd).toMatchObject({ kind: null, headTitle: '', representativeTitle: '', groupId: null });
    expect(opdKindOf(opd)).toBe('dinas');
    expect(opdHeadTitleOf(opd)).toBe('Kepala Dinas');
    expect(opdHeadTitleOf({ ...opd, kind: 'rsud', headTitle: '' })).toBe('Direktur');
    expect(opdHeadTitleOf({ ...opd, headTitle: 'Plt. Kepala Dinas' })).toBe('Plt. Kepala Dinas');
    expect(zodCodes(OpdSchema.safeParse({ ...opd, kind: 'kantor' }))).toEqual(['kind:invalid.option']);
  });

  it('reads the kind of the usual names', () => {
    const kinds = ['Badan Perencanaan Pembangunan Daerah', 'Satuan Polisi Pamong Praja', 'Sekretariat Daerah', 'Inspektorat Daerah', 'Rumah Sakit Umum Daerah', 'Kecamatan Kepanjen', 'Bagian Organisasi', 'Perumda Air Minum'].map((name) =>
      kindFromName({ name, abbreviation: '' }),
    );
    expect(kinds).toEqual(['badan', 'satuan', 'sekretariat', 'inspektorat', 'rsud', 'kecamatan', 'bagian', 'lainnya']);
  });

  it('an OPD joins an existing FGD group; an unknown one is refused; undo restores the OPD', () => {
    const w = demoWorkshop();
    const opd = w.opds[0]!;
    const group = w.groups[0]!;
    const command: Command = { type: 'upsertOpd', item: { ...opd, kind: 'badan', headTitle: 'Kepala Badan', representativeTitle: 'Kepala Bidang Perencanaan', groupId: group.id } };
    const { after, undone } = applyAndUndo(w, command);
    expect(after.opds[0]).toMatchObject({ kind: 'badan', representativeTitle: 'Kepala Bidang Perencanaan', groupId: group.id });
    expect(undone.opds[0]).toEqual(opd);
    const error = refusal(() => applyCommand(w, { type: 'upsertOpd', item: { ...opd, groupId: 'kelompok-hilang' } }, LATER));
    expect(error).toMatchObject({ reason: 'room.groupUnknown', field: 'item.groupId' });
  });

  it('removing the group leaves the OPD editable (the group reads as none and comes back on undo)', () => {
    const w = demoWorkshop();
    const group = w.groups[0]!;
    const joined = applyCommand(w, { type: 'upsertOpd', item: { ...w.opds[0]!, groupId: group.id } }, LATER);
    const removed = applyCommand(joined, { type: 'removeGroup', id: group.id }, LATER);
    const renamed = applyCommand(removed, { type: 'upsertOpd', item: { ...removed.opds[0]!, name: 'Badan Perencanaan, Penelitian dan Pengembangan' } }, LATER);
    expect(renamed.opds[0]?.groupId).toBe(group.id);
  });
});

describe('participants known by title only', () => {
  it('a name is optional when there is a title; neither is refused', () => {
    expect(ParticipantSchema.parse({ id: 'p1', position: 'Kepala Bidang Aplikasi Informatika', opdId: 'diskominfo' }).name).toBe('');
    expect(zodCodes(ParticipantSchema.safeParse({ id: 'p1', name: ' ', position: '' }))).toEqual(['name:invalid.nameOrPosition']);
  });

  it('what reads participant names still names a nameless one by title', () => {
    const w = WorkshopSchema.parse({ ...demoWorkshop(), participants: [{ id: 'p1', position: 'Kepala Bidang Aplikasi Informatika', opdId: 'diskominfo' }] });
    expect(opdUses(w, 'diskominfo').find((u) => u.kind === 'participant')?.names).toEqual(['Kepala Bidang Aplikasi Informatika']);
    expect(itemName('Participant', w.participants[0]!, w)).toBe('Kepala Bidang Aplikasi Informatika');
  });
});
