import type { SwotItem, SwotQuadrant, TowsKind, TowsStrategy, Workshop } from '../model';
import type { ErrorDetail } from '../i18n/errors';

/** Which two SWOT quadrants each TOWS strategy crosses: SO uses strengths to seize opportunities, and so on. */
export const TOWS_CROSSES: Readonly<Record<TowsKind, readonly [SwotQuadrant, SwotQuadrant]>> = {
  SO: ['S', 'O'],
  ST: ['S', 'T'],
  WO: ['W', 'O'],
  WT: ['W', 'T'],
};


/** What a facilitator picks when writing a strategy. */
export type TowsPick = Pick<TowsStrategy, 'dimensionId' | 'kind' | 'sourceItemIds'>;

/** What is wrong with a pick, as a reason of the error catalogue (worded in the UI's language). */
export type TowsProblem = ErrorDetail & { field: 'sourceItemIds' };

const problem = (detail: ErrorDetail): TowsProblem => ({ ...detail, field: 'sourceItemIds' });

/** Picked factors that exist must be of the strategy's dimension and of one of its two quadrants. */
const misplacedFactor = (factors: readonly SwotItem[], pick: TowsPick): TowsProblem | null => {
  const [first, second] = TOWS_CROSSES[pick.kind];
  for (const factor of factors) {
    if (factor.dimensionId !== pick.dimensionId) return problem({ reason: 'tows.factorOtherDimension' });
    if (factor.quadrant !== first && factor.quadrant !== second)
      return problem({ reason: 'tows.factorWrongQuadrant', params: { kind: pick.kind, quadrantA: first, quadrantB: second, quadrant: factor.quadrant } });
  }
  return null;
};

/** Both quadrants of the cross need at least one picked factor. */
const incompleteCross = (factors: readonly SwotItem[], kind: TowsKind): TowsProblem | null => {
  const [first, second] = TOWS_CROSSES[kind];
  const hasFirst = factors.some((f) => f.quadrant === first);
  const hasSecond = factors.some((f) => f.quadrant === second);
  if (!hasFirst && !hasSecond) return problem({ reason: 'tows.needsBoth', params: { kind, quadrantA: first, quadrantB: second } });
  if (!hasFirst) return problem({ reason: 'tows.needsOne', params: { kind, quadrant: first } });
  if (!hasSecond) return problem({ reason: 'tows.needsOne', params: { kind, quadrant: second } });
  return null;
};

/**
 * The rule for a strategy being written now: every picked factor exists, belongs to the same
 * dimension and to one of the strategy's two quadrants, and each of the two quadrants is picked
 * at least once (an SO strategy crosses ≥1 strength with ≥1 opportunity).
 */
export const towsPickProblem = (swotItems: readonly SwotItem[], pick: TowsPick): TowsProblem | null => {
  if (new Set(pick.sourceItemIds).size !== pick.sourceItemIds.length) return problem({ reason: 'tows.factorTwice' });
  const factors: SwotItem[] = [];
  for (const id of pick.sourceItemIds) {
    const factor = swotItems.find((s) => s.id === id);
    if (!factor) return problem({ reason: 'tows.factorMissing' });
    factors.push(factor);
  }
  return misplacedFactor(factors, pick) ?? incompleteCross(factors, pick.kind);
};

/**
 * The same rule as the core applies it to a stored strategy. A factor removed after the strategy
 * was written is tolerated (the worksheet shows the strategy as needing new sources), so that undo
 * can always bring back a strategy whose factors were removed later.
 */
export const towsStoredProblem = (w: Workshop, strategy: TowsPick): TowsProblem | null => {
  if (new Set(strategy.sourceItemIds).size !== strategy.sourceItemIds.length) return problem({ reason: 'tows.factorTwice' });
  const factors = w.swotItems.filter((s) => strategy.sourceItemIds.includes(s.id));
  const misplaced = misplacedFactor(factors, strategy);
  if (misplaced) return misplaced;
  const someRemoved = factors.length < strategy.sourceItemIds.length;
  return someRemoved ? null : incompleteCross(factors, strategy.kind);
};

