import type { Workshop } from '../model';
import { AppError } from './command-error';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from './collections';
import type { Command } from './command';
import { checkDimensionSet } from '../logic/reference-integrity';

type AnySpec = CollectionSpec<{ id: string }>;

/** Splits "upsertProgram" into its verb and the collection it names, if it is a collection command. */
export const collectionOf = (type: string): { verb: 'upsert' | 'remove'; spec: AnySpec; name: CollectionName } | null => {
  const match = /^(upsert|remove)(.+)$/.exec(type);
  if (!match) return null;
  const name = match[2] as CollectionName;
  const spec = COLLECTIONS[name] as unknown as AnySpec | undefined;
  return spec ? { verb: match[1] as 'upsert' | 'remove', spec, name } : null;
};

const upsertInto = (spec: AnySpec, w: Workshop, item: { id: string }, index: number | undefined): Workshop => {
  const problem = spec.check?.(w, item);
  if (problem) throw new AppError('invalid_input', problem.message, `item.${problem.field}`);
  const items = [...spec.get(w)];
  const at = items.findIndex((x) => x.id === item.id);
  if (at >= 0) items[at] = item;
  else items.splice(Math.min(index ?? items.length, items.length), 0, item);
  return spec.set(w, items);
};

const removeFrom = (spec: AnySpec, w: Workshop, id: string): Workshop => {
  const items = spec.get(w);
  if (!items.some((x) => x.id === id)) throw new AppError('not_found', `${spec.label} tidak ditemukan (mungkin sudah dihapus)`, 'id');
  const problem = spec.checkRemove?.(w, id);
  if (problem) throw new AppError('invalid_input', problem.message, problem.field);
  return spec.set(w, items.filter((x) => x.id !== id));
};

const applySingleton = (w: Workshop, c: Command): Workshop => {
  switch (c.type) {
    case 'renameWorkshop':
      return { ...w, title: c.title };
    case 'setRegionProfile': {
      const patch = Object.fromEntries(Object.entries(c.patch).filter(([, v]) => v !== undefined));
      return { ...w, region: { ...w.region, ...patch } };
    }
    case 'setPlanHorizon':
      return { ...w, horizon: c.horizon };
    case 'setDimensionSet': {
      const problem = checkDimensionSet(w, c.dimensionSet);
      if (problem) throw new AppError('invalid_input', problem.message, `dimensionSet.${problem.field}`);
      return { ...w, dimensionSet: c.dimensionSet };
    }
    case 'setVision':
      return { ...w, vision: c.vision };
    case 'setQuickWinWeights':
      return { ...w, quickWins: { ...w.quickWins, weights: c.weights } };
    case 'setQuickWinSelection':
      return { ...w, quickWins: { ...w.quickWins, selection: c.selection } };
    case 'setRoadmap':
      return { ...w, roadmap: c.roadmap };
    case 'setCommitmentDetails':
      return { ...w, commitment: { ...w.commitment, ...c.details } };
    case 'setReviewChecklist':
      return { ...w, commitment: { ...w.commitment, reviewChecklist: c.items } };
    case 'setExportSettings':
      return { ...w, exportSettings: c.settings };
    default:
      throw new AppError('invalid_input', `Perintah tidak dikenal: ${c.type}`, 'type');
  }
};

/**
 * The one reducer: applies a validated command to a workshop and returns the new workshop
 * with its revision bumped. Pure; throws AppError when the command breaks a workshop rule.
 */
export const applyCommand = (w: Workshop, c: Command, at: string): Workshop => {
  const collection = collectionOf(c.type);
  let next: Workshop;
  if (collection && 'item' in c) next = upsertInto(collection.spec, w, c.item, c.index);
  else if (collection && 'id' in c) next = removeFrom(collection.spec, w, c.id);
  else next = applySingleton(w, c);
  return { ...next, revision: w.revision + 1, updatedAt: at };
};
