import { describe, expect, it } from 'vitest';
import { DiagramSourceError, buildMasterplanDocument, dimensionMindmap, quickWinQuadrant, roadmapGantt, validateDiagramSource } from '../../../shared/document';
import { DIAGRAM_PALETTE, GANTT_MAX_BODY, isSvgSource, roadmapGantts, spreadPoints, textWidth, wrapWords } from '../../../shared/document/diagrams';
import type { Program } from '../../../shared/model';
import { demoWorkshop } from './fixture';

const governance = () => {
  const workshop = demoWorkshop();
  const dimension = workshop.dimensionSet.dimensions[0]!;
  return { workshop, dimension, programs: workshop.programs.filter((p) => p.dimensionId === dimension.id) };
};

describe('diagram sources', () => {
  it('draws the Gantt roadmap as our own SVG: an element heading, then a row per program named by number, code and name, a bar per run of years', () => {
    const { dimension, programs } = governance();
    const first = programs[0]!;
    const gappy: Program = { ...first, years: [2026, 2027, 2029] };
    const spec = roadmapGantt(dimension, [gappy, ...programs.slice(1)], [2026, 2027, 2028, 2029, 2030])!;
    expect(spec.kind).toBe('gantt');
    expect(isSvgSource(spec.source)).toBe(true);
    expect(spec.source).toContain(`1. ${first.code} · `);
    expect(spec.source).toContain(`>${dimension.elements[0]!.nameId}</text>`);
    // Two bars for the program with a gap, in the app's primary colour; no mermaid lavender.
    const bars = (source: string) => source.split('\n').filter((l) => l.startsWith('<rect') && l.includes('rx="3"')).length;
    const plain = roadmapGantt(dimension, [{ ...first, years: [2026, 2027] }, ...programs.slice(1)], [2026, 2027, 2028, 2029, 2030])!;
    expect(bars(spec.source)).toBe(bars(plain.source) + 1);
    expect(spec.source).toContain(DIAGRAM_PALETTE.primary);
    expect(spec.source).not.toMatch(/#ECECFF|#9370DB/i);
    // Every plan year on the axis, none of the gaps' years drawn twice.
    for (const year of [2026, 2027, 2028, 2029, 2030]) expect(spec.source).toContain(`>${year}</text>`);
    expect(spec.alternative?.table).toBeNull();
    expect(spec.source).not.toContain('<br');
  });

  it('wraps a program name over two lines and shortens what does not fit', () => {
    expect(wrapWords('Perizinan Daring Satu Hari Tanpa ke Kantor', 31, 2)).toEqual(['Perizinan Daring Satu Hari', 'Tanpa ke Kantor']);
    const long = wrapWords('Informasi Harga Komoditas Pertanian Kecamatan Karangploso Kabupaten Malang Raya', 31, 2);
    expect(long).toHaveLength(2);
    expect(long[1]!.endsWith('…')).toBe(true);
    expect(long.every((l) => Array.from(l).length <= 31)).toBe(true);
  });

  it('wraps a Gantt name by the room it takes in DejaVu Sans, not by its characters', () => {
    // Measured in the drawn picture: this line is 211 px wide at 14 px.
    expect(textWidth('1. SG-SV-01 · Perizinan Daring', 14)).toBeGreaterThan(205);
    expect(textWidth('1. SG-SV-01 · Perizinan Daring', 14)).toBeLessThan(218);
    const measure = (line: string) => textWidth(line, 14);
    // Lower-case words fill the line (31 characters used to cut it at "Perizinan Daring")…
    expect(wrapWords('1. SG-SV-01 · Perizinan Daring Satu Hari Tanpa ke Kantor', 272, 2, measure)[0]).toBe('1. SG-SV-01 · Perizinan Daring Satu');
    // …and capitals stop early enough not to run into the bars.
    const caps = wrapWords('20. SG-SV-20 · Perbup Masterplan Smart Regency dan SPBE Kecamatan Gondanglegi', 272, 2, measure);
    expect(caps).toHaveLength(2);
    expect(caps[1]!.endsWith('…')).toBe(true);
    for (const line of caps) expect(measure(line)).toBeLessThanOrEqual(272);
  });

  it('splits a long roadmap into parts of whole elements that each fit a printed page', () => {
    const { dimension, programs } = governance();
    const many: Program[] = Array.from({ length: 60 }, (_, i) => ({ ...programs[i % programs.length]!, id: `p-${i}`, code: `SG-X-${i}`, years: [2026 + (i % 5)] }));
    const parts = roadmapGantts(dimension, many, [2026, 2027, 2028, 2029, 2030]);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts[0]!.id).toBe(`gantt-${dimension.id}`);
    expect(new Set(parts.map((p) => p.id)).size).toBe(parts.length);
    // Every program once over all parts, each part no taller than a page allows.
    const rows = parts.flatMap((p) => p.source.match(/>\d+\. SG-X-\d+ · /g) ?? []);
    expect(rows).toHaveLength(60);
    for (const part of parts) {
      const height = Number(/viewBox="0 0 \d+ (\d+)"/.exec(part.source)?.[1]);
      expect(height).toBeLessThanOrEqual(GANTT_MAX_BODY + 80);
      expect(part.title).toMatch(/bagian \d+ dari \d+$/);
    }
    expect(roadmapGantts(dimension, programs, [2026, 2027, 2028, 2029, 2030])).toHaveLength(1);
  });

  it('leaves out years outside the plan and has no Gantt for a dimension without scheduled programs', () => {
    const { dimension, programs } = governance();
    expect(roadmapGantt(dimension, programs.map((p) => ({ ...p, years: [2040] })), [2026, 2027])).toBeNull();
    expect(roadmapGantt(dimension, [], [2026])).toBeNull();
    expect(roadmapGantts(dimension, [], [2026])).toEqual([]);
  });

  it('escapes program and element names in the SVG', () => {
    const { dimension, programs } = governance();
    const hostile: Program = { ...programs[0]!, code: 'A&B', name: '<script>alert(1)</script> & "x"' };
    const element = { ...dimension.elements[0]!, nameId: 'Evil <svg onload=x> & co' };
    const spec = roadmapGantt({ ...dimension, nameId: 'Evil & <b>', elements: [element] }, [{ ...hostile, elementId: element.id }], [2026, 2027])!;
    expect(spec.source).not.toMatch(/<script|<b>|onload=x>|"x"/);
    expect(spec.source).toContain('&amp;');
    const parsed = spec.source.split('\n').every((l) => /^<(svg|rect|text|line|\/svg)[ >]/.test(l) || l === '</svg>');
    expect(parsed).toBe(true);
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
    expect(spec.alternative?.table?.rows).toHaveLength(candidates.length);
    const unscored = candidates.map(({ candidate, program }) => ({ candidate: { ...candidate, scores: { ...candidate.scores, impact: null } }, program }));
    expect(quickWinQuadrant(unscored)).toBeNull();
  });

  it('moves quick-win points so no two labels overlap, the same way every time', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({ label: `SG-SV-${String(i).padStart(2, '0')}`, x: 0.3, y: 0.8 }));
    const spread = spreadPoints(crowd);
    expect(spreadPoints(crowd)).toEqual(spread);
    // In plot pixels (560 × 470): a label ~8 px a character wide and 24 px tall with its point.
    for (const [i, a] of spread.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0.03);
      expect(a.y).toBeLessThanOrEqual(0.91);
      for (const b of spread.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) * 560 >= 8 * 7.5 + 6 || Math.abs(a.y - b.y) * 470 >= 31;
        expect(apart, `${a.label} and ${b.label}`).toBe(true);
      }
    }
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
