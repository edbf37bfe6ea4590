import { useState } from 'react';
import type { WorkshopSummary } from '../../../../shared/model';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../api/api-context';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n/i18n-context';
import { useRequest } from './use-request';

interface Props {
  workshop: WorkshopSummary;
  onClose(): void;
  onDeleted(trashId: string): void;
}

/** Deleting moves the workshop to the trash; the toast that follows offers to undo it. */
export const DeleteWorkshopDialog = ({ workshop, onClose, onDeleted }: Props) => {
  const t = useT();
  const api = useApi();
  const request = useRequest();
  const [error, setError] = useState<string | null>(null);

  const confirm = () =>
    request.run(
      () => api['workshops.delete']({ workshopId: workshop.id }),
      ({ trashId }) => onDeleted(trashId),
      (failure) => setError(messageOf(failure)),
    );

  return (
    <Dialog
      title={t('home.delete.title')}
      description={t('home.delete.description', { title: workshop.title })}
      tone="danger"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn btn-secondary" autoFocus onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-danger" disabled={request.busy} onClick={() => void confirm()}>
            {request.busy ? t('common.working') : t('home.delete.confirm')}
          </button>
        </>
      }
    >
      <FormError message={error} />
    </Dialog>
  );
};
