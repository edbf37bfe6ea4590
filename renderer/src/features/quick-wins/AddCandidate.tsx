import { useId, useState } from 'react';
import type { Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { dimensionName } from '../summary/lookups';
import { programLabel } from './candidate-order';
import { useQuickWinCommands } from './use-quick-win-commands';

/** Proposes a program from the matrix as a quick-win candidate. */
export const AddCandidate = ({ workshop: w }: { workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  const { addCandidate } = useQuickWinCommands();
  const [programId, setProgramId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const selectId = useId();
  const messageId = `${selectId}-message`;
  const taken = new Set(w.quickWins.candidates.map((c) => c.programId));
  const groups = w.dimensionSet.dimensions
    .map((d) => ({ dimension: d, programs: w.programs.filter((p) => p.dimensionId === d.id && !taken.has(p.id)).sort((a, b) => a.code.localeCompare(b.code)) }))
    .filter((g) => g.programs.length > 0);

  if (w.programs.length === 0) return <p className="empty-note">{t('quick-wins.candidates.noPrograms')}</p>;
  if (groups.length === 0) return <p className="muted qw-add-note">{t('quick-wins.candidates.allAdded')}</p>;

  const add = () => {
    if (programId === '' || taken.has(programId)) {
      setMessage(t('quick-wins.candidates.pickFirst'));
      return;
    }
    const outcome = addCandidate(programId);
    setMessage(outcome.ok ? null : outcome.message);
    if (outcome.ok) setProgramId('');
  };

  return (
    <div className={`field qw-add${message ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={selectId}>
        {t('quick-wins.candidates.program')}
      </label>
      <div className="qw-add-row">
        <select
          id={selectId}
          className="input qw-add-select"
          value={programId}
          aria-describedby={message ? messageId : undefined}
          aria-invalid={message !== null}
          onChange={(e) => {
            setProgramId(e.target.value);
            setMessage(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        >
          <option value="">{t('quick-wins.candidates.choose')}</option>
          {groups.map(({ dimension, programs }) => (
            <optgroup key={dimension.id} label={dimensionName(w, dimension.id, language)}>
              {programs.map((p) => (
                <option key={p.id} value={p.id}>
                  {programLabel(p)}
                  {p.quickWin ? ` ${t('quick-wins.candidates.flagged')}` : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <button type="button" className="btn btn-primary" onClick={add}>
          <Icon name="plus" />
          {t('quick-wins.candidates.add')}
        </button>
      </div>
      <p className={`field-message${message ? ' is-error' : ''}`} id={messageId} aria-live="polite">
        {message}
      </p>
    </div>
  );
};
