import { z } from 'zod';
import { DimensionSchema, DimensionSetSchema, FundingSourceSchema, OpdSchema, ParticipantSchema, type Dimension } from '../../model';
import { checkDimension, checkDimensionRemoval, checkDimensionSet, checkFundingSource, checkFundingSourceRemoval, checkOpd, checkOpdRemoval } from '../../logic/reference-integrity';
import { AppError } from '../command-error';
import { collectionCommands, type CollectionSpec } from './collection-def';
import { FACILITATOR_ONLY, changedFields, defineCommand, itemKey, partKey } from './def';
import { topCollection } from './collection-def';

/*
 * Reference data: OPDs, the dimension set and its dimensions, funding sources, participants.
 * An OPD, dimension (or element) or funding source still in use is never removed: the reducer
 * refuses and names what uses it (shared/logic/reference-integrity.ts).
 */

export const OpdCollection = topCollection('opds', 'opd', OpdSchema, checkOpd, checkOpdRemoval);
export const ParticipantCollection = topCollection('participants', 'participant', ParticipantSchema);
export const FundingSourceCollection = topCollection('fundingSources', 'fundingSource', FundingSourceSchema, checkFundingSource, checkFundingSourceRemoval);
export const DimensionCollection: CollectionSpec<Dimension> = {
  label: 'dimension',
  item: DimensionSchema,
  get: (w) => w.dimensionSet.dimensions,
  set: (w, dimensions) => ({ ...w, dimensionSet: { ...w.dimensionSet, dimensions } }),
  check: checkDimension,
  checkRemove: checkDimensionRemoval,
};

export const referenceDataDefs = {
  ...collectionCommands('Opd', OpdCollection),
  ...collectionCommands('Participant', ParticipantCollection),
  ...collectionCommands('FundingSource', FundingSourceCollection),
  ...collectionCommands('Dimension', DimensionCollection),
  /** The whole dimension set (a preset chosen, dimensions reordered). Dimensions still in use must stay. */
  setDimensionSet: defineCommand({
    type: 'setDimensionSet',
    schema: z.object({ type: z.literal('setDimensionSet'), dimensionSet: DimensionSetSchema }),
    apply(w, c) {
      const problem = checkDimensionSet(w, c.dimensionSet);
      if (problem) throw new AppError('invalid_input', { ...problem, field: `dimensionSet.${problem.field}` });
      return { ...w, dimensionSet: c.dimensionSet };
    },
    invert: (before) => ({ type: 'setDimensionSet', dimensionSet: before.dimensionSet }),
    touches(before, c) {
      if (!before) return [partKey('dimensionSet'), 'Dimension:*'];
      const old = before.dimensionSet;
      const keys = changedFields({ ...old, dimensions: null }, { ...c.dimensionSet, dimensions: null }, (f) => partKey('dimensionSet', f));
      const ids = new Set([...old.dimensions, ...c.dimensionSet.dimensions].map((d) => d.id));
      for (const id of ids) {
        const a = old.dimensions.find((d) => d.id === id);
        const b = c.dimensionSet.dimensions.find((d) => d.id === id);
        keys.push(...(a && b ? changedFields(a, b, (f) => itemKey('Dimension', id, f)) : [itemKey('Dimension', id)]));
      }
      const order = (ds: readonly Dimension[]) => ds.map((d) => d.id).join('\n');
      if (order(old.dimensions) !== order(c.dimensionSet.dimensions)) keys.push(partKey('dimensionSet', 'dimensions'));
      return keys;
    },
    access: FACILITATOR_ONLY,
  }),
};
