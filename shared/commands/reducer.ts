import type { Workshop } from '../model';
import { AppError } from './command-error';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from './collections';
import type { Command } from './command';
import { checkDimensionSet } from '../logic/reference-integrity';
import { differsFromSuggestion, isSuggested } from '../logic/quick-win-decision';

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

/**
 * Rules a new command must pass that older log lines may not: a rule added later must not make a
 * workshop refuse to open, so replaying the log (and undo/redo, which restore what was there) use
 * `applyCommand` alone, and only the store's "do" path and the optimistic view call this.
 *
 * The quick-win rule (reference §6.3): a decision that differs from the app's suggestion is taken only
 * with a reason. Judged when the command changes the decision or clears the reason, so a decision made
 * when the scores were different is not refused for edits that leave it alone.
 */
export const checkNewCommand = (before: Workshop, after: Workshop, c: Command): void => {
  if (c.type !== 'upsertQuickWinCandidate') return;
  const next = c.item;
  if (next.decision === 'pending' || next.overrideReason.trim() !== '') return;
  const previous = before.quickWins.candidates.find((x) => x.id === next.id);
  const decisionChanged = previous?.decision !== next.decision;
  const reasonCleared = previous !== undefined && previous.overrideReason.trim() !== '';
  if (!decisionChanged && !reasonCleared) return;
  if (differsFromSuggestion(next.decision, isSuggested(after, next.id))) {
    const message =
      next.decision === 'chosen'
        ? 'Alasan penetapan wajib diisi: program ini tidak termasuk usulan quick win aplikasi'
        : 'Alasan penolakan wajib diisi: program ini termasuk usulan quick win aplikasi';
    throw new AppError('invalid_input', message, 'item.overrideReason');
  }
};

/** A command from a user now: the reducer plus the rules for new commands (see checkNewCommand). */
export const applyNewCommand = (w: Workshop, c: Command, at: string): Workshop => {
  const next = applyCommand(w, c, at);
  checkNewCommand(w, next, c);
  return next;
};