/**
 * The factors of one dimension numbered per quadrant in board order: S1, S2, W1, O1 … The one
 * numbering of the screens, the Word document and the workbook: a factor the facilitator hid is not
 * counted and gets no label (the documents leave it out), so a screen says S1 where Word says S1.
 */
export const swotFactorLabels = (swotItems: readonly SwotItem[], dimensionId: string): ReadonlyMap<string, string> => {
  const counts: Record<SwotQuadrant, number> = { S: 0, W: 0, O: 0, T: 0 };
  const labels = new Map<string, string>();
  for (const item of swotItems) {
    if (item.dimensionId !== dimensionId || item.hidden === true) continue;
    counts[item.quadrant] += 1;
    labels.set(item.id, `${item.quadrant}${counts[item.quadrant]}`);
  }
  return labels;
};

/** The strategies of one dimension numbered per kind: SO1, SO2, WT1 … */
export const towsStrategyLabels = (strategies: readonly TowsStrategy[], dimensionId: string): ReadonlyMap<string, string> => {
  const counts: Record<TowsKind, number> = { SO: 0, ST: 0, WO: 0, WT: 0 };
  const labels = new Map<string, string>();
  for (const strategy of strategies) {
    if (strategy.dimensionId !== dimensionId) continue;
    counts[strategy.kind] += 1;
    labels.set(strategy.id, `${strategy.kind}${counts[strategy.kind]}`);
  }
  return labels;
};

export interface TowsOrigin {
  /** "S2 + O1", in quadrant order: the shown factors only, as the Word document and the workbook name them. */
  label: string;
  /** The picked factors that are shown, with their labels (S1, O2 …) and texts. */
  factors: { id: string; label: string; quadrant: SwotQuadrant; text: string }[];
  /** Picked factors the facilitator hid: they get no number and are left out of the label, as in the exports. */
  hiddenFactors: { id: string; quadrant: SwotQuadrant; text: string }[];
  /** Picked factors that no longer exist on the board. */
  removedCount: number;
  /** The strategy no longer satisfies the rule and needs its sources picked again. */
  needsNewSources: boolean;
}

const QUADRANT_ORDER: readonly SwotQuadrant[] = ['S', 'W', 'O', 'T'];

/**
 * Where a strategy came from: the picked factors with their labels and texts. The one rule of the
 * screens, the Word annex and the workbook: a hidden factor is not counted and not named, so a strategy
 * crossing hidden S, S1 and O1 reads "S1 + O1" everywhere (the screen lists the hidden one apart).
 */
export const towsOrigin = (swotItems: readonly SwotItem[], strategy: TowsStrategy): TowsOrigin => {
  const labels = swotFactorLabels(swotItems, strategy.dimensionId);
  const picked = swotItems.filter((s) => strategy.sourceItemIds.includes(s.id));
  const factors = picked
    .filter((s) => s.hidden !== true)
    .map((s) => ({ id: s.id, label: labels.get(s.id) ?? s.quadrant, quadrant: s.quadrant, text: s.text }))
    .sort((a, b) => QUADRANT_ORDER.indexOf(a.quadrant) - QUADRANT_ORDER.indexOf(b.quadrant) || labelNumber(a.label) - labelNumber(b.label));
  return {
    label: factors.map((f) => f.label).join(' + '),
    factors,
    hiddenFactors: picked.filter((s) => s.hidden === true).map((s) => ({ id: s.id, quadrant: s.quadrant, text: s.text })),
    removedCount: strategy.sourceItemIds.length - picked.length,
    needsNewSources: towsPickProblem(swotItems, strategy) !== null,
  };
};

const labelNumber = (label: string): number => Number(label.slice(1)) || 0;

/** The strategies that picked a factor, so removing it can say what loses its source. */
export const strategiesUsingFactor = (strategies: readonly TowsStrategy[], factorId: string): TowsStrategy[] =>
  strategies.filter((s) => s.sourceItemIds.includes(factorId));
