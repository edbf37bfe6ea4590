import { richDocToText, type Workshop } from '../../../../shared/model';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translate } from '../../i18n/i18n-context';

/** What a snapshot summary counts, in the order it is shown. */
export const COUNTED = [
  { key: 'history.count.programs', of: (w: Workshop) => w.programs.length },
  { key: 'history.count.issues', of: (w: Workshop) => w.issues.length },
  { key: 'history.count.swot', of: (w: Workshop) => w.swotItems.length },
  { key: 'history.count.missions', of: (w: Workshop) => w.missions.length },
  { key: 'history.count.quickWins', of: (w: Workshop) => w.quickWins.candidates.length },
  { key: 'history.count.sections', of: (w: Workshop) => w.sections.length },
] as const satisfies readonly { key: MessageKey; of(w: Workshop): number }[];

export interface CountFact {
  key: (typeof COUNTED)[number]['key'];
  count: number;
  /** The count now, when there is a current workshop to compare with. */
  now: number | null;
}

export const countFacts = (snapshot: Workshop, current: Workshop | null): CountFact[] =>
  COUNTED.map(({ key, of }) => ({ key, count: of(snapshot), now: current ? of(current) : null }));

/** "12 program (sekarang 15)", or "12 program" when the count is unchanged or there is nothing to compare. */
export const countLabel = (fact: CountFact, t: Translate): string => {
  const label = t(fact.key, { count: fact.count });
  return fact.now !== null && fact.now !== fact.count ? `${label} ${t('history.preview.now', { count: fact.now })}` : label;
};

export const visionText = (workshop: Workshop): string => richDocToText(workshop.vision.statement).replace(/\s+/g, ' ').trim();

/** The region as people name it: "Kabupaten Malang, Jawa Timur". */
export const regionText = (workshop: Workshop): string => [workshop.region.name, workshop.region.province].filter((part) => part.trim() !== '').join(', ');

const REASON_KEYS = {
  interval: 'history.reason.interval',
  'before-restore-snapshot': 'history.reason.before-restore-snapshot',
  'before-migration': 'history.reason.before-migration',
  'before-merge': 'history.reason.before-merge',
  'before-import': 'history.reason.before-import',
} as const satisfies Record<string, MessageKey>;

/**
 * Why a snapshot was taken, in the UI's language. The core names its snapshots
 * `<time>_r<revision>_<reason>` and sends the reason in Indonesian; unknown reasons are shown as sent.
 */
export const reasonLabel = (snapshot: { id: string; reason: string }, t: Translate): string => {
  const code = /_r\d+_([a-z-]+)$/.exec(snapshot.id)?.[1];
  return code !== undefined && Object.hasOwn(REASON_KEYS, code) ? t(REASON_KEYS[code as keyof typeof REASON_KEYS]) : snapshot.reason;
};
