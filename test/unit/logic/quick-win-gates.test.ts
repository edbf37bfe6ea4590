import { describe, expect, it } from 'vitest';
import { gateHints, gateVerdict } from '../../../shared/logic/quick-win-gates';
import { RpjmdMappingSchema } from '../../../shared/model';
import { aProgram, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

describe('hints for the quick-win gate checks', () => {
  const w = emptyWorkshop({ startYear: 2026 });

  it('a program scheduled in the first plan year hints that it can show a result within 12 months', () => {
    expect(gateHints(w, aProgram({ years: [2026, 2027] })).within12Months).toEqual({ gate: 'within12Months', met: true, code: 'firstYear', year: 2026 });
  });

  it('a program that only starts later does not, and says when it starts', () => {
    expect(gateHints(w, aProgram({ years: [2028, 2027] })).within12Months).toEqual({ gate: 'within12Months', met: false, code: 'startsLater', year: 2027 });
  });

  it('a program without years counts on the short term the facilitator picked', () => {
    expect(gateHints(w, aProgram({ years: [], horizon: 'pendek' })).within12Months.met).toBe(true);
    expect(gateHints(w, aProgram({ years: [], horizon: 'menengah' })).within12Months.code).toBe('noYears');
  });

  it('names the lead OPD by its abbreviation, and says so when there is none', () => {
    expect(gateHints(w, aProgram({ leadOpdId: 'dpmptsp' })).singleLeadOpd).toEqual({ gate: 'singleLeadOpd', met: true, code: 'leadOpd', opd: 'DPMPTSP' });
    expect(gateHints(w, aProgram({ leadOpdId: null })).singleLeadOpd.met).toBe(false);
  });

  it('takes a named funding source or an indicative budget as funding identified', () => {
    const source = w.fundingSources[0]!;
    expect(gateHints(w, aProgram({ funding: [{ sourceId: source.id, amount: 0 }] })).fundingIdentified).toEqual({ gate: 'fundingIdentified', met: true, code: 'fundingSources', sources: source.name });
    expect(gateHints(w, aProgram({ budget: [{ year: 2026, amount: 150_000_000 }] })).fundingIdentified.code).toBe('budgetOnly');
    expect(gateHints(w, aProgram()).fundingIdentified.code).toBe('noFunding');
  });

  it('needs both an issue and an RPJMD/Renstra anchor for the last gate', () => {
    const issueOnly = aProgram({ issueIds: ['isu-antre'] });
    expect(gateHints(w, issueOnly).linkedToIssueAndRpjmd).toEqual({ gate: 'linkedToIssueAndRpjmd', met: false, code: 'noRpjmd', issues: 1 });
    const aligned = aProgram({ rpjmdAlignment: { rpjmdTarget: 'Meningkatnya kualitas pelayanan publik', renstraProgram: '', kegiatan: '', subKegiatan: '' } });
    expect(gateHints(w, aligned).linkedToIssueAndRpjmd.code).toBe('noIssue');
    expect(gateHints(w, aProgram()).linkedToIssueAndRpjmd.code).toBe('noIssueNoRpjmd');
  });

  it('counts a row of the RPJMD mapping that points to the program as its anchor', () => {
    const program = aProgram({ id: 'izin', issueIds: ['isu-antre'] });
    const mapped = { ...w, rpjmdMappings: [RpjmdMappingSchema.parse({ id: 'map-1', programId: 'izin', rpjmdProgram: 'Program Pelayanan Penanaman Modal' })] };
    expect(gateHints(mapped, program).linkedToIssueAndRpjmd).toEqual({ gate: 'linkedToIssueAndRpjmd', met: true, code: 'linked', issues: 1 });
  });

  it('agree with the gates the demo room ticked for its online-permit quick win', () => {
    const demo = demoWorkshop();
    const program = demo.programs.find((p) => p.id === 'prog-sg-sv-01')!;
    const hints = gateHints(demo, program);
    expect(Object.values(hints).every((h) => h.met)).toBe(true);
  });
});

describe('the verdict of a candidate’s gate check', () => {
  const w = emptyWorkshop({ startYear: 2026 });
  const allTicked = { within12Months: true, singleLeadOpd: true, fundingIdentified: true, linkedToIssueAndRpjmd: true };

  it('fails while a gate is unticked, naming the open gates in order', () => {
    const program = aProgram({ years: [2026], leadOpdId: 'dpmptsp' });
    expect(gateVerdict({ ...allTicked, singleLeadOpd: false, within12Months: false }, gateHints(w, program))).toEqual({ code: 'fail', open: ['within12Months', 'singleLeadOpd'] });
  });

  it('passes with notes when the boxes are ticked but the program has no year, OPD, funding or linked issue', () => {
    const verdict = gateVerdict(allTicked, gateHints(w, aProgram({ years: [], horizon: 'menengah', leadOpdId: null })));
    expect(verdict.code).toBe('passWithNotes');
    expect(verdict.code === 'passWithNotes' ? verdict.notes.map((n) => n.code) : []).toEqual(['noYears', 'noLeadOpd', 'noFunding', 'noIssueNoRpjmd']);
  });

  it('passes plainly when the program data backs every gate', () => {
    const source = w.fundingSources[0]!;
    const program = aProgram({
      years: [2026],
      leadOpdId: 'dpmptsp',
      funding: [{ sourceId: source.id, amount: 0 }],
      issueIds: ['isu-antre'],
      rpjmdAlignment: { rpjmdTarget: 'Meningkatnya kualitas pelayanan publik', renstraProgram: '', kegiatan: '', subKegiatan: '' },
    });
    expect(gateVerdict(allTicked, gateHints(w, program))).toEqual({ code: 'pass' });
  });
});
