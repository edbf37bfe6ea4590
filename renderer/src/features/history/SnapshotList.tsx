import type { KeyboardEvent } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { reasonLabel } from './snapshot-facts';

export type SnapshotInfo = MethodOutput<'workshop.history'>['snapshots'][number];

interface Props {
  snapshots: SnapshotInfo[];
  selectedId: string | null;
  onSelect(id: string): void;
  labelledBy: string;
}

/** Moves focus between the list's buttons with the arrow keys, Home and End. */
const moveFocus = (event: KeyboardEvent<HTMLOListElement>) => {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.snapshot-item')];
  const at = buttons.findIndex((button) => button === document.activeElement);
  if (at < 0) return;
  event.preventDefault();
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : Math.min(buttons.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
  buttons[next]?.focus();
};

/** The snapshots, newest first: time, why it was taken, and its revision. */
export const SnapshotList = ({ snapshots, selectedId, onSelect, labelledBy }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  return (
    <ol className="snapshot-list" aria-labelledby={labelledBy} onKeyDown={moveFocus}>
      {snapshots.map((snapshot) => {
        const selected = snapshot.id === selectedId;
        return (
          <li key={snapshot.id}>
            <button type="button" className={`snapshot-item${selected ? ' is-selected' : ''}`} aria-pressed={selected} onClick={() => onSelect(snapshot.id)}>
              <time className="snapshot-time" dateTime={snapshot.at}>
                {formatDateTime(snapshot.at, language)}
              </time>
              <span className="snapshot-reason">{reasonLabel(snapshot, t)}</span>
              <span className="snapshot-revision">{t('history.revision', { revision: snapshot.revision })}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
};
