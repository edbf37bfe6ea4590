import type { Dimension, Program, QuickWinCandidate, Workshop } from '../model';
import type { DiagramAlternative, DiagramSpec, TableRow } from './model';
import { cell, columns, row } from './tables';
import { impactEffort } from './stats';
import { cleanLine } from './text';
import { dimensionMapSvg } from './dimension-map';
import { quadrantSvg, type QuadrantEntry } from './quadrant';
import { DIAGRAM_PALETTE, svgOpen, textWidth, wrapWords, xml } from './svg-draw';

/**
 * Mermaid sources for the masterplan's diagrams: a Gantt roadmap per dimension, a mindmap of the
 * dimensions and elements, and the quick-win impact-versus-effort chart. Only strings are built here;
 * the renderer draws them. User text is reduced to one line without the characters each diagram's
 * grammar treats as syntax, so a program name can never break or inject into the source.
 */

const MAX_LABEL = 48;

const shorten = (text: string, max = MAX_LABEL): string => {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
};

/** Text safe in any of the three grammars: one line, no quotes, colons, semicolons, hashes, brackets or backticks. */
export const diagramText = (text: string, max = MAX_LABEL): string => {
  const safe = cleanLine(text)
    .replace(/["`]/g, "'")
    .replace(/[:;#{}[\]()<>%\\|]/g, ' ')
    .replace(/-->/g, '→')
    .replace(/\s+/g, ' ')
    .trim();
  return shorten(safe, max);
};

export class DiagramSourceError extends Error {}

/** Checks a built source: it has content lines after its header and no line breaks inside labels. */
export const validateDiagramSource = (spec: DiagramSpec): DiagramSpec => {
  const lines = spec.source.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) throw new DiagramSourceError(`Diagram ${spec.id} kosong`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\r]/.test(spec.source)) throw new DiagramSourceError(`Diagram ${spec.id} memuat karakter kendali`);
  if (/^\s*%%\{/m.test(spec.source)) throw new DiagramSourceError(`Diagram ${spec.id} memuat direktif`);
  return spec;
};

/** Consecutive runs of years: [2026, 2027, 2029] → [[2026, 2027], [2029, 2029]]. */
const yearRuns = (years: readonly number[]): Array<[number, number]> => {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const year of sorted) {
    const last = runs[runs.length - 1];
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs;
};

export const ganttId = (dimension: Dimension): string => `gantt-${dimension.id}`;

export { DIAGRAM_PALETTE, textWidth, wrapWords } from './svg-draw';

/**
 * The Gantt's geometry, in CSS pixels. Drawn 680 px wide, the picture is fitted to a portrait A4/F4 text width
 * (~600 px), so 14 px names print at about 9 pt. A part holds at most GANTT_MAX_BODY px of rows (about 700 px in all), so it fits in 70 %
 * of a page's text height, where the writer would otherwise shrink it.
 */
const G = { width: 680, labelX: 10, labelWidth: 270, gridX: 290, right: 12, top: 60, elementRow: 28, programRow: 38, lineStep: 17, nameSize: 14, nameWidth: 272 } as const;
export const GANTT_MAX_BODY = 640;

interface GanttRow {
  kind: 'element' | 'program';
  label: string;
  /** A program's label over up to three lines (two fit the row's height; a third makes the row taller). */
  lines?: string[];
  /** Runs of consecutive plan years (program rows). */
  runs: Array<[number, number]>;
}

const ganttSvg = (title: string, rows: readonly GanttRow[], first: number, last: number): string => {
  const years = last - first + 1;
  const gridWidth = G.width - G.gridX - G.right;
  const yearWidth = gridWidth / years;
  const xOf = (year: number): number => G.gridX + (year - first) * yearWidth;
  const height = G.top + rows.reduce((sum, r) => sum + rowHeight(r), 0) + 12;
  const parts: string[] = [
    ...svgOpen(G.width, height, title),
    `<text x="${G.labelX}" y="24" font-size="16" font-weight="bold" fill="${DIAGRAM_PALETTE.text}">${xml(title)}</text>`,
  ];
  // Year columns: a label on top, alternate columns lightly shaded, a line between years.
  for (let year = first; year <= last; year += 1) {
    const x = xOf(year);
    if ((year - first) % 2 === 1) parts.push(`<rect x="${x.toFixed(1)}" y="${G.top - 4}" width="${yearWidth.toFixed(1)}" height="${height - G.top - 8}" fill="${DIAGRAM_PALETTE.primarySofter}"/>`);
    const label = years > 12 ? `'${String(year).slice(2)}` : String(year);
    parts.push(`<text x="${(x + yearWidth / 2).toFixed(1)}" y="${G.top - 12}" font-size="13" text-anchor="middle" fill="${DIAGRAM_PALETTE.muted}">${label}</text>`);
  }
  let y = G.top;
  for (const row of rows) {
    if (row.kind === 'element') {
      parts.push(`<rect x="0" y="${y}" width="${G.width}" height="${G.elementRow - 4}" fill="${DIAGRAM_PALETTE.primarySoft}"/>`);
      parts.push(`<text x="${G.labelX}" y="${y + 17}" font-size="14" font-weight="bold" fill="${DIAGRAM_PALETTE.primaryStrong}">${xml(row.label)}</text>`);
      y += G.elementRow;
      continue;
    }
    const lines = row.lines ?? programLines(row.label);
    const rowTall = rowHeight(row);
    lines.forEach((line, i) =>
      parts.push(`<text x="${G.labelX}" y="${lines.length === 1 ? y + 24 : y + 16 + i * G.lineStep}" font-size="${G.nameSize}" fill="${DIAGRAM_PALETTE.text}">${xml(line)}</text>`),
    );
    const barHeight = G.programRow - 20;
    for (const [start, end] of row.runs) {
      const x = xOf(start) + 2;
      const w = Math.max(4, xOf(end + 1) - xOf(start) - 4);
      parts.push(`<rect x="${x.toFixed(1)}" y="${y + (rowTall - barHeight) / 2}" width="${w.toFixed(1)}" height="${barHeight}" rx="3" fill="${DIAGRAM_PALETTE.primary}"/>`);
    }
    parts.push(`<line x1="0" x2="${G.width}" y1="${y + rowTall - 0.5}" y2="${y + rowTall - 0.5}" stroke="${DIAGRAM_PALETTE.border}" stroke-width="1"/>`);
    y += rowTall;
  }
  for (let year = first; year <= last + 1; year += 1) {
    const x = xOf(year).toFixed(1);
    parts.push(`<line x1="${x}" x2="${x}" y1="${G.top - 4}" y2="${height - 12}" stroke="${DIAGRAM_PALETTE.borderStrong}" stroke-width="1"/>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
};

/**
 * A program's number, code and name over at most three lines: two fit a row, a long name takes a third (the row grows)
 * rather than end in "…" ("Naskah Dinas Elektronik dan Tanda Tangan Elektr…").
 */
const programLines = (label: string): string[] => wrapWords(label, G.nameWidth, 3, (line) => textWidth(line, G.nameSize));

function rowHeight(row: GanttRow): number {
  if (row.kind === 'element') return G.elementRow;
  return G.programRow + Math.max(0, (row.lines?.length ?? 2) - 2) * G.lineStep;
}

/** The rows of a dimension's Gantt: an element heading, then one row per scheduled program ("7. SG-PL-02 · name"). */
const ganttRows = (dimension: Dimension, programs: readonly Program[], planYears: readonly number[]): GanttRow[][] => {
  const inPlan = new Set(planYears);
  const groups: GanttRow[][] = [];
  let index = 0;
  for (const element of dimension.elements) {
    const rows: GanttRow[] = [];
    for (const program of programs.filter((p) => p.elementId === element.id)) {
      index += 1;
      const runs = yearRuns(program.years.filter((y) => inPlan.has(y)));
      if (runs.length === 0) continue;
      const label = `${index}. ${diagramText(program.code, 20)} · ${diagramText(program.name, 120)}`;
      rows.push({ kind: 'program', label, lines: programLines(label), runs });
    }
    if (rows.length > 0) groups.push([{ kind: 'element', label: diagramText(element.nameId, 80) || '-', runs: [] }, ...rows]);
  }
  return groups;
};

/**
 * Packs whole elements into parts of at most GANTT_MAX_BODY px of rows; an element taller than a part is cut into
 * pieces, each under its heading marked "(lanjutan)".
 */
const packParts = (groups: readonly GanttRow[][]): GanttRow[][] => {
  const parts: GanttRow[][] = [];
  let current: GanttRow[] = [];
  let used = 0;
  const flush = (): void => {
    if (current.length > 0) parts.push(current);
    current = [];
    used = 0;
  };
  const push = (row: GanttRow): void => {
    current.push(row);
    used += rowHeight(row);
  };
  for (const [heading, ...programs] of groups) {
    if (!heading) continue;
    const height = rowHeight(heading) + programs.reduce((sum, r) => sum + rowHeight(r), 0);
    if (used + height > GANTT_MAX_BODY) flush();
    push(heading);
    for (const row of programs) {
      if (used + rowHeight(row) > GANTT_MAX_BODY) {
        flush();
        push({ ...heading, label: `${heading.label} (lanjutan)` });
      }
      push(row);
    }
  }
  flush();
  return parts;
};

const ganttSpec = (dimension: Dimension, rows: readonly GanttRow[], planYears: readonly number[], part: number, parts: number): DiagramSpec => {
  const first = Math.min(...planYears);
  const last = Math.max(...planYears);
  const suffix = parts > 1 ? `, bagian ${part} dari ${parts}` : '';
  const title = `Peta jalan ${cleanLine(dimension.nameId)}${suffix}`;
  const id = part === 1 ? ganttId(dimension) : `${ganttId(dimension)}-${part}`;
  const alternative: DiagramAlternative = { note: '[Diagram belum digambar pada ekspor ini; jadwal programnya tersaji pada tabel peta jalan di atas.]', table: null };
  return { ...validateDiagramSource({ id, kind: 'gantt', title, source: ganttSvg(diagramText(title, 80), rows, first, last) }), alternative };
};

/**
 * The Gantt roadmap of a dimension's programs over the whole plan period, drawn as our own SVG: an element heading,
 * then a row per program with its number, code and name (wrapped over up to three lines) beside bars for each run of
 * consecutive years, on a year axis that spans the plan. Split into parts (whole elements where they fit) so each
 * part stays legible on a printed page. Empty without scheduled programs.
 */
export const roadmapGantts = (dimension: Dimension, programs: readonly Program[], planYears: readonly number[]): DiagramSpec[] => {
  if (planYears.length === 0) return [];
  const parts = packParts(ganttRows(dimension, programs, planYears));
  return parts.map((rows, i) => ganttSpec(dimension, rows, planYears, i + 1, parts.length));
};

/** The whole roadmap of a dimension in one Gantt (the app's roadmap view and the stage). Null without scheduled programs. */
export const roadmapGantt = (dimension: Dimension, programs: readonly Program[], planYears: readonly number[]): DiagramSpec | null => {
  if (planYears.length === 0) return null;
  const rows = ganttRows(dimension, programs, planYears).flat();
  return rows.length === 0 ? null : ganttSpec(dimension, rows, planYears, 1, 1);
};

/** Whether a diagram's source is a finished SVG drawn here rather than a mermaid source. */
export const isSvgSource = (source: string): boolean => source.startsWith('<svg');

/** What a reader gets in place of a diagram nobody drew: a note and its content as a compact table. */
export const tableAlternative = (tableColumns: ReturnType<typeof columns>, rows: TableRow[]): DiagramAlternative => ({
  note: '[Diagram belum digambar pada ekspor ini; isinya tersaji pada tabel berikut.]',
  table: { kind: 'table', caption: null, compact: true, columns: tableColumns, rows },
});

export const MINDMAP_ID = 'mindmap-dimensi';

/**
 * The map of dimensions and elements (the former mermaid mindmap), drawn as our own SVG (dimension-map.ts): the smart
 * city across the top, each dimension a column of its elements, names wrapped, sized to print legibly.
 */
export const dimensionMindmap = (workshop: Workshop, rootLabel: string): DiagramSpec => {
  const title = 'Dimensi dan elemen smart city';
  const dimensions = workshop.dimensionSet.dimensions.map((d) => ({ name: cleanLine(d.nameId) || '-', elements: d.elements.map((e) => cleanLine(e.nameId) || '-') }));
  const source = dimensionMapSvg(title, cleanLine(rootLabel) || 'Smart City', dimensions);
  const alternative = tableAlternative(
    columns(['Dimensi', 3], ['Elemen', 7]),
    workshop.dimensionSet.dimensions.map((d) => row([cell(cleanLine(d.nameId) || '-'), cell(d.elements.map((e) => cleanLine(e.nameId)).filter(Boolean).join('; ') || '-')])),
  );
  return { ...validateDiagramSource({ id: MINDMAP_ID, kind: 'mindmap', title, source }), alternative };
};

export const QUADRANT_ID = 'quadrant-quick-win';

/**
 * Impact versus effort of scored quick-win candidates, drawn as our own SVG (quadrant.ts), labelled by program code,
 * every label inside the plot and none overlapping another. Null when none is scored.
 */
export const quickWinQuadrant = (candidates: ReadonlyArray<{ candidate: QuickWinCandidate; program: Program }>): DiagramSpec | null => {
  const entries: QuadrantEntry[] = [];
  const quadrantRows: TableRow[] = [];
  for (const { candidate, program } of candidates) {
    const position = impactEffort(candidate);
    if (!position) continue;
    const high = position.impact >= 0.5;
    const easy = position.effort < 0.5;
    const quarter = high ? (easy ? 'Quick win' : 'Program strategis') : easy ? 'Pelengkap' : 'Tinjau ulang';
    quadrantRows.push(row([cell(cleanLine(program.code) || '-'), cell(cleanLine(program.name) || '-'), cell(quarter)]));
    entries.push({ label: shorten(cleanLine(program.code), 20) || `P${entries.length + 1}`, ...position });
  }
  if (entries.length === 0) return null;
  const title = 'Dampak dan upaya calon quick win';
  const alternative = tableAlternative(columns(['Kode', 2], ['Program', 5], ['Kuadran', 3]), quadrantRows);
  return { ...validateDiagramSource({ id: QUADRANT_ID, kind: 'quadrant', title, source: quadrantSvg(title, entries) }), alternative };
};
