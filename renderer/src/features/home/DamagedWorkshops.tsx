import { useState } from 'react';
import type { WorkshopListing } from './use-workshop-list';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { reasonLabel } from '../history';
import { RecoverFromSnapshotDialog } from './RecoverFromSnapshotDialog';

type Damaged = WorkshopListing['damaged'][number];
type SnapshotInfo = Damaged['historySnapshots'][number];

/** How many of a damaged workshop's snapshots are offered (newest first); older ones stay in its Riwayat. */
const OFFERED_SNAPSHOTS = 3;

interface Props {
  damaged: Damaged[];
  /** Restores from the `.bak` copy. */
  onRestoreBackup(item: Damaged): Promise<void>;
  /** After a restore from a history snapshot went through. */
  onRestored(): void;
}

/**
 * Files that could not be read are never hidden: the user sees what happened and every way back
 * that exists — the `.bak` copy when it is intact, and the newest history snapshots.
 */
export const DamagedWorkshops = ({ damaged, onRestoreBackup, onRestored }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const [busy, setBusy] = useState<string | null>(null);
  const [choice, setChoice] = useState<{ workshopId: string; snapshot: SnapshotInfo } | null>(null);
  if (damaged.length === 0) return null;
  return (
    <section className="card card-warning" aria-labelledby="damaged-heading">
      <h2 id="damaged-heading" className="card-title">
        <Icon name="alert" />
        {t('home.damaged.title')}
      </h2>
      <p className="card-lead">{t('recovery.lead')}</p>
      <ul className="damaged-list">
        {damaged.map((item) => {
          const snapshots = item.historySnapshots;
          const offered = snapshots.slice(0, OFFERED_SNAPSHOTS);
          const headingId = `damaged-${item.workshopId}-snapshots`;
          return (
            <li key={`${item.workshopId}-${item.file}`} className="damaged-item has-recovery">
              <div>
                <p className="damaged-file">
                  <Icon name="file" />
                  <span>{item.file}</span>
                </p>
                <p className="damaged-reason">{item.reason}</p>
              </div>
              <div className="recovery-options">
                {item.backupAvailable ? (
                  <div className="recovery-option">
                    <p className="recovery-note">{t('recovery.backup')}</p>
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      disabled={busy === item.workshopId}
                      onClick={() => {
                        setBusy(item.workshopId);
                        void onRestoreBackup(item).finally(() => setBusy(null));
                      }}
                    >
                      {busy === item.workshopId ? t('common.working') : t('recovery.backup.restore')}
                    </button>
                  </div>
                ) : snapshots.length > 0 ? (
                  <p className="recovery-note">{t('recovery.backup.none')}</p>
                ) : null}
                {offered.length > 0 ? (
                  <div>
                    <h3 className="recovery-heading" id={headingId}>
                      {t('recovery.snapshots')}
                    </h3>
                    <ul className="recovery-snapshots" aria-labelledby={headingId}>
                      {offered.map((snapshot) => {
                        const time = formatDateTime(snapshot.at, language);
                        return (
                          <li key={snapshot.id} className="recovery-snapshot">
                            <span className="recovery-snapshot-text">
                              <time dateTime={snapshot.at}>{time}</time>
                              <span>{reasonLabel(snapshot, t)}</span>
                              <span className="muted">{t('history.revision', { revision: snapshot.revision })}</span>
                            </span>
                            <button
                              type="button"
                              className="btn btn-secondary btn-small"
                              aria-haspopup="dialog"
                              aria-label={t('recovery.snapshot.restoreNamed', { time })}
                              onClick={() => setChoice({ workshopId: item.workshopId, snapshot })}
                            >
                              {t('recovery.snapshot.restore')}
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                    {snapshots.length > offered.length ? <p className="recovery-note">{t('recovery.snapshot.more', { count: snapshots.length - offered.length })}</p> : null}
                  </div>
                ) : null}
                {!item.backupAvailable && snapshots.length === 0 ? <p className="recovery-nothing">{t('recovery.nothing')}</p> : null}
              </div>
            </li>
          );
        })}
      </ul>
      {choice ? (
        <RecoverFromSnapshotDialog
          workshopId={choice.workshopId}
          snapshot={choice.snapshot}
          onClose={() => setChoice(null)}
          onRestored={() => {
            setChoice(null);
            onRestored();
          }}
        />
      ) : null}
    </section>
  );
};
