import { useState } from 'react';
import type { WorkshopSummary } from '../../../../shared/model';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { Dialog } from '../../components/Dialog';
import { FormDialogActions } from '../../components/FormDialogActions';
import { useT } from '../../i18n/i18n-context';
import { useRequest } from './use-request';
import { titleProblem, WorkshopTitleField } from './WorkshopTitleField';

interface Props {
  workshop: WorkshopSummary;
  onClose(): void;
  onRenamed(summary: WorkshopSummary): void;
}

export const RenameWorkshopDialog = ({ workshop, onClose, onRenamed }: Props) => {
  const t = useT();
  const api = useApi();
  const request = useRequest();
  const [title, setTitle] = useState(workshop.title);
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const error = titleProblem(title);

  const submit = () => {
    setSubmitted(true);
    if (error) return;
    void request.run(() => api['workshops.rename']({ workshopId: workshop.id, title: title.trim() }), onRenamed, (failure) => setServerError(messageOf(failure)));
  };

  return (
    <Dialog title={t('home.rename.title')} onClose={onClose} onSubmit={submit} actions={<FormDialogActions submitLabel={t('common.save')} onCancel={onClose} busy={request.busy} />}>
      <WorkshopTitleField
        value={title}
        error={(submitted ? error : undefined) ?? serverError}
        onChange={(text) => {
          setTitle(text);
          setServerError(null);
        }}
        onBlur={() => setSubmitted(true)}
        selectOnFocus
      />
    </Dialog>
  );
};
