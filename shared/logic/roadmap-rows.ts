import { planEndYear, type Dimension, type Element, type Horizon, type PlanHorizon, type Program, type Roadmap } from '../model';
import { bucketRanges } from './roadmap-buckets';

/**
 * The roadmap as rows: dimension → element → program, columns = plan years (reference §7, layout).
 * Numbering follows the element order and then the program code, the same order the Gantt chart
 * and the Word export use, so "3." in the table is "3." on the chart.
 */

export interface RoadmapRow {
  /** 1, 2, 3 … across the whole dimension. */
  number: number;
  program: Program;
  /** Years inside the plan, ascending. */
  years: number[];
  /** Years the program still carries from an older horizon. */
  outside: number[];
}

export interface RoadmapElementGroup {
  element: Element;
  rows: RoadmapRow[];
}

/** A dimension's programs in roadmap order: by element as the dimension lists them, then by code. */
export const programsInRoadmapOrder = (dimension: Dimension, programs: readonly Program[]): Program[] => {
  const order = new Map(dimension.elements.map((e, i) => [e.id, i]));
  return programs
    .filter((p) => p.dimensionId === dimension.id && order.has(p.elementId))
    .sort((a, b) => (order.get(a.elementId) ?? 0) - (order.get(b.elementId) ?? 0) || a.code.localeCompare(b.code));
};

const inPlan = (year: number, horizon: PlanHorizon): boolean => year >= horizon.startYear && year <= planEndYear(horizon);

export const dimensionRoadmap = (dimension: Dimension, programs: readonly Program[], horizon: PlanHorizon): RoadmapElementGroup[] => {
  const ordered = programsInRoadmapOrder(dimension, programs);
  let number = 0;
  return dimension.elements.map((element) => ({
    element,
    rows: ordered
      .filter((p) => p.elementId === element.id)
      .map((program) => {
        number += 1;
        const years = [...new Set(program.years)].sort((a, b) => a - b);
        return { number, program, years: years.filter((y) => inPlan(y, horizon)), outside: years.filter((y) => !inPlan(y, horizon)) };
      }),
  }));
};

/** Programs with years outside the plan, e.g. after the plan was moved or shortened. */
export const programsOutsidePlan = (programs: readonly Program[], horizon: PlanHorizon): Program[] =>
  programs.filter((p) => p.years.some((y) => !inPlan(y, horizon)) || p.budget.some((b) => !inPlan(b.year, horizon)));

export interface RoadmapPhase {
  bucket: Horizon;
  label: string;
  startYear: number;
  endYear: number;
  years: number[];
}

/** The plan's phases with the room's own labels (reference §7: phase names are editable). */
export const roadmapPhases = (horizon: PlanHorizon, labels: Roadmap['phaseLabels']): RoadmapPhase[] =>
  bucketRanges(horizon).map((range) => ({
    ...range,
    label: labels[range.bucket].trim() || range.bucket,
    years: Array.from({ length: range.endYear - range.startYear + 1 }, (_, i) => range.startYear + i),
  }));

/** The roadmap with one dimension's note replaced; an empty note is dropped rather than stored. */
export const withDimensionNote = (roadmap: Roadmap, dimensionId: string, text: string): Roadmap => {
  const others = roadmap.notes.filter((n) => n.dimensionId !== dimensionId);
  if (text.trim() === '') return { ...roadmap, notes: others };
  const at = roadmap.notes.findIndex((n) => n.dimensionId === dimensionId);
  const notes = [...others];
  notes.splice(at < 0 ? notes.length : at, 0, { dimensionId, text });
  return { ...roadmap, notes };
};
