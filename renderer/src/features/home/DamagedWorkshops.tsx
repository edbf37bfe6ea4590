import { useState } from 'react';
import type { WorkshopListing } from './use-workshop-list';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/i18n-context';

type Damaged = WorkshopListing['damaged'][number];

interface Props {
  damaged: Damaged[];
  onRestore(item: Damaged): Promise<void>;
}

/** Files that could not be read are never hidden: the user sees what happened and what can be done. */
export const DamagedWorkshops = ({ damaged, onRestore }: Props) => {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  if (damaged.length === 0) return null;
  return (
    <section className="card card-warning" aria-labelledby="damaged-heading">
      <h2 id="damaged-heading" className="card-title">
        <Icon name="alert" />
        {t('home.damaged.title')}
      </h2>
      <p className="card-lead">{t('home.damaged.lead')}</p>
      <ul className="damaged-list">
        {damaged.map((item) => (
          <li key={`${item.workshopId}-${item.file}`} className="damaged-item">
            <div>
              <p className="damaged-file">
                <Icon name="file" />
                <span>{item.file}</span>
              </p>
              <p className="damaged-reason">{item.reason}</p>
            </div>
            {item.backupAvailable ? (
              <button
                type="button"
                className="btn btn-secondary"
                disabled={busy === item.workshopId}
                onClick={() => {
                  setBusy(item.workshopId);
                  void onRestore(item).finally(() => setBusy(null));
                }}
              >
                {busy === item.workshopId ? t('common.working') : t('home.damaged.restore')}
              </button>
            ) : (
              <p className="damaged-nobackup">{t('home.damaged.noBackup')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
};
