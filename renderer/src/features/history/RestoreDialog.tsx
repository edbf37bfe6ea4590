import { useId, useState, type ReactNode } from 'react';
import { messageOf } from '../../api/api-error';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n/i18n-context';

interface Props {
  title: string;
  description: string;
  confirmLabel: string;
  /** Logged changes after the snapshot; when there are any, the user may have them applied again. */
  laterChanges: number;
  /** A summary of what comes back, shown above the choice. */
  children?: ReactNode;
  /** The restore cannot start yet (the snapshot is still being read, or could not be). */
  disabled?: boolean;
  onClose(): void;
  /** Restores; a thrown error is shown in the dialog and the dialog stays open. */
  onConfirm(replayLater: boolean): Promise<void>;
}

/** "Pulihkan snapshot ini?": says what happens, offers the later changes for replay, and restores. */
export const RestoreDialog = ({ title, description, confirmLabel, laterChanges, children, disabled = false, onClose, onConfirm }: Props) => {
  const t = useT();
  const [replay, setReplay] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();

  const confirm = async () => {
    if (busy || disabled) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(laterChanges > 0 && replay);
    } catch (failure) {
      setError(t('history.restore.failed', { message: messageOf(failure) }));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={title}
      description={description}
      onClose={onClose}
      onSubmit={() => void confirm()}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || disabled} autoFocus>
            {busy ? t('history.restore.busy') : confirmLabel}
          </button>
        </>
      }
    >
      {children}
      {laterChanges > 0 ? (
        <div className="restore-replay">
          <label className="checkbox-line">
            <input type="checkbox" checked={replay} onChange={(event) => setReplay(event.target.checked)} aria-describedby={hintId} />
            <span>{t('history.restore.replay', { count: laterChanges })}</span>
          </label>
          <p className="field-hint" id={hintId}>
            {t('history.restore.replayHint')}
          </p>
        </div>
      ) : null}
      <FormError message={error} />
    </Dialog>
  );
};
