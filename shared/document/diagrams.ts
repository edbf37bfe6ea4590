import type { Dimension, Program, QuickWinCandidate, Workshop } from '../model';
import type { DiagramSpec } from './model';
import { impactEffort } from './stats';
import { cleanLine } from './text';

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

/** A label that cannot be read as a keyword at the start of a line (e.g. a task called "section"). */
const guarded = (index: number, text: string): string => `${index}. ${diagramText(text) || '-'}`;

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

/** Characters of a Gantt section label that fit in its left margin (190 px at 13 px) on one line. */
const SECTION_LINE = 24;

/**
 * An element's name as a Gantt section label: at most two lines (mermaid breaks section labels at <br>), so a long
 * name stays in the left margin instead of running under the bars.
 */
export const ganttSectionLabel = (name: string): string => {
  const words = diagramText(name).split(' ').filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const current = lines[lines.length - 1];
    if (current !== undefined && Array.from(`${current} ${word}`).length <= SECTION_LINE) lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  if (lines.length === 0) return '-';
  const [first = '', second] = lines;
  if (second === undefined) return shorten(first, SECTION_LINE);
  const rest = lines.slice(1).join(' ');
  return `${shorten(first, SECTION_LINE)}<br>${shorten(rest, SECTION_LINE)}`;
};

/**
 * Yearly ticks. Mermaid 11 accepts only millisecond…month as the unit of `tickInterval` (a "1year" is ignored and the
 * axis falls back to quarterly ticks that all read the same year), so a year is written as twelve months.
 */
export const GANTT_YEARLY_TICKS = '12month';

/**
 * A Gantt chart of a dimension's programs over the whole plan period, one section per element, bars labelled
 * "1. SG-SV-01". A first bar "Periode rencana" spans the plan from its first to its last year, so every dimension's
 * chart has the same axis, with a tick each year, however few years its programs take. Null without scheduled programs.
 */
export const roadmapGantt = (dimension: Dimension, programs: readonly Program[], planYears: readonly number[]): DiagramSpec | null => {
  const inPlan = new Set(planYears);
  const first = Math.min(...planYears);
  const last = Math.max(...planYears);
  const lines = [
    'gantt',
    `  title ${diagramText(`Peta jalan ${dimension.nameId}`, 80)}`,
    '  dateFormat YYYY',
    '  axisFormat %Y',
    `  tickInterval ${GANTT_YEARLY_TICKS}`,
    '  todayMarker off',
    '  section Periode rencana',
    `    ${first === last ? first : `${first}–${last}`} :done, periode, ${first}, ${last + 1}`,
  ];
  let task = 0;
  let index = 0;
  for (const element of dimension.elements) {
    const ofElement = programs.filter((p) => p.elementId === element.id);
    const rows: string[] = [];
    for (const program of ofElement) {
      index += 1;
      const runs = yearRuns(program.years.filter((y) => inPlan.has(y)));
      runs.forEach(([start, end], runIndex) => {
        task += 1;
        // Bars are labelled by program code: names would not fit the bars and are in the roadmap table above.
        const label = `${guarded(index, program.code)}${runIndex === 0 ? '' : ' (lanjutan)'}`;
        rows.push(`    ${label} :t${task}, ${start}, ${end + 1}`);
      });
    }
    if (rows.length > 0) lines.push(`  section ${ganttSectionLabel(element.nameId)}`, ...rows);
  }
  if (task === 0) return null;
  return validateDiagramSource({ id: ganttId(dimension), kind: 'gantt', title: `Peta jalan ${cleanLine(dimension.nameId)}`, source: lines.join('\n') });
};

export const MINDMAP_ID = 'mindmap-dimensi';

/** A mindmap: the smart city in the middle, dimensions around it, elements under each. */
export const dimensionMindmap = (workshop: Workshop, rootLabel: string): DiagramSpec => {
  const lines = ['mindmap', `  root(("${diagramText(rootLabel, 60) || 'Smart City'}"))`];
  workshop.dimensionSet.dimensions.forEach((dimension, d) => {
    lines.push(`    d${d}["${diagramText(dimension.nameId) || '-'}"]`);
    dimension.elements.forEach((element, e) => lines.push(`      d${d}e${e}["${diagramText(element.nameId) || '-'}"]`));
  });
  return validateDiagramSource({ id: MINDMAP_ID, kind: 'mindmap', title: 'Dimensi dan elemen smart city', source: lines.join('\n') });
};

export const QUADRANT_ID = 'quadrant-quick-win';

/** Impact versus effort of scored quick-win candidates, labelled by program code. Null when none is scored. */
export const quickWinQuadrant = (candidates: ReadonlyArray<{ candidate: QuickWinCandidate; program: Program }>): DiagramSpec | null => {
  const points: string[] = [];
  const taken = new Map<string, number>();
  for (const { candidate, program } of candidates) {
    const position = impactEffort(candidate);
    if (!position) continue;
    const key = `${position.effort.toFixed(2)}|${position.impact.toFixed(2)}`;
    const nudge = (taken.get(key) ?? 0) * 0.03;
    taken.set(key, (taken.get(key) ?? 0) + 1);
    const x = Math.min(0.97, Math.max(0.03, position.effort * 0.9 + 0.05 + nudge));
    const y = Math.min(0.97, Math.max(0.03, position.impact * 0.9 + 0.05 - nudge));
    const label = program.code.replace(/[^A-Z0-9-]/g, '') || `P${points.length + 1}`;
    points.push(`  ${label}: [${x.toFixed(2)}, ${y.toFixed(2)}]`);
  }
  if (points.length === 0) return null;
  const lines = [
    'quadrantChart',
    '  title Dampak dan upaya calon quick win',
    '  x-axis Upaya rendah --> Upaya tinggi',
    '  y-axis Dampak rendah --> Dampak tinggi',
    '  quadrant-1 Program strategis',
    '  quadrant-2 Quick win',
    '  quadrant-3 Pelengkap',
    '  quadrant-4 Tinjau ulang',
    ...points,
  ];
  return validateDiagramSource({ id: QUADRANT_ID, kind: 'quadrant', title: 'Dampak dan upaya calon quick win', source: lines.join('\n') });
};
