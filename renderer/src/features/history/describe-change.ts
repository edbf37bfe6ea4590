import type { LogEntry } from '../../../../shared/contract';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translate } from '../../i18n/i18n-context';

const THINGS = {
  renameWorkshop: 'history.thing.renameWorkshop',
  setRegionProfile: 'history.thing.setRegionProfile',
  setPlanHorizon: 'history.thing.setPlanHorizon',
  setDimensionSet: 'history.thing.setDimensionSet',
  setVision: 'history.thing.setVision',
  setQuickWinWeights: 'history.thing.setQuickWinWeights',
  setQuickWinSelection: 'history.thing.setQuickWinSelection',
  setRoadmap: 'history.thing.setRoadmap',
  setCommitmentDetails: 'history.thing.setCommitmentDetails',
  setReviewChecklist: 'history.thing.setReviewChecklist',
  setExportSettings: 'history.thing.setExportSettings',
  Opd: 'history.thing.Opd',
  Participant: 'history.thing.Participant',
  FundingSource: 'history.thing.FundingSource',
  ReadinessItem: 'history.thing.ReadinessItem',
  Issue: 'history.thing.Issue',
  SwotItem: 'history.thing.SwotItem',
  TowsStrategy: 'history.thing.TowsStrategy',
  GapAnalysis: 'history.thing.GapAnalysis',
  Mission: 'history.thing.Mission',
  Goal: 'history.thing.Goal',
  Program: 'history.thing.Program',
  RpjmdMapping: 'history.thing.RpjmdMapping',
  Section: 'history.thing.Section',
  Dimension: 'history.thing.Dimension',
  QuickWinCandidate: 'history.thing.QuickWinCandidate',
  CommitmentEntry: 'history.thing.CommitmentEntry',
} as const satisfies Record<string, MessageKey>;

const thingKey = (name: string): MessageKey | null => (Object.hasOwn(THINGS, name) ? THINGS[name as keyof typeof THINGS] : null);

const LABEL_FIELDS = ['name', 'title', 'text', 'activity', 'code'] as const;
const MAX_LABEL = 60;

/** A short name for the item a command wrote ("PRG-01", "Smart Governance"), when it has one. */
const itemLabel = (command: object): string | null => {
  const item = 'item' in command && typeof command.item === 'object' && command.item !== null ? (command.item as Record<string, unknown>) : null;
  if (!item) return null;
  for (const field of LABEL_FIELDS) {
    const value = item[field];
    if (typeof value === 'string' && value.trim() !== '') {
      const text = value.replace(/\s+/g, ' ').trim();
      return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
    }
  }
  return null;
};

/**
 * One line of the change log in words: "Menambah program “PRG-07”", "Mengubah visi".
 * An upsert whose inverse removes the item added it; any other upsert changed it.
 */
export const describeChange = (entry: Pick<LogEntry, 'command' | 'inverse'>, t: Translate): string => {
  const { command, inverse } = entry;
  const type: string = command.type;
  if (type === 'restoreSnapshot') {
    // The whole workshop replaced by a history snapshot (a restore, or its undo or redo).
    const snapshotId = 'snapshotId' in command && typeof command.snapshotId === 'string' ? command.snapshotId : '';
    const revision = /_r(\d+)_/.exec(snapshotId)?.[1];
    return revision !== undefined ? t('history.change.restore', { revision }) : t('history.change.restoreAny');
  }
  if (type === 'batch' && 'commands' in command && Array.isArray(command.commands)) {
    // One step made of several commands (an import, a cascade): its parts, the first two in words.
    const parts: { type: string }[] = command.commands;
    const inverses: { type: string }[] = 'commands' in inverse && Array.isArray(inverse.commands) ? [...inverse.commands].reverse() : [];
    const words = parts
      .slice(0, 2)
      .map((part, i) => describeChange({ command: part, inverse: inverses[i] ?? { type: '' } } as Pick<LogEntry, 'command' | 'inverse'>, t));
    const first = words.join('; ');
    const more = parts.length - words.length;
    return more > 0 ? t('history.change.batchMore', { count: parts.length, first, more }) : t('history.change.batch', { count: parts.length, first });
  }
  const collection = /^(upsert|remove)(.+)$/.exec(type);
  if (collection?.[1] && collection[2]) {
    const key = thingKey(collection[2]);
    if (!key) return t('history.change.other', { type });
    // A removal names the item through its inverse, which puts it back.
    const label = itemLabel(collection[1] === 'remove' ? inverse : command);
    const thing = label ? t('history.change.named', { thing: t(key), label }) : t(key);
    if (collection[1] === 'remove') return t('history.change.remove', { thing });
    return t(String(inverse.type).startsWith('remove') ? 'history.change.add' : 'history.change.edit', { thing });
  }
  const key = thingKey(type);
  return key ? t('history.change.edit', { thing: t(key) }) : t('history.change.other', { type });
};
