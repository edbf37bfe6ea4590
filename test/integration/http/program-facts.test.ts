import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf, ok, startHttpFixture, type HttpFixture } from './fixture';

type Opened = { workshop: { revision: number; programs: Record<string, unknown>[] } };

const base = { id: 'izin', code: 'SG-SV-01', dimensionId: 'smart-governance', elementId: 'governance-service', name: 'Perizinan daring', leadOpdId: 'dpmptsp', years: [2026], budget: [{ year: 2026, amount: 1_000_000 }] };

/** Every field a program gained with format version 3, set and read back through the HTTP API. */
describe('a program\'s funding, partners and links over HTTP', () => {
  let fx: HttpFixture;
  let workshopId: string;
  let revision: number;

  const apply = (command: unknown) => call(fx.server, 'workshop.apply', { workshopId, baseRevision: revision, command });
  const applyOk = async (command: unknown) => {
    ({ revision } = await ok<{ revision: number }>(fx.server, 'workshop.apply', { workshopId, baseRevision: revision, command }));
  };
  const program = async (id: string) => (await ok<Opened>(fx.server, 'workshop.open', { workshopId })).workshop.programs.find((p) => p.id === id);
  const refused = async (item: Record<string, unknown>, field: string) => {
    const response = await apply({ type: 'upsertProgram', item: { ...base, ...item } });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ code: 'invalid_input', field });
  };

  beforeAll(async () => {
    fx = await startHttpFixture();
    ({ id: workshopId } = await ok<{ id: string }>(fx.server, 'workshops.create', { title: 'Bimtek Kabupaten Contoh', regionName: 'Kabupaten Contoh', startYear: 2026 }));
    ({ workshop: { revision } } = await ok<Opened>(fx.server, 'workshop.open', { workshopId }));
    await applyOk({ type: 'upsertProgram', item: base });
    await applyOk({ type: 'upsertMission', item: { id: 'misi-1', text: 'Pelayanan publik digital' } });
    await applyOk({ type: 'upsertSwotItem', item: { id: 'sw-w1', dimensionId: 'smart-governance', quadrant: 'W', text: 'Aplikasi OPD belum terintegrasi' } });
    await applyOk({ type: 'upsertSwotItem', item: { id: 'sw-o1', dimensionId: 'smart-governance', quadrant: 'O', text: 'Kebijakan SPBE nasional' } });
    await applyOk({ type: 'upsertTowsStrategy', item: { id: 'tows-wo1', dimensionId: 'smart-governance', kind: 'WO', text: 'Integrasi layanan', sourceItemIds: ['sw-w1', 'sw-o1'] } });
  });
  afterAll(async () => fx.stop());

  it('takes a funding split (main source first) and a list of partners, and gives them back', async () => {
    const funding = [
      { sourceId: 'apbd-kabkota', amount: 700_000 },
      { sourceId: 'csr', amount: 300_000 },
    ];
    await applyOk({ type: 'upsertProgram', item: { ...base, funding, partners: ['Universitas Brawijaya (FILKOM, FT)', 'Telkom'] } });
    expect(await program('izin')).toMatchObject({ funding, partners: ['Universitas Brawijaya (FILKOM, FT)', 'Telkom'] });
  });

  it('refuses an unknown or repeated source, a negative or fractional amount, and partners as one text, with 400 naming the field', async () => {
    await refused({ funding: [{ sourceId: 'tidak-ada', amount: 0 }] }, 'item.funding.0.sourceId');
    await refused({ funding: [{ sourceId: 'csr', amount: 1 }, { sourceId: 'csr', amount: 2 }] }, 'command.item.funding');
    await refused({ funding: [{ sourceId: 'csr', amount: -5 }] }, 'command.item.funding.0.amount');
    await refused({ funding: [{ sourceId: 'csr', amount: 1.5 }] }, 'command.item.funding.0.amount');
    await refused({ partners: 'Telkom, BRI' }, 'command.item.partners');
    await refused({ partners: [''] }, 'command.item.partners.0');
    expect(await program('izin')).toMatchObject({ funding: [{ sourceId: 'apbd-kabkota' }, { sourceId: 'csr' }] });
  });

  it('links a program to the missions it serves and the SWOT factors and TOWS strategies it answers; removing one unlinks it, undo links it again', async () => {
    await applyOk({ type: 'upsertProgram', item: { ...base, missionIds: ['misi-1'], swotItemIds: ['sw-w1'], towsStrategyIds: ['tows-wo1'] } });
    expect(await program('izin')).toMatchObject({ missionIds: ['misi-1'], swotItemIds: ['sw-w1'], towsStrategyIds: ['tows-wo1'] });
    await applyOk({ type: 'removeTowsStrategy', id: 'tows-wo1' });
    expect(await program('izin')).toMatchObject({ towsStrategyIds: [] });
    ({ revision } = await ok<{ revision: number }>(fx.server, 'workshop.undo', { workshopId, baseRevision: revision }));
    expect(await program('izin')).toMatchObject({ towsStrategyIds: ['tows-wo1'] });
  });

  it('refuses links to a mission, factor or strategy that does not exist, with 400 naming the field', async () => {
    await refused({ missionIds: ['misi-hilang'] }, 'item.missionIds.0');
    await refused({ swotItemIds: ['sw-w1', 'hilang'] }, 'item.swotItemIds.1');
    await refused({ towsStrategyIds: ['hilang'] }, 'item.towsStrategyIds.0');
    await refused({ missionIds: 'misi-1' }, 'command.item.missionIds');
  });

  it('takes structured indicators on programs and goals, and refuses a text value or a year given twice', async () => {
    const indicator = { id: 'ind-1', name: 'Izin daring', unit: '%', baseline: 35.5, baselineYear: 2025, targets: [{ year: 2026, value: 60 }, { year: 2030, value: 85 }] };
    await applyOk({ type: 'upsertProgram', item: { ...base, indicators: [indicator] } });
    expect(await program('izin')).toMatchObject({ indicators: [indicator] });
    await refused({ indicators: [{ ...indicator, baseline: '35' }] }, 'command.item.indicators.0.baseline');
    await refused({ indicators: [{ ...indicator, targets: [{ year: 2026, value: 1 }, { year: 2026, value: 2 }] }] }, 'command.item.indicators.0.targets');
    const goal = { id: 'tujuan-1', missionId: 'misi-1', text: 'Layanan daring', indicator: { name: 'Persentase layanan daring', unit: '%', baseline: 35, baselineYear: 2025, targets: [{ year: 2030, value: 85 }] } };
    await applyOk({ type: 'upsertGoal', item: goal });
    const opened = await ok<{ workshop: { goals: unknown[] } }>(fx.server, 'workshop.open', { workshopId });
    expect(opened.workshop.goals).toEqual([goal]);
    const bad = await apply({ type: 'upsertGoal', item: { ...goal, indicator: { ...goal.indicator, baselineYear: 1890 } } });
    expect(bad.status).toBe(400);
    expect(errorOf(bad)).toMatchObject({ code: 'invalid_input', field: 'command.item.indicator.baselineYear' });
  });

  it('takes a quick win\'s problem and quarterly plan and the 0–100 print scale, and refuses a fifth quarter', async () => {
    const plan = [{ id: 'l1', quarter: 2, activity: 'Uji coba', opdId: 'dpmptsp', deliverable: '10 izin daring' }];
    await applyOk({ type: 'upsertQuickWinCandidate', item: { id: 'qw-izin', programId: 'izin', sheet: { problem: 'Pemohon bolak-balik ke kantor', plan, indicators: '', risks: '', progress: 0 } } });
    const opened = await ok<{ workshop: { quickWins: { candidates: { sheet: unknown }[] }; exportSettings: unknown } }>(fx.server, 'workshop.open', { workshopId });
    expect(opened.workshop.quickWins.candidates[0]?.sheet).toMatchObject({ problem: 'Pemohon bolak-balik ke kantor', plan });
    const bad = await apply({ type: 'upsertQuickWinCandidate', item: { id: 'qw-izin', programId: 'izin', sheet: { plan: [{ ...plan[0], quarter: 5 }] } } });
    expect(bad.status).toBe(400);
    expect(errorOf(bad)).toMatchObject({ code: 'invalid_input', field: 'command.item.sheet.plan.0.quarter' });
    await applyOk({ type: 'setExportSettings', settings: { paperSize: 'A4', optionalChapters: [], quickWinScale: '0-100' } });
    expect((await ok<{ workshop: { exportSettings: unknown } }>(fx.server, 'workshop.open', { workshopId })).workshop.exportSettings).toMatchObject({ quickWinScale: '0-100' });
    const badScale = await apply({ type: 'setExportSettings', settings: { paperSize: 'A4', optionalChapters: [], quickWinScale: '0-10' } });
    expect(badScale.status).toBe(400);
  });
});
