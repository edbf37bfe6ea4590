import { useState } from 'react';
import { WorkshopTitleSchema, type WorkshopSummary } from '../../../../shared/model';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { firstMessage } from '../../forms/first-message';
import { useT } from '../../i18n/i18n-context';

interface Props {
  workshop: WorkshopSummary;
  onClose(): void;
  onRenamed(summary: WorkshopSummary): void;
}

export const RenameWorkshopDialog = ({ workshop, onClose, onRenamed }: Props) => {
  const t = useT();
  const api = useApi();
  const [title, setTitle] = useState(workshop.title);
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const error = firstMessage(WorkshopTitleSchema.safeParse(title));

  const submit = async () => {
    setSubmitted(true);
    if (error || busy) return;
    setBusy(true);
    try {
      onRenamed(await api['workshops.rename']({ workshopId: workshop.id, title: title.trim() }));
    } catch (failure) {
      setServerError(messageOf(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('home.rename.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('common.working') : t('common.save')}
          </button>
        </>
      }
    >
      <Field label={t('home.create.workshopTitle')} error={(submitted ? error : undefined) ?? serverError} requiredLabel={t('common.required')}>
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            className="input"
            autoFocus
            value={title}
            maxLength={220}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required="true"
            onFocus={(e) => e.target.select()}
            onChange={(e) => {
              setTitle(e.target.value);
              setServerError(null);
            }}
            onBlur={() => setSubmitted(true)}
          />
        )}
      </Field>
    </Dialog>
  );
};
