import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toasts';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useSession, useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { RestoreDialog } from './RestoreDialog';
import { reasonLabel } from './snapshot-facts';
import { SnapshotSummary } from './SnapshotSummary';
import { useLoaded } from './use-loaded';

interface Props {
  snapshotId: string;
  /** After a restore went through and the session shows it. */
  onRestored(): void;
}

/** What one snapshot holds beside the workshop now, and the way to bring it back. */
export const SnapshotPreviewPanel = ({ snapshotId, onRestored }: Props) => {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const { language } = useLanguage();
  const session = useSession();
  const { readOnly } = useSessionSnapshot();
  const workshop = useWorkshop();
  const [confirming, setConfirming] = useState(false);
  const { state } = useLoaded(() => api['workshop.previewSnapshot']({ workshopId: session.workshopId, snapshotId }), snapshotId);

  if (state.kind === 'loading') {
    return (
      <p className="loading" role="status">
        {t('history.preview.loading')}
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <p className="form-error" role="alert">
        {t('history.preview.failed', { message: state.message })}
      </p>
    );
  }
  const { snapshot, laterChanges } = state.value;
  const time = formatDateTime(snapshot.at, language);

  const restore = async (replayLater: boolean) => {
    if (session.hasUnsavedWrites()) throw new Error(t('history.restore.unsaved'));
    await api['workshop.restoreSnapshot']({ workshopId: session.workshopId, snapshotId, replayLater });
    // The restore went through the core: show what it wrote, keeping any edit not sent yet.
    await session.refresh();
    setConfirming(false);
    onRestored();
    toast({
      tone: 'success',
      message: replayLater ? t('history.restore.doneReplayed', { time, count: laterChanges }) : t('history.restore.done', { time }),
      action: { label: t('undo.undo'), run: () => session.undo() },
    });
  };

  return (
    <div className="snapshot-preview">
      <div className="snapshot-preview-head">
        <div>
          <h3 className="snapshot-preview-title">{t('history.preview.heading', { time })}</h3>
          <p className="snapshot-preview-meta">
            {reasonLabel(snapshot, t)} · {t('history.revision', { revision: snapshot.revision })}
          </p>
        </div>
        <button type="button" className="btn btn-primary" disabled={readOnly} aria-haspopup="dialog" onClick={() => setConfirming(true)}>
          <Icon name="undo" />
          <span>{t('history.restore.open')}</span>
        </button>
      </div>
      <SnapshotSummary snapshot={state.value.workshop} current={workshop} />
      {laterChanges > 0 ? <p className="snapshot-later">{t('history.preview.laterChanges', { count: laterChanges })}</p> : null}
      {readOnly ? <p className="notice notice-warning">{t('history.readOnly')}</p> : null}
      {confirming ? (
        <RestoreDialog
          title={t('history.restore.title')}
          description={t('history.restore.description', { time, revision: snapshot.revision })}
          confirmLabel={t('history.restore.confirm')}
          laterChanges={laterChanges}
          onClose={() => setConfirming(false)}
          onConfirm={restore}
        />
      ) : null}
    </div>
  );
};
