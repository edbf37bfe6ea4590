import { describe, expect, it } from 'vitest';
import { DiagramSourceError, buildMasterplanDocument, dimensionMindmap, quickWinQuadrant, roadmapGantt, validateDiagramSource } from '../../../shared/document';
import { ganttSectionLabel } from '../../../shared/document/diagrams';
import type { Program } from '../../../shared/model';
import { demoWorkshop } from './fixture';

const governance = () => {
  const workshop = demoWorkshop();
  const dimension = workshop.dimensionSet.dimensions[0]!;
  return { workshop, dimension, programs: workshop.programs.filter((p) => p.dimensionId === dimension.id) };
};

describe('diagram sources', () => {
  it('draws a Gantt roadmap per dimension: one section per element, one bar per run of consecutive years', () => {
    const { dimension, programs } = governance();
    const first = programs[0]!;
    const gappy: Program = { ...first, years: [2026, 2027, 2029] };
    const spec = roadmapGantt(dimension, [gappy, ...programs.slice(1)], [2026, 2027, 2028, 2029, 2030]);
    expect(spec?.kind).toBe('gantt');
    const lines = spec!.source.split('\n');
    expect(lines[0]).toBe('gantt');
    expect(lines.filter((l) => l.trim().startsWith('section ')).map((l) => l.trim())).toEqual([
      'section Periode rencana',
      ...dimension.elements.map((e) => `section ${e.nameId}`),
    ]);
    expect(lines).toContain(`    1. ${first.code} :t1, 2026, 2028`);
    expect(lines).toContain(`    1. ${first.code} (lanjutan) :t2, 2029, 2030`);
  });

  it('spans the whole plan period with a tick each year, whatever years the programs take', () => {
    const { dimension, programs } = governance();
    const late: Program = { ...programs[0]!, years: [2029] };
    const spec = roadmapGantt(dimension, [late], [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035])!;
    const lines = spec.source.split('\n').map((l) => l.trim());
    // Mermaid 11 ignores "1year" (its units stop at month): twelve months is a year.
    expect(lines).toContain('tickInterval 12month');
    expect(lines).not.toContain('tickInterval 1year');
    expect(lines).toContain('2026–2035 :done, periode, 2026, 2036');
    expect(lines).toContain(`1. ${late.code} :t1, 2029, 2030`);
    expect(roadmapGantt(dimension, [late], [2029])!.source).toContain('    2029 :done, periode, 2029, 2030');
  });

  it('breaks a long element name over two lines of the section label instead of running under the bars', () => {
    const { dimension, programs } = governance();
    const element = { ...dimension.elements[0]!, nameId: 'Tata Kelola Energi yang Bertanggung Jawab dan Berkelanjutan di Seluruh Desa' };
    const spec = roadmapGantt({ ...dimension, elements: [element] }, [{ ...programs[0]!, elementId: element.id }], [2026, 2027])!;
    expect(spec.source).toContain('  section Tata Kelola Energi yang<br>Bertanggung Jawab dan B…');
    expect(ganttSectionLabel('Pelayanan Publik')).toBe('Pelayanan Publik');
    expect(ganttSectionLabel('   ')).toBe('-');
  });

  it('leaves out years outside the plan and has no Gantt for a dimension without scheduled programs', () => {
    const { dimension, programs } = governance();
    expect(roadmapGantt(dimension, programs.map((p) => ({ ...p, years: [2040] })), [2026, 2027])).toBeNull();
    expect(roadmapGantt(dimension, [], [2026])).toBeNull();
  });

  it('cannot be broken or injected into by program names', () => {
    const { dimension, programs } = governance();
    const hostile: Program = { ...programs[0]!, code: 'TITLE' };
    const element = { ...dimension.elements[0]!, nameId: 'section Evil: %%{init: {"theme":"dark"}}%%\n#; click x call y() --> "z"' };
    const spec = roadmapGantt({ ...dimension, nameId: 'Evil: #;', elements: [element] }, [hostile], [2026, 2027])!;
    const task = spec.source.split('\n').find((l) => l.includes(':t1'))!;
    expect(task.trim()).toBe('1. TITLE :t1, 2026, 2028');
    expect(task.split(':')).toHaveLength(2);
    expect(spec.source).not.toMatch(/%%|#|;|"|\{|\}|-->/);
    expect(spec.source.split('\n').every((l) => l === 'gantt' || /^ {2}/.test(l))).toBe(true);
  });

  it('maps every dimension and element in the mindmap, with quoted, escaped labels', () => {
    const workshop = demoWorkshop();
    workshop.dimensionSet.dimensions[0]!.elements[0]!.nameId = 'Layanan "Publik" (A)';
    const spec = dimensionMindmap(workshop, 'Smart City Kabupaten Sukamaju');
    const lines = spec.source.split('\n');
    expect(lines[0]).toBe('mindmap');
    expect(lines.filter((l) => /^ {4}d\d+\[/.test(l))).toHaveLength(6);
    expect(lines.filter((l) => /^ {6}d\d+e\d+\[/.test(l))).toHaveLength(18);
    expect(spec.source).toContain('d0e0["Layanan \'Publik\' A"]');
  });

  it('places scored quick-win candidates by program code in the impact-versus-effort chart', () => {
    const workshop = demoWorkshop();
    const candidates = workshop.quickWins.candidates.map((candidate) => ({ candidate, program: workshop.programs.find((p) => p.id === candidate.programId)! }));
    const spec = quickWinQuadrant(candidates)!;
    const points = spec.source.split('\n').filter((l) => /^ {2}[A-Z0-9-]+: \[/.test(l));
    expect(points).toHaveLength(candidates.length);
    for (const point of points) {
      const [x, y] = point.replace(/.*\[(.*)\]/, '$1').split(',').map(Number);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(1);
    }
    const unscored = candidates.map(({ candidate, program }) => ({ candidate: { ...candidate, scores: { ...candidate.scores, impact: null } }, program }));
    expect(quickWinQuadrant(unscored)).toBeNull();
  });

  it('refuses an empty source', () => {
    expect(() => validateDiagramSource({ id: 'x', kind: 'gantt', title: 'x', source: 'gantt\n' })).toThrow(DiagramSourceError);
  });

  it('gives every figure of the document a diagram source', () => {
    const doc = buildMasterplanDocument(demoWorkshop(), { draft: false });
    const ids = new Set(doc.diagrams.map((d) => d.id));
    const figures = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'figure');
    expect(figures.length).toBe(8);
    for (const figure of figures) expect(figure.kind === 'figure' && ids.has(figure.diagramId ?? '')).toBe(true);
  });
});
