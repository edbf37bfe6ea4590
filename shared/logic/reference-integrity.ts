import type { Dimension, DimensionSet, FundingSource, Opd, Workshop } from '../model';
import type { Problem } from '../i18n/errors';
import { dimensionUses, elementUses, fundingSourceUses, opdUses, usesOf } from './reference-usage';

/**
 * Rules for a workshop's own reference data (dimensions, OPDs, funding sources) that need the
 * whole workshop: codes stay unique, and nothing is removed while something still points at it.
 * The command reducer applies them, so the renderer and the server refuse the same things.
 */
export type ReferenceProblem = Problem | null;

const sameWords = (a: string, b: string): boolean => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** A dimension on its own and against the other dimensions of its set: unique codes and element ids. */
const dimensionClash = (others: readonly Dimension[], d: Dimension): ReferenceProblem => {
  const sameCode = others.find((o) => o.code === d.code);
  if (sameCode) return { reason: 'dimension.codeUsedBy', params: { code: d.code, name: sameCode.nameId }, field: 'code' };
  for (const [index, element] of d.elements.entries()) {
    const earlier = d.elements.slice(0, index);
    const sameElementCode = earlier.find((e) => e.code === element.code);
    if (sameElementCode) return { reason: 'dimension.elementCodeUsedBy', params: { code: element.code, name: sameElementCode.nameId }, field: `elements.${index}.code` };
    if (earlier.some((e) => e.id === element.id)) return { reason: 'dimension.elementTwice', params: { name: element.nameId }, field: `elements.${index}.id` };
    const elsewhere = others.find((o) => o.elements.some((e) => e.id === element.id));
    if (elsewhere) return { reason: 'dimension.elementElsewhere', params: { name: element.nameId, dimension: elsewhere.nameId }, field: `elements.${index}.id` };
  }
  return null;
};

/** Elements dropped from a dimension must not be in use. */
const droppedElementsInUse = (w: Workshop, before: Dimension | undefined, after: Dimension): ReferenceProblem => {
  if (!before) return null;
  for (const element of before.elements) {
    if (after.elements.some((e) => e.id === element.id)) continue;
    const uses = elementUses(w, element.id);
    if (uses.length > 0) return { reason: 'item.inUse', params: { item: 'element', name: element.nameId, uses: usesOf(uses) }, field: 'elements' };
  }
  return null;
};

/** upsertDimension: a new or edited dimension of the workshop's set. */
export const checkDimension = (w: Workshop, d: Dimension): ReferenceProblem => {
  const dimensions = w.dimensionSet.dimensions;
  return dimensionClash(dimensions.filter((o) => o.id !== d.id), d) ?? droppedElementsInUse(w, dimensions.find((o) => o.id === d.id), d);
};

/** removeDimension: refused for the last dimension and for one that programs, issues or SWOT still use. */
export const checkDimensionRemoval = (w: Workshop, dimensionId: string): ReferenceProblem => {
  const dimension = w.dimensionSet.dimensions.find((d) => d.id === dimensionId);
  if (!dimension) return null;
  if (w.dimensionSet.dimensions.length <= 1) return { reason: 'dimension.lastOne', field: 'id' };
  const uses = dimensionUses(w, dimensionId);
  return uses.length > 0 ? { reason: 'item.inUse', params: { item: 'dimension', name: dimension.nameId, uses: usesOf(uses) }, field: 'id' } : null;
};

/** setDimensionSet: the whole set at once, with the same rules as one dimension at a time. */
export const checkDimensionSet = (w: Workshop, set: DimensionSet): ReferenceProblem => {
  for (const [index, d] of set.dimensions.entries()) {
    // Each dimension against those before it, so a clash is reported where it was introduced.
    const others = set.dimensions.slice(0, index);
    if (others.some((o) => o.id === d.id)) return { reason: 'dimension.twice', params: { name: d.nameId }, field: `dimensions.${index}.id` };
    const problem = dimensionClash(others, d) ?? droppedElementsInUse(w, w.dimensionSet.dimensions.find((o) => o.id === d.id), d);
    if (problem) return { ...problem, field: `dimensions.${index}.${problem.field}` };
  }
  for (const dropped of w.dimensionSet.dimensions.filter((d) => !set.dimensions.some((n) => n.id === d.id))) {
    const uses = dimensionUses(w, dropped.id);
    if (uses.length > 0) return { reason: 'item.inUse', params: { item: 'dimension', name: dropped.nameId, uses: usesOf(uses) }, field: 'dimensions' };
  }
  return null;
};

/** upsertOpd: abbreviations are how OPDs are picked in every list, so they stay unique. */
export const checkOpd = (w: Workshop, opd: Opd): ReferenceProblem => {
  const clash = w.opds.find((o) => o.id !== opd.id && sameWords(o.abbreviation, opd.abbreviation));
  if (clash) return { reason: 'opd.abbreviationUsedBy', params: { abbreviation: opd.abbreviation.trim(), name: clash.name }, field: 'abbreviation' };
  // A new FGD group must exist; one removed since it was chosen stays (read as none, back with the group on undo).
  const kept = w.opds.find((o) => o.id === opd.id)?.groupId === opd.groupId;
  return opd.groupId !== null && !kept && !w.groups.some((g) => g.id === opd.groupId) ? { reason: 'room.groupUnknown', field: 'groupId' } : null;
};

/** removeOpd: refused while a program, a section, an attendance row or anything else still names the OPD. */
export const checkOpdRemoval = (w: Workshop, opdId: string): ReferenceProblem => {
  const opd = w.opds.find((o) => o.id === opdId);
  const uses = opd ? opdUses(w, opdId) : [];
  return opd && uses.length > 0 ? { reason: 'item.inUse', params: { item: 'opd', name: opd.abbreviation, uses: usesOf(uses) }, field: 'id' } : null;
};

/** upsertFundingSource: one entry per source. */
export const checkFundingSource = (w: Workshop, source: FundingSource): ReferenceProblem => {
  const clash = w.fundingSources.find((f) => f.id !== source.id && sameWords(f.name, source.name));
  return clash ? { reason: 'fundingSource.exists', params: { name: clash.name }, field: 'name' } : null;
};

/** removeFundingSource: refused while programs are funded from it. */
export const checkFundingSourceRemoval = (w: Workshop, fundingSourceId: string): ReferenceProblem => {
  const source = w.fundingSources.find((f) => f.id === fundingSourceId);
  const uses = source ? fundingSourceUses(w, fundingSourceId) : [];
  return source && uses.length > 0 ? { reason: 'item.inUse', params: { item: 'fundingSource', name: source.name, uses: usesOf(uses) }, field: 'id' } : null;
};
