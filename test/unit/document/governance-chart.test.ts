import { describe, expect, it } from 'vitest';
import { buildMasterplanDocument } from '../../../shared/document';
import { GOVERNANCE_CHART_ID, dimensionLeads, governanceChart } from '../../../shared/document/governance-chart';
import type { Program } from '../../../shared/model';
import { demoWorkshop } from './fixture';

describe('the institutions chart of BAB VIII (Kelembagaan)', () => {
  it('draws the head, the Dewan, the Tim Pelaksana and each dimension with the OPDs leading its programs, most programs first', () => {
    const workshop = demoWorkshop();
    const [first] = workshop.dimensionSet.dimensions;
    const perDimension = dimensionLeads(workshop.dimensionSet.dimensions, workshop.programs, workshop.opds);
    const leadsOfFirst = perDimension[0]!.leads;
    const counts = leadsOfFirst.map((o) => workshop.programs.filter((p) => p.dimensionId === first!.id && p.leadOpdId === o.id).length);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const chart = governanceChart('Bupati Malang', perDimension)!;
    expect(chart.kind).toBe('flowchart');
    const lines = chart.source.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(chart.source).toContain('kepala["Bupati Malang"]');
    expect(chart.source).toContain('kepala --> dewan');
    expect(chart.source).toContain('dewan --> tim');
    expect(chart.source).toContain(`d1["${first!.nameId} · ${leadsOfFirst[0]!.abbreviation}`);
    // The table a reader gets when the chart was not drawn names the same units and OPDs.
    const rows = chart.alternative?.table?.rows ?? [];
    expect(rows.length).toBe(3 + perDimension.filter((d) => d.leads.length > 0).length);
  });

  it('keeps user text from breaking the flowchart: quotes, brackets and arrows in names are neutralised', () => {
    const workshop = demoWorkshop();
    const opd = { ...workshop.opds[0]!, abbreviation: 'X"] --> evil["Y' };
    const dimension = { ...workshop.dimensionSet.dimensions[0]!, nameId: 'Smart "Gov" [A] --> B' };
    const program: Program = { ...workshop.programs[0]!, dimensionId: dimension.id, leadOpdId: opd.id };
    const chart = governanceChart('Bupati "Malang"', dimensionLeads([dimension], [program], [opd]))!;
    const labels = [...chart.source.matchAll(/\["([^"\n]*)"\]/g)].map((m) => m[1]);
    // Every label stays inside its own quotes: as many labels as boxes, no stray arrow from a name.
    expect(labels).toHaveLength(4);
    expect(chart.source.split('\n').filter((l) => l.includes('-->')).length).toBe(3);
  });

  it('names at most five OPDs per dimension and counts the rest; no chart before any program has a lead OPD', () => {
    const workshop = demoWorkshop();
    const dimension = workshop.dimensionSet.dimensions[0]!;
    const opds = Array.from({ length: 8 }, (_, i) => ({ ...workshop.opds[0]!, id: `opd-${i}`, abbreviation: `OPD${i}`, name: `OPD ${i}` }));
    const programs = opds.map((o, i): Program => ({ ...workshop.programs[0]!, id: `p-${i}`, dimensionId: dimension.id, leadOpdId: o.id }));
    const chart = governanceChart('Bupati', dimensionLeads([dimension], programs, opds))!;
    expect(chart.source).toContain('dan 3 OPD lain');
    expect(governanceChart('Bupati', dimensionLeads([dimension], programs.map((p) => ({ ...p, leadOpdId: null })), opds))).toBeNull();
  });

  it('is a figure of the masterplan, under Kelembagaan, listed with the document’s diagrams', () => {
    const doc = buildMasterplanDocument(demoWorkshop(), { draft: true });
    expect(doc.diagrams.map((d) => d.id)).toContain(GOVERNANCE_CHART_ID);
    const blocks = doc.sections.flatMap((s) => s.blocks);
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Kelembagaan');
    const figure = blocks.slice(at).find((b) => b.kind === 'figure');
    expect(figure && figure.kind === 'figure' ? figure.diagramId : null).toBe(GOVERNANCE_CHART_ID);
  });
});
