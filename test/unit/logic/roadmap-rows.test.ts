import { describe, expect, it } from 'vitest';
import { roadmapGantt } from '../../../shared/document/diagrams';
import { dimensionRoadmap, programsInRoadmapOrder, programsOutsidePlan, roadmapPhases, withDimensionNote } from '../../../shared/logic/roadmap-rows';
import { planYears, type PlanHorizon, type Roadmap } from '../../../shared/model';
import { aProgram, demoWorkshop, emptyWorkshop } from './workshop-fixtures';

const fiveYears: PlanHorizon = { startYear: 2026, years: 5 };
const labels: Roadmap['phaseLabels'] = { pendek: 'Fondasi', menengah: 'Integrasi', panjang: 'Optimalisasi' };

describe('the roadmap table of a dimension', () => {
  const w = emptyWorkshop();
  const governance = w.dimensionSet.dimensions[0]!;
  const programs = [
    aProgram({ id: 'kebijakan', code: 'SG-PL-01', elementId: 'governance-policy', name: 'Perbup SPBE', years: [2027] }),
    aProgram({ id: 'izin-2', code: 'SG-SV-02', name: 'Antrean daring', years: [2028, 2026, 2035] }),
    aProgram({ id: 'izin-1', code: 'SG-SV-01', name: 'Perizinan daring', years: [] }),
    aProgram({ id: 'bromo', code: 'SB-TR-01', dimensionId: 'smart-branding', elementId: 'branding-tourism', name: 'Promosi Bromo' }),
  ];

  it('lists programs by element, then by code, numbered across the dimension', () => {
    const groups = dimensionRoadmap(governance, programs, fiveYears);
    expect(groups.map((g) => g.element.id)).toEqual(governance.elements.map((e) => e.id));
    const rows = groups.flatMap((g) => g.rows.map((r) => [r.number, r.program.code]));
    expect(rows).toEqual([
      [1, 'SG-SV-01'],
      [2, 'SG-SV-02'],
      [3, 'SG-PL-01'],
    ]);
  });

  it('marks the years inside the plan and keeps apart those outside it', () => {
    const row = dimensionRoadmap(governance, programs, fiveYears)
      .flatMap((g) => g.rows)
      .find((r) => r.program.id === 'izin-2')!;
    expect(row.years).toEqual([2026, 2028]);
    expect(row.outside).toEqual([2035]);
  });

  it('numbers programs exactly as the Gantt chart labels its bars', () => {
    const demo = demoWorkshop();
    for (const dimension of demo.dimensionSet.dimensions) {
      const ordered = programsInRoadmapOrder(dimension, demo.programs);
      const spec = roadmapGantt(dimension, ordered, planYears(demo.horizon));
      const rows = dimensionRoadmap(dimension, demo.programs, demo.horizon).flatMap((g) => g.rows);
      for (const row of rows.filter((r) => r.years.length > 0)) {
        expect(spec?.source).toContain(`>${row.number}. `);
      }
    }
  });

  it('finds programs that still carry years from an older horizon', () => {
    expect(programsOutsidePlan(programs, fiveYears).map((p) => p.id)).toEqual(['izin-2']);
    expect(programsOutsidePlan([aProgram({ years: [2026], budget: [{ year: 2031, amount: 1 }] })], fiveYears)).toHaveLength(1);
  });
});

describe('the roadmap phases', () => {
  it('carry the room’s own labels and the years of each bucket', () => {
    expect(roadmapPhases({ startYear: 2026, years: 10 }, labels)).toEqual([
      { bucket: 'pendek', label: 'Fondasi', startYear: 2026, endYear: 2026, years: [2026] },
      { bucket: 'menengah', label: 'Integrasi', startYear: 2027, endYear: 2030, years: [2027, 2028, 2029, 2030] },
      { bucket: 'panjang', label: 'Optimalisasi', startYear: 2031, endYear: 2035, years: [2031, 2032, 2033, 2034, 2035] },
    ]);
  });

  it('have no long term in a 5-year plan', () => {
    expect(roadmapPhases(fiveYears, labels).map((p) => p.bucket)).toEqual(['pendek', 'menengah']);
  });
});

describe('a note per dimension on the roadmap', () => {
  const roadmap: Roadmap = { phaseLabels: labels, notes: [{ dimensionId: 'smart-governance', text: 'Mulai dari perizinan' }, { dimensionId: 'smart-branding', text: 'Promosi' }] };

  it('replaces the dimension’s note in place', () => {
    expect(withDimensionNote(roadmap, 'smart-governance', 'Mulai dari adminduk').notes).toEqual([
      { dimensionId: 'smart-governance', text: 'Mulai dari adminduk' },
      { dimensionId: 'smart-branding', text: 'Promosi' },
    ]);
  });

  it('adds a note for a dimension without one, and drops an emptied note', () => {
    expect(withDimensionNote(roadmap, 'smart-economy', 'UMKM').notes.map((n) => n.dimensionId)).toEqual(['smart-governance', 'smart-branding', 'smart-economy']);
    expect(withDimensionNote(roadmap, 'smart-branding', '  ').notes.map((n) => n.dimensionId)).toEqual(['smart-governance']);
  });
});
