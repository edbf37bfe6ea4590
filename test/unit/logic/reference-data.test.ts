import { describe, expect, it } from 'vitest';
import { AppError, applyCommand, invertCommand, type Command } from '../../../shared/commands';
import { referenceData } from '../../../electron/services/reference';
import { defaultInsertIndex, missingDefaultFundingSources, missingDefaultOpds } from '../../../shared/logic/reference-defaults';
import { checkOpd } from '../../../shared/logic/reference-integrity';
import { dimensionUses, opdUses } from '../../../shared/logic/reference-usage';
import type { Dimension, Workshop } from '../../../shared/model';
import { LATER, aProgram, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

const run = (w: Workshop, ...commands: Command[]): Workshop => commands.reduce((acc, c) => applyCommand(acc, c, LATER), w);

const refusal = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the command was accepted');
};

const governance = (w: Workshop): Dimension => w.dimensionSet.dimensions.find((d) => d.id === 'smart-governance')!;

const aDimension = (fields: Partial<Dimension> = {}): Dimension => ({
  id: 'smart-maritime',
  code: 'SM',
  nameId: 'Smart Maritime',
  nameEn: 'Smart Maritime',
  meaningId: '',
  meaningEn: '',
  elements: [{ id: 'maritime-port', code: 'PT', nameId: 'Pelabuhan', nameEn: 'Port', meaningId: '', meaningEn: '' }],
  ...fields,
});

