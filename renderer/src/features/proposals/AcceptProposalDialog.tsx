import { useId, useState } from 'react';
import { nextProgramCode } from '../../../../shared/logic/program-code';
import type { ProgramProposal } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { FormDialogActions } from '../../components/FormDialogActions';
import { FormError } from '../../components/FormError';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { localName } from '../stage/stage-text';
import { useProposalCommands } from './use-proposal-commands';
import { OpdSelect } from '../../components/OpdSelect';

/** "Terima": the element the program belongs to and its lead OPD; the code it will get is shown before it is made. */
export const AcceptProposalDialog = ({ proposal, onClose }: { proposal: ProgramProposal; onClose(): void }) => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const { accept } = useProposalCommands();
  const dimension = w.dimensionSet.dimensions.find((d) => d.id === proposal.dimensionId);
  const elements = dimension?.elements ?? [];
  const [elementId, setElementId] = useState(proposal.elementId ?? elements[0]?.id ?? '');
  const [leadOpdId, setLeadOpdId] = useState(proposal.leadOpdId ?? '');
  const [error, setError] = useState<string | null>(null);
  const elementField = useId();
  const opdField = useId();
  const code = elementId ? nextProgramCode(w, proposal.dimensionId, elementId) : null;

  const submit = () => {
    if (!elementId) {
      setError(t('proposals.accept.needElement'));
      return;
    }
    const outcome = accept(proposal.id, elementId, leadOpdId === '' ? null : leadOpdId);
    if (outcome.ok) onClose();
    else setError(outcome.message);
  };

  return (
    <Dialog
      title={t('proposals.accept.title')}
      description={t('proposals.accept.description', { name: proposal.name })}
      onClose={onClose}
      onSubmit={submit}
      actions={<FormDialogActions submitLabel={t('proposals.accept.submit')} onCancel={onClose} />}
    >
      <div className="field">
        <label className="field-label" htmlFor={elementField}>
          {t('proposals.accept.element')}
        </label>
        <select id={elementField} className="input" value={elementId} autoFocus onChange={(e) => setElementId(e.target.value)}>
          {elements.map((el) => (
            <option key={el.id} value={el.id}>
              {el.code} · {localName(el, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={opdField}>
          {t('proposals.accept.leadOpd')}
        </label>
        <OpdSelect id={opdField} value={leadOpdId === '' ? null : leadOpdId} opds={w.opds} noneLabel={t('proposals.accept.noOpd')} onChange={(opdId) => setLeadOpdId(opdId ?? '')} />
      </div>
      <p className="proposal-code-preview" aria-live="polite">
        {code ? t('proposals.accept.code', { code }) : null}
      </p>
      <FormError message={error} />
    </Dialog>
  );
};
