import type { Workshop } from '../model';
import type { Command } from './command';
import { collectionOf } from './reducer';
import { AppError } from './command-error';

/**
 * The command that undoes `c` when applied to the workshop `c` produced from `before`.
 * Computed before applying, so undo/redo is just applying more commands (and logging them).
 */
export const invertCommand = (before: Workshop, c: Command): Command => {
  const collection = collectionOf(c.type);
  if (collection) {
    const items = collection.spec.get(before);
    const id = 'item' in c ? c.item.id : 'id' in c ? c.id : '';
    const index = items.findIndex((x) => x.id === id);
    if (index < 0) {
      if (collection.verb === 'remove') throw new AppError('not_found', `${collection.spec.label} tidak ditemukan`, 'id');
      return { type: `remove${collection.name}`, id } as Command;
    }
    return { type: `upsert${collection.name}`, item: items[index], index } as Command;
  }
  switch (c.type) {
    case 'renameWorkshop':
      return { type: 'renameWorkshop', title: before.title };
    case 'setRegionProfile': {
      const keys = Object.keys(c.patch) as (keyof Workshop['region'])[];
      return { type: 'setRegionProfile', patch: Object.fromEntries(keys.map((k) => [k, before.region[k]])) };
    }
    case 'setPlanHorizon':
      return { type: 'setPlanHorizon', horizon: before.horizon };
    case 'setDimensionSet':
      return { type: 'setDimensionSet', dimensionSet: before.dimensionSet };
    case 'setVision':
      return { type: 'setVision', vision: before.vision };
    case 'setQuickWinWeights':
      return { type: 'setQuickWinWeights', weights: before.quickWins.weights };
    case 'setQuickWinSelection':
      return { type: 'setQuickWinSelection', selection: before.quickWins.selection };
    case 'setRoadmap':
      return { type: 'setRoadmap', roadmap: before.roadmap };
    case 'setCommitmentDetails':
      return { type: 'setCommitmentDetails', details: { place: before.commitment.place, date: before.commitment.date, statement: before.commitment.statement } };
    case 'setReviewChecklist':
      return { type: 'setReviewChecklist', items: before.commitment.reviewChecklist };
    case 'setExportSettings':
      return { type: 'setExportSettings', settings: before.exportSettings };
    default:
      throw new AppError('invalid_input', `Perintah tidak dikenal: ${c.type}`, 'type');
  }
};
