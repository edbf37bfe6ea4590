import { describe, expect, it } from 'vitest';
import { DiagramSourceError, buildMasterplanDocument, dimensionMindmap, quickWinQuadrant, roadmapGantt, validateDiagramSource } from '../../../shared/document';
import { DIAGRAM_PALETTE, GANTT_MAX_BODY, isSvgSource, roadmapGantts, textWidth, wrapWords } from '../../../shared/document/diagrams';
import { dimensionMapSvg, mapColumns } from '../../../shared/document/dimension-map';
import { QUADRANT, placePoints, quadrantSvg, wantedPoint, type PlacedPoint } from '../../../shared/document/quadrant';
import { boxInside, boxesOverlap } from '../../../shared/document/svg-draw';
import type { Program } from '../../../shared/model';
import { demoWorkshop } from './fixture';

const governance = () => {
  const workshop = demoWorkshop();
  const dimension = workshop.dimensionSet.dimensions[0]!;
  return { workshop, dimension, programs: workshop.programs.filter((p) => p.dimensionId === dimension.id) };
};

/** The text of every <text> element of a drawn SVG. */
const textsOf = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
const viewBox = (svg: string): number[] => (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? []).slice(1).map(Number);

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

  it('gives a long program name a third line in the Gantt, its row taller, instead of cutting it with "…"', () => {
    const { dimension, programs } = governance();
    // Kota Batu's SG-BR-01 printed as "Elektronik dan Tanda Tangan Elektr…" on the second line.
    const long: Program = { ...programs[0]!, code: 'SG-BR-01', name: 'Naskah Dinas Elektronik dan Tanda Tangan Elektronik', years: [2027] };
    const short: Program = { ...programs[0]!, code: 'SG-SV-01', name: 'Kanal Aduan', years: [2027] };
    const height = (spec: { source: string }) => viewBox(spec.source)[1] ?? 0;
    const withLong = roadmapGantt(dimension, [long], [2027, 2028])!;
    const withShort = roadmapGantt(dimension, [short], [2027, 2028])!;
    const names = textsOf(withLong.source).filter((t) => !/^\d{4}$/.test(t) && t !== dimension.elements[0]!.nameId && !t.startsWith('Peta jalan'));
    expect(names).toHaveLength(3);
    expect(names.join(' ')).toBe('1. SG-BR-01 · Naskah Dinas Elektronik dan Tanda Tangan Elektronik');
    expect(withLong.source).not.toContain('…');
    for (const line of names) expect(textWidth(line, 14)).toBeLessThanOrEqual(272);
    // The row grows by a line; its bar sits in the middle of it.
    expect(height(withLong) - height(withShort)).toBe(17);
  });

  it('keeps a label clear of a quarter’s name, so it does not read on into it ("SG-SV-01 Quick win")', () => {
    const name = /<text x="([\d.]+)" y="([\d.]+)" font-size="15"[^>]*>Quick win<\/text>/;
    for (let effort = 0; effort <= 0.45; effort += 0.002) {
      for (let impact = 0.9; impact <= 1; impact += 0.05) {
        const svg = quadrantSvg('Dampak dan upaya', [{ label: 'SG-SV-01', effort, impact }]);
        const [, nx, ny] = name.exec(svg)!.map(Number);
        const label = /<text x="([\d.]+)" y="([\d.]+)" font-size="13"[^>]*text-anchor="(\w+)">SG-SV-01<\/text>/.exec(svg)!;
        const [x, y] = [Number(label[1]), Number(label[2])];
        const width = textWidth('SG-SV-01', 13);
        const left = label[3] === 'start' ? x : label[3] === 'end' ? x - width : x - width / 2;
        const half = (textWidth('Quick win', 15) * 1.12) / 2;
        // On the name's line, the label ends 10 px or more before the name begins, or starts 10 px or more after it.
        if (Math.abs(y - (ny ?? 0)) < 16) expect(left + width <= (nx ?? 0) - half - 10 || left >= (nx ?? 0) + half + 10, `${effort} ${impact}`).toBe(true);
      }
    }
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

  it('maps every dimension and element as our own SVG, names wrapped and escaped, sized to print at full width', () => {
    const workshop = demoWorkshop();
    workshop.dimensionSet.dimensions[0]!.elements[0]!.nameId = 'Layanan "Publik" <A> & B';
    const spec = dimensionMindmap(workshop, 'Smart City Kabupaten Sukamaju');
    expect(spec.kind).toBe('mindmap');
    expect(isSvgSource(spec.source)).toBe(true);
    expect(spec.source).not.toMatch(/^mindmap|<A>|"Publik"/m);
    const words = textsOf(spec.source).join(' ');
    expect(words).toContain('Smart City Kabupaten Sukamaju');
    expect(words).toContain('Layanan &quot;Publik&quot; &lt;A&gt; &amp; B');
    for (const dimension of workshop.dimensionSet.dimensions) {
      expect(words).toContain(dimension.nameId);
      for (const element of dimension.elements.slice(1)) expect(words).toContain(element.nameId);
    }
    // 680 px wide (a page's text width is ~600 px) and no taller than a page allows, so nothing is shrunk further:
    // element names at 14 px print at about 9 pt, not the ~5 pt of mermaid's 1500 px wide mindmap.
    const [width, height] = viewBox(spec.source);
    expect(width).toBe(680);
    expect(height).toBeLessThanOrEqual(720);
    const sizes = [...spec.source.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
    expect(spec.source).toContain(DIAGRAM_PALETTE.primaryStrong);
    expect(spec.alternative?.table?.rows).toHaveLength(workshop.dimensionSet.dimensions.length);
  });

  it('wraps long element names inside their column and keeps many dimensions within a page', () => {
    const workshop = demoWorkshop();
    const long = 'Tata Kelola Data Terpadu dan Interoperabilitas Sistem Informasi Perangkat Daerah';
    for (const dimension of workshop.dimensionSet.dimensions) dimension.elements = [0, 1, 2, 3].map((i) => ({ ...dimension.elements[0]!, id: `${dimension.id}-e${i}`, nameId: `${long} ${i}` }));
    const spec = dimensionMindmap(workshop, 'Smart City');
    const [width, height] = viewBox(spec.source);
    expect(width).toBe(680);
    expect(height).toBeLessThanOrEqual(900);
    // Every line of text fits its column: no text runs past the picture's right edge.
    for (const match of spec.source.matchAll(/<text x="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)</g)) {
      if (/text-anchor/.test(match[0])) continue;
      expect(Number(match[1]) + textWidth(match[3]!, Number(match[2])) * 1.1).toBeLessThanOrEqual(680 - 10);
    }
  });

  it('lays out any number of dimensions, with or without elements: side by side up to 3, then rows of 3 or 4', () => {
    for (const count of [0, 1, 2, 4, 5, 9]) {
      const dimensions = Array.from({ length: count }, (_, i) => ({ name: `Dimensi ${i}`, elements: i % 3 === 0 ? [] : ['Satu', 'Dua dua dua'] }));
      const svg = dimensionMapSvg('Peta', 'Smart City', dimensions);
      expect(svg).not.toMatch(/NaN|Infinity/);
      expect(svg.match(/font-weight="bold" fill="#ffffff">Dimensi/g) ?? []).toHaveLength(count);
      expect(viewBox(svg)[1]).toBeLessThanOrEqual(720);
    }
    expect(mapColumns(Array.from({ length: 4 }, () => ({ name: 'D', elements: ['E'] }))).columns).toBe(2);
    expect(mapColumns(Array.from({ length: 6 }, () => ({ name: 'D', elements: ['E'] }))).columns).toBe(3);
  });

  it('draws the quick-win chart as our own SVG: a dot and a label per scored candidate, in the app palette', () => {
    const workshop = demoWorkshop();
    const candidates = workshop.quickWins.candidates.map((candidate) => ({ candidate, program: workshop.programs.find((p) => p.id === candidate.programId)! }));
    const spec = quickWinQuadrant(candidates)!;
    expect(isSvgSource(spec.source)).toBe(true);
    expect(spec.source.match(/<circle /g)).toHaveLength(candidates.length);
    for (const { program } of candidates) expect(textsOf(spec.source)).toContain(program.code);
    for (const name of ['Quick win', 'Program strategis', 'Pelengkap', 'Tinjau ulang', 'Upaya rendah', 'Dampak tinggi']) expect(textsOf(spec.source)).toContain(name);
    expect(spec.source).toContain(DIAGRAM_PALETTE.primary);
    expect(spec.source).not.toMatch(/quadrantChart|#ECECFF/i);
    expect(spec.alternative?.table?.rows).toHaveLength(candidates.length);
    const unscored = candidates.map(({ candidate, program }) => ({ candidate: { ...candidate, scores: { ...candidate.scores, impact: null } }, program }));
    expect(quickWinQuadrant(unscored)).toBeNull();
  });

  const { plot } = QUADRANT;
  const noOverlaps = (placed: readonly PlacedPoint[]): void => {
    const dot = (p: PlacedPoint) => ({ left: p.x - QUADRANT.dot, right: p.x + QUADRANT.dot, top: p.y - QUADRANT.dot, bottom: p.y + QUADRANT.dot });
    for (const [i, a] of placed.entries()) {
      expect(boxInside(a.box, plot), `${a.label} inside the plot`).toBe(true);
      expect(boxInside(dot(a), plot)).toBe(true);
      for (const b of placed.slice(i + 1)) {
        expect(boxesOverlap(a.box, b.box), `${a.label} and ${b.label}`).toBe(false);
        expect(boxesOverlap(a.box, dot(b)) || boxesOverlap(dot(a), b.box) || boxesOverlap(dot(a), dot(b)), `${a.label} and ${b.label}'s dots`).toBe(false);
      }
    }
  };

  it("puts the label of a point at the plot's edge on its inner side (Kota Batu: SG-SV-01 was cut at the left border)", () => {
    const entries = [
      { label: 'SG-SV-01', effort: 0, impact: 1 },
      { label: 'SE-WF-01', effort: 0.25, impact: 1 },
      { label: 'SN-WS-01', effort: 0.5, impact: 0.75 },
      { label: 'SS-LR-01', effort: 0, impact: 0.6 },
      { label: 'SL-HL-99', effort: 1, impact: 0 },
      { label: 'SB-TR-01', effort: 0.45, impact: 0.9 },
    ];
    const placed = placePoints(entries.map(wantedPoint), plot, []);
    noOverlaps(placed);
    const at = (label: string) => placed.find((p) => p.label === label)!;
    expect(at('SG-SV-01').text.anchor).toBe('start');
    expect(at('SS-LR-01').text.anchor).toBe('start');
    expect(at('SE-WF-01').text.anchor).toBe('start');
    // At the right border the label goes to the dot's left, inside.
    expect(at('SL-HL-99').text.anchor).toBe('end');
    expect(at('SL-HL-99').box.left).toBeGreaterThan(plot.left);
    // Just left of the midline the label goes left too, so it is not read as the next quarter's.
    expect(at('SB-TR-01').text.anchor).toBe('end');
    expect(at('SB-TR-01').box.right).toBeLessThan((plot.left + plot.right) / 2);
    // Points whose label fits stay where their scores put them; one on the midline moves just into its quarter.
    for (const entry of entries) {
      const wanted = wantedPoint(entry);
      expect(Math.abs(at(entry.label).x - wanted.x)).toBeLessThanOrEqual(entry.effort === 0.5 ? QUADRANT.dot + 4 : 0);
      expect(at(entry.label).y).toBe(wanted.y);
    }
    expect(at('SN-WS-01').x).toBeGreaterThan((plot.left + plot.right) / 2);
  });

  it('spreads candidates with the same scores so no label overlaps another, a dot or a quadrant name, each dot in its own quarter, the same way every time', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => wantedPoint({ label: `SG-SV-${String(i).padStart(2, '0')}`, effort: i % 2 === 0 ? 0.25 : 0.5, impact: 0.5 }));
    const names = [{ left: 250, right: 420, top: 52, bottom: 78 }];
    const placed = placePoints(crowd, plot, names);
    expect(placePoints(crowd, plot, names)).toEqual(placed);
    noOverlaps(placed);
    for (const [i, p] of placed.entries()) {
      expect(boxesOverlap(p.box, names[0]!)).toBe(false);
      const within = crowd[i]!.within;
      expect(p.x).toBeGreaterThanOrEqual(within.left);
      expect(p.x).toBeLessThanOrEqual(within.right);
      expect(p.y).toBeGreaterThanOrEqual(within.top);
      expect(p.y).toBeLessThanOrEqual(within.bottom);
    }
    // Effort 0.5 is not low, impact 0.5 is high: the top-right quarter.
    expect(crowd[1]!.within).toEqual({ left: (plot.left + plot.right) / 2, right: plot.right, top: plot.top, bottom: (plot.top + plot.bottom) / 2 });
  });

  it('keeps every label of a real chart inside the plot, even when all candidates score the same at its corner', () => {
    const workshop = demoWorkshop();
    const candidates = workshop.quickWins.candidates.map((candidate, i) => ({
      candidate: { ...candidate, scores: { ...candidate.scores, impact: 5, speed: 5, cost: 5 } },
      program: { ...workshop.programs.find((p) => p.id === candidate.programId)!, code: `SS-LR-0${i}` },
    }));
    const spec = quickWinQuadrant(candidates)!;
    const labels = [...spec.source.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="13"[^>]*text-anchor="(\w+)">([^<]*)</g)];
    expect(labels).toHaveLength(candidates.length);
    for (const match of labels) {
      const x = Number(match[1]);
      const width = textWidth(match[4]!, 13);
      const left = match[3] === 'start' ? x : match[3] === 'end' ? x - width : x - width / 2;
      expect(left, match[4]).toBeGreaterThanOrEqual(plot.left);
      expect(left + width, match[4]).toBeLessThanOrEqual(plot.right);
    }
  });

  it('refuses an empty source', () => {
    expect(() => validateDiagramSource({ id: 'x', kind: 'gantt', title: 'x', source: 'gantt\n' })).toThrow(DiagramSourceError);
  });

  it('gives every figure of the document a diagram source', () => {
    const doc = buildMasterplanDocument(demoWorkshop(), { draft: false });
    const ids = new Set(doc.diagrams.map((d) => d.id));
    const figures = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'figure');
    // A map of dimensions, the quick-win chart, the institutions chart and one Gantt per dimension.
    expect(figures.length).toBe(9);
    for (const figure of figures) expect(figure.kind === 'figure' && ids.has(figure.diagramId ?? '')).toBe(true);
  });
});
