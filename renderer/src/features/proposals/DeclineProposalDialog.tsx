import { useId, useState } from 'react';
import type { ProgramProposal } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { FormDialogActions } from '../../components/FormDialogActions';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n/i18n-context';
import { useProposalCommands } from './use-proposal-commands';

/** "Tolak": with the reason the group reads on its phone (required). */
export const DeclineProposalDialog = ({ proposal, onClose }: { proposal: ProgramProposal; onClose(): void }) => {
  const t = useT();
  const { decline } = useProposalCommands();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const messageId = useId();

  const submit = () => {
    if (reason.trim() === '') {
      setFieldError(t('proposals.decline.needReason'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    const outcome = decline(proposal.id, reason.trim());
    if (outcome.ok) onClose();
    else setError(outcome.message);
  };

  return (
    <Dialog
      title={t('proposals.decline.title')}
      description={t('proposals.decline.description', { name: proposal.name })}
      onClose={onClose}
      onSubmit={submit}
      tone="danger"
      actions={<FormDialogActions submitLabel={t('proposals.decline.submit')} onCancel={onClose} />}
    >
      <div className={`field${fieldError ? ' field-invalid' : ''}`}>
        <label className="field-label" htmlFor={reasonId}>
          {t('proposals.decline.reason')}
          <span className="field-required"> ({t('proposals.required')})</span>
        </label>
        <textarea
          id={reasonId}
          className="input textarea"
          rows={3}
          maxLength={1000}
          autoFocus
          required
          value={reason}
          aria-invalid={fieldError !== null}
          aria-describedby={messageId}
          onChange={(e) => {
            setReason(e.target.value);
            setFieldError(null);
          }}
        />
        <p className="field-message is-error" id={messageId} aria-live="polite">
          {fieldError}
        </p>
      </div>
      <FormError message={error} />
    </Dialog>
  );
};