describe('the dimension set of a workshop', () => {
  it('a region may add its own dimension, and undo takes it away again', () => {
    const before = emptyWorkshop();
    const command: Command = { type: 'upsertDimension', item: aDimension() };
    const after = run(before, command);
    expect(after.dimensionSet.dimensions.map((d) => d.code)).toEqual(['SG', 'SB', 'SE', 'SL', 'SS', 'SN', 'SM']);
    expect(run(after, invertCommand(before, command)).dimensionSet).toEqual(before.dimensionSet);
  });

  it('a new dimension with a code already used is refused and names the owner of the code', () => {
    const error = refusal(() => run(emptyWorkshop(), { type: 'upsertDimension', item: aDimension({ code: 'SG' }) }));
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe('item.code');
    expect(error.message).toBe('Kode SG sudah dipakai oleh dimensi Smart Governance');
  });

  it('two elements of one dimension cannot share a code', () => {
    const w = emptyWorkshop();
    const d = governance(w);
    const twin = { ...d.elements[1]!, code: d.elements[0]!.code };
    const error = refusal(() => run(w, { type: 'upsertDimension', item: { ...d, elements: [d.elements[0]!, twin, d.elements[2]!] } }));
    expect(error.field).toBe('item.elements.1.code');
    expect(error.message).toBe(`Kode elemen ${twin.code} sudah dipakai oleh ${d.elements[0]!.nameId}`);
  });

  it('an element id already filed under another dimension is refused', () => {
    const w = emptyWorkshop();
    const stolen = governance(w).elements[0]!;
    const error = refusal(() => run(w, { type: 'upsertDimension', item: aDimension({ elements: [{ ...stolen, code: 'XX' }] }) }));
    expect(error.message).toBe(`Elemen ${stolen.nameId} sudah ada di dimensi Smart Governance`);
  });

  it('renaming a dimension and its elements keeps the programs filed under them', () => {
    const w = run(emptyWorkshop(), { type: 'upsertProgram', item: aProgram() });
    const d = governance(w);
    const renamed = { ...d, nameId: 'Tata Kelola Cerdas', code: 'TK', elements: d.elements.map((e) => ({ ...e, nameId: `${e.nameId} Daerah` })) };
    const after = run(w, { type: 'upsertDimension', item: renamed });
    expect(governance(after).nameId).toBe('Tata Kelola Cerdas');
    expect(after.programs[0]).toMatchObject({ dimensionId: 'smart-governance', elementId: 'governance-service', code: 'SG-SV-01' });
  });

  it('an element still used by a program cannot be dropped, and the refusal names the program', () => {
    const w = run(emptyWorkshop(), { type: 'upsertProgram', item: aProgram() });
    const d = governance(w);
    const error = refusal(() => run(w, { type: 'upsertDimension', item: { ...d, elements: d.elements.filter((e) => e.id !== 'governance-service') } }));
    expect(error.field).toBe('item.elements');
    expect(error.message).toBe(`Elemen ${d.elements[0]!.nameId} tidak dapat dihapus karena masih dipakai oleh 1 program (SG-SV-01 Perizinan daring).`);
  });

  it('an element nobody uses can be dropped', () => {
    const w = emptyWorkshop();
    const d = governance(w);
    const after = run(w, { type: 'upsertDimension', item: { ...d, elements: d.elements.slice(0, 2) } });
    expect(governance(after).elements).toHaveLength(2);
  });

  it('a dimension still used by programs and issues cannot be removed, and the refusal says which', () => {
    const demo = demoWorkshop();
    const error = refusal(() => run(demo, { type: 'removeDimension', id: 'smart-governance' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^Dimensi Smart Governance tidak dapat dihapus karena masih dipakai oleh \d+ program \(SG-/);
    expect(error.message).toMatch(/\d+ isu \(/);
    const kinds = dimensionUses(demo, 'smart-governance').map((u) => u.kind);
    expect(kinds).toEqual(expect.arrayContaining(['program', 'issue', 'swotItem', 'towsStrategy']));
  });

  it('a dimension nobody uses can be removed, but never the last one', () => {
    let w = emptyWorkshop();
    for (const d of w.dimensionSet.dimensions.slice(1)) w = run(w, { type: 'removeDimension', id: d.id });
    expect(w.dimensionSet.dimensions.map((d) => d.id)).toEqual(['smart-governance']);
    expect(refusal(() => run(w, { type: 'removeDimension', id: 'smart-governance' })).message).toBe('Minimal satu dimensi harus tetap ada');
  });

  it('replacing the whole set follows the same rules', () => {
    const demo = demoWorkshop();
    const withoutGovernance = { ...demo.dimensionSet, dimensions: demo.dimensionSet.dimensions.filter((d) => d.id !== 'smart-governance') };
    expect(refusal(() => run(demo, { type: 'setDimensionSet', dimensionSet: withoutGovernance })).field).toBe('dimensionSet.dimensions');
    const twoCodes = { ...demo.dimensionSet, dimensions: demo.dimensionSet.dimensions.map((d, i) => (i === 1 ? { ...d, code: 'SG' } : d)) };
    expect(refusal(() => run(demo, { type: 'setDimensionSet', dimensionSet: twoCodes })).field).toBe('dimensionSet.dimensions.1.code');
    const renamed = run(demo, { type: 'setDimensionSet', dimensionSet: { ...demo.dimensionSet, name: 'Set Smart Regency Malang' } });
    expect(renamed.dimensionSet.name).toBe('Set Smart Regency Malang');
  });
});

describe('the OPD list of a workshop', () => {
  it('an OPD that leads a program or drafts a section cannot be removed, and the refusal names them', () => {
    const demo = demoWorkshop();
    const uses = opdUses(demo, 'diskominfo');
    expect(uses.map((u) => u.kind).slice(0, 2)).toEqual(['programLead', 'section']);
    const error = refusal(() => run(demo, { type: 'removeOpd', id: 'diskominfo' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^OPD Diskominfo tidak dapat dihapus karena masih dipakai oleh \d+ program \(sebagai OPD penanggung jawab\) \(/);
    expect(error.message).toMatch(/\d+ bagian naskah \(/);
  });

  it('an OPD nobody names can be removed, and undo puts it back in its place', () => {
    const before = emptyWorkshop();
    const command: Command = { type: 'removeOpd', id: 'dispora' };
    const after = run(before, command);
    expect(after.opds.some((o) => o.id === 'dispora')).toBe(false);
    expect(run(after, invertCommand(before, command)).opds).toEqual(before.opds);
  });

  it('an abbreviation already used is refused, whatever its case or spacing', () => {
    const w = emptyWorkshop();
    const error = refusal(() => run(w, { type: 'upsertOpd', item: { id: 'dinas-baru', abbreviation: ' bappeda ', name: 'Badan Baru', role: '', kind: null, headTitle: '', representativeTitle: '', groupId: null } }));
    expect(error.field).toBe('item.abbreviation');
    expect(error.message).toBe('Singkatan bappeda sudah dipakai oleh Badan Perencanaan Pembangunan Daerah');
  });

  it('an OPD may keep its own abbreviation when its name changes', () => {
    const w = emptyWorkshop();
    const bappeda = w.opds.find((o) => o.id === 'bappeda')!;
    const after = run(w, { type: 'upsertOpd', item: { ...bappeda, name: 'Badan Perencanaan, Penelitian dan Pengembangan Daerah', abbreviation: 'Bappelitbangda' } });
    expect(after.opds.find((o) => o.id === 'bappeda')?.abbreviation).toBe('Bappelitbangda');
  });

  it('the default kabupaten and kota lists have no two OPDs with the same abbreviation', () => {
    for (const kind of ['kabupaten', 'kota'] as const) {
      const w = emptyWorkshop({ regionKind: kind });
      for (const opd of w.opds) expect(checkOpd(w, opd), `${kind}: ${opd.abbreviation}`).toBeNull();
    }
  });

  it('reloading the defaults brings back only the OPDs the region removed, not the renamed ones', () => {
    const before = emptyWorkshop();
    const bappeda = before.opds.find((o) => o.id === 'bappeda')!;
    const w = run(before, { type: 'removeOpd', id: 'dispora' }, { type: 'removeOpd', id: 'dinkes' }, { type: 'upsertOpd', item: { ...bappeda, abbreviation: 'Bappelitbangda' } });
    const missing = missingDefaultOpds(w.opds, referenceData(), 'kabupaten');
    expect(missing.map((o) => o.id).sort()).toEqual(['dinkes', 'dispora']);
    const restored = missing.reduce(
      (acc, opd) => run(acc, { type: 'upsertOpd', item: opd, index: defaultInsertIndex(acc.opds, referenceData().opds.kabupaten, opd) }),
      w,
    );
    expect(restored.opds.map((o) => o.id)).toEqual(before.opds.map((o) => o.id));
  });

  it('reloading the defaults does not duplicate an OPD the region typed in by hand', () => {
    const w = run(emptyWorkshop(), { type: 'removeOpd', id: 'dispora' }, { type: 'upsertOpd', item: { id: 'opd-manual', abbreviation: 'DISPORA', name: 'Dinas Pemuda dan Olahraga', role: '', kind: null, headTitle: '', representativeTitle: '', groupId: null } });
    expect(missingDefaultOpds(w.opds, referenceData(), 'kabupaten')).toEqual([]);
  });

  it('a kota reloads the kota list', () => {
    const kota = emptyWorkshop({ regionKind: 'kota' });
    expect(missingDefaultOpds([], referenceData(), 'kota')).toEqual(kota.opds);
  });
});

describe('the funding sources of a workshop', () => {
  it('a source that funds a program cannot be removed', () => {
    const w = run(emptyWorkshop(), { type: 'upsertProgram', item: aProgram({ funding: [{ sourceId: 'csr', amount: 0 }] }) });
    const error = refusal(() => run(w, { type: 'removeFundingSource', id: 'csr' }));
    expect(error.message).toBe('Sumber dana CSR / TJSL tidak dapat dihapus karena masih dipakai oleh 1 program (SG-SV-01 Perizinan daring).');
  });

  it('a source named like another is refused; an unused one can be removed and reloaded', () => {
    const w = emptyWorkshop();
    expect(refusal(() => run(w, { type: 'upsertFundingSource', item: { id: 'baru', name: 'csr / tjsl' } })).message).toBe('Sumber dana CSR / TJSL sudah ada');
    const without = run(w, { type: 'removeFundingSource', id: 'kpbu' });
    expect(missingDefaultFundingSources(without.fundingSources, referenceData()).map((f) => f.id)).toEqual(['kpbu']);
  });
});
