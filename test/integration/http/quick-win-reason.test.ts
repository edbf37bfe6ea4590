import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf, ok, startHttpFixture, type HttpFixture } from './fixture';

const gates = { within12Months: true, singleLeadOpd: true, fundingIdentified: true, linkedToIssueAndRpjmd: true };
const scores = (n: number) => ({ impact: n, speed: n, feasibility: n, cost: n, innovation: n, sustainability: n });
const program = (id: string, code: string, elementId: string, name: string) => ({
  id,
  code,
  dimensionId: 'smart-governance',
  elementId,
  name,
  leadOpdId: 'dpmptsp',
  years: [2026],
});

describe('the quick-win reason rule over HTTP', () => {
  let fx: HttpFixture;
  let workshopId: string;
  let revision: number;

  const apply = (command: unknown) => call(fx.server, 'workshop.apply', { workshopId, baseRevision: revision, command });
  const applyOk = async (command: unknown) => {
    ({ revision } = await ok<{ revision: number }>(fx.server, 'workshop.apply', { workshopId, baseRevision: revision, command }));
  };

  beforeAll(async () => {
    fx = await startHttpFixture();
    ({ id: workshopId } = await ok<{ id: string }>(fx.server, 'workshops.create', { title: 'Bimtek Kabupaten Contoh', regionName: 'Kabupaten Contoh', startYear: 2026 }));
    ({ workshop: { revision } } = await ok<{ workshop: { revision: number } }>(fx.server, 'workshop.open', { workshopId }));
    await applyOk({ type: 'upsertProgram', item: program('izin', 'SG-SV-01', 'governance-service', 'Perizinan daring') });
    await applyOk({ type: 'upsertProgram', item: program('eoffice', 'SG-BR-01', 'governance-bureaucracy', 'E-office') });
    await applyOk({ type: 'upsertQuickWinCandidate', item: { id: 'izin-qw', programId: 'izin', gates, scores: scores(5) } });
    await applyOk({ type: 'upsertQuickWinCandidate', item: { id: 'eoffice-qw', programId: 'eoffice', gates, scores: scores(4) } });
  });
  afterAll(async () => fx.stop());

  it('choosing the candidate the app does not suggest, without a reason, is 400 naming the reason field, and changes nothing', async () => {
    const response = await apply({ type: 'upsertQuickWinCandidate', item: { id: 'eoffice-qw', programId: 'eoffice', gates, scores: scores(4), decision: 'chosen' } });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ code: 'invalid_input', field: 'item.overrideReason' });
    expect(errorOf(response).message).toMatch(/^Alasan penetapan wajib diisi/);
    const opened = await ok<{ workshop: { revision: number; quickWins: { candidates: { id: string; decision: string }[] } } }>(fx.server, 'workshop.open', { workshopId });
    expect(opened.workshop.revision).toBe(revision);
    expect(opened.workshop.quickWins.candidates.find((c) => c.id === 'eoffice-qw')?.decision).toBe('pending');
  });

  it("a plan step naming an OPD the workshop does not have is 400 naming the step's OPD field, and changes nothing", async () => {
    const plan = [{ id: 'tw1', quarter: 1, activity: 'Rapat koordinasi', opdId: 'dinas-tidak-ada' }];
    const response = await apply({ type: 'upsertQuickWinCandidate', item: { id: 'izin-qw', programId: 'izin', gates, scores: scores(5), sheet: { plan } } });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({ code: 'invalid_input', reason: 'workshop.opdUnknown', field: 'item.sheet.plan.0.opdId' });
    const opened = await ok<{ workshop: { revision: number; quickWins: { candidates: { id: string; sheet: { plan: unknown[] } }[] } } }>(fx.server, 'workshop.open', { workshopId });
    expect(opened.workshop.revision).toBe(revision);
    expect(opened.workshop.quickWins.candidates.find((c) => c.id === 'izin-qw')?.sheet.plan).toEqual([]);
  });

  it('the same choice with a reason is taken, and undoing and redoing it is not judged again', async () => {
    await applyOk({ type: 'upsertQuickWinCandidate', item: { id: 'eoffice-qw', programId: 'eoffice', gates, scores: scores(4), decision: 'chosen', overrideReason: 'Arahan Bupati' } });
    ({ revision } = await ok<{ revision: number }>(fx.server, 'workshop.undo', { workshopId, baseRevision: revision }));
    ({ revision } = await ok<{ revision: number }>(fx.server, 'workshop.redo', { workshopId, baseRevision: revision }));
    const opened = await ok<{ workshop: { quickWins: { candidates: { id: string; decision: string; overrideReason: string }[] } } }>(fx.server, 'workshop.open', { workshopId });
    expect(opened.workshop.quickWins.candidates.find((c) => c.id === 'eoffice-qw')).toMatchObject({ decision: 'chosen', overrideReason: 'Arahan Bupati' });
  });
});
