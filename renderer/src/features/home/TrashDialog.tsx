import { useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useToast } from '../../components/Toasts';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useLoaded } from '../history/use-loaded';

type TrashEntry = MethodOutput<'workshops.trash'>['entries'][number];

interface Props {
  onClose(): void;
  /** After a workshop came back, so the home list shows it. */
  onRestored(): void;
}

/** "Tempat sampah": deleted workshops, newest deletion first, each with "Pulihkan". */
export const TrashDialog = ({ onClose, onRestored }: Props) => {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const { language } = useLanguage();
  const { state, reload } = useLoaded(() => api['workshops.trash']({}), 'trash');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const entries = state.kind === 'ready' ? [...state.value.entries].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt)) : [];

  const restore = async (entry: TrashEntry) => {
    if (busy) return;
    setBusy(entry.trashId);
    setError(null);
    try {
      const summary = await api['workshops.restore']({ trashId: entry.trashId });
      toast({ tone: 'success', message: t('trash.restored', { title: summary.title }) });
      onRestored();
      await reload();
    } catch (failure) {
      setError(t('trash.restoreFailed', { title: entry.title, message: messageOf(failure) }));
    }
    setBusy(null);
  };

  return (
    <Dialog
      title={t('trash.title')}
      description={t('trash.description')}
      onClose={onClose}
      actions={
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {t('trash.close')}
        </button>
      }
    >
      {state.kind === 'loading' ? (
        <p className="loading" role="status">
          {t('trash.loading')}
        </p>
      ) : null}
      {state.kind === 'failed' ? <FormError message={t('trash.failed', { message: state.message })} /> : null}
      {state.kind === 'ready' && entries.length === 0 ? <p className="empty-note">{t('trash.empty')}</p> : null}
      {entries.length > 0 ? (
        <ul className="trash-list" aria-label={t('trash.title')}>
          {entries.map((entry) => (
            <li key={entry.trashId} className="trash-item">
              <div>
                <p className="trash-title">{entry.title}</p>
                <p className="trash-when">
                  {t('trash.deletedAt', { time: formatDateTime(entry.deletedAt, language) })}
                </p>
              </div>
              <button
                type="button"
                className="btn btn-secondary btn-small"
                disabled={busy !== null}
                aria-label={t('trash.restoreNamed', { title: entry.title })}
                onClick={() => void restore(entry)}
              >
                {busy === entry.trashId ? t('common.working') : t('trash.restore')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <FormError message={error} />
    </Dialog>
  );
};
