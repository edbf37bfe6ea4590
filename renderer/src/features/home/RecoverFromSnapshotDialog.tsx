import type { MethodOutput } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { FormError } from '../../components/FormError';
import { useToast } from '../../components/Toasts';
import { formatDateTime } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { RestoreDialog, SnapshotSummary, useLoaded } from '../history';

type SnapshotInfo = MethodOutput<'workshop.history'>['snapshots'][number];

interface Props {
  workshopId: string;
  snapshot: SnapshotInfo;
  onClose(): void;
  onRestored(): void;
}

/** Rebuilds a damaged workshop from one of its history snapshots, after showing what the snapshot holds. */
export const RecoverFromSnapshotDialog = ({ workshopId, snapshot, onClose, onRestored }: Props) => {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const { language } = useLanguage();
  const time = formatDateTime(snapshot.at, language);
  const { state } = useLoaded(() => api['workshop.previewSnapshot']({ workshopId, snapshotId: snapshot.id }), snapshot.id);
  const laterChanges = state.kind === 'ready' ? state.value.laterChanges : 0;

  return (
    <RestoreDialog
      title={t('recovery.dialog.title')}
      description={t('recovery.dialog.description', { time, revision: snapshot.revision })}
      confirmLabel={t('recovery.dialog.confirm')}
      laterChanges={laterChanges}
      disabled={state.kind !== 'ready'}
      onClose={onClose}
      onConfirm={async (replayLater) => {
        const opened = await api['workshop.restoreSnapshot']({ workshopId, snapshotId: snapshot.id, replayLater });
        const title = opened.workshop.title;
        toast({
          tone: 'success',
          message: replayLater ? t('recovery.restoredReplayed', { title, time, count: laterChanges }) : t('recovery.restored', { title, time }),
        });
        onRestored();
      }}
    >
      {state.kind === 'loading' ? (
        <p className="loading" role="status">
          {t('history.preview.loading')}
        </p>
      ) : null}
      {state.kind === 'failed' ? <FormError message={t('history.preview.failed', { message: state.message })} /> : null}
      {state.kind === 'ready' ? (
        <div className="restore-summary">
          <SnapshotSummary snapshot={state.value.workshop} current={null} />
        </div>
      ) : null}
    </RestoreDialog>
  );
};
