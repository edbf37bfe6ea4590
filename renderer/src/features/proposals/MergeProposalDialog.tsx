import { useId, useState } from 'react';
import type { ProgramProposal } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { FormDialogActions } from '../../components/FormDialogActions';
import { FormError } from '../../components/FormError';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { useProposalCommands } from './use-proposal-commands';

/** "Gabungkan ke program": an existing program of the proposal's dimension takes it in (and its issues). */
export const MergeProposalDialog = ({ proposal, onClose }: { proposal: ProgramProposal; onClose(): void }) => {
  const t = useT();
  const w = useWorkshop();
  const { merge } = useProposalCommands();
  const [query, setQuery] = useState('');
  const [programId, setProgramId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const searchId = useId();
  const radioName = useId();
  const q = query.trim().toLowerCase();
  const programs = w.programs.filter((p) => p.dimensionId === proposal.dimensionId);
  const shown = programs.filter((p) => q === '' || p.name.toLowerCase().includes(q) || p.code.toLowerCase().includes(q));

  const submit = () => {
    if (programId === null) {
      setError(t('proposals.merge.needProgram'));
      return;
    }
    const outcome = merge(proposal.id, programId);
    if (outcome.ok) onClose();
    else setError(outcome.message);
  };

  return (
    <Dialog
      title={t('proposals.merge.title')}
      description={t('proposals.merge.description', { name: proposal.name })}
      onClose={onClose}
      onSubmit={submit}
      actions={<FormDialogActions submitLabel={t('proposals.merge.submit')} onCancel={onClose} />}
    >
      <div className="field">
        <label className="field-label" htmlFor={searchId}>
          {t('proposals.merge.search')}
        </label>
        <input id={searchId} type="search" className="input" autoFocus autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {programs.length === 0 ? (
        <p className="empty-note">{t('proposals.merge.none')}</p>
      ) : (
        <fieldset className="proposal-program-list">
          <legend className="visually-hidden">{t('proposals.merge.pick')}</legend>
          {shown.map((p) => (
            <label key={p.id} className={`proposal-program-option${programId === p.id ? ' is-picked' : ''}`}>
              <input type="radio" name={radioName} value={p.id} checked={programId === p.id} onChange={() => setProgramId(p.id)} />
              <span className="chip">{p.code}</span>
              <span>{p.name}</span>
            </label>
          ))}
          {shown.length === 0 ? <p className="empty-note">{t('proposals.merge.noMatch')}</p> : null}
        </fieldset>
      )}
      <FormError message={error} />
    </Dialog>
  );
};
