import { useState, type FormEvent } from 'react';
import { readPastedAttendees } from '../../../../shared/logic/bimtek';
import { cleanLine, type BimtekStageId, type Opd } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { OpdSelect } from '../../components/OpdSelect';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';
import { newAttendee, useBimtekCommands } from './use-bimtek-commands';

interface Props {
  opds: readonly Opd[];
  stage: BimtekStageId;
  numeral: string;
}

/** Quick add (one line, Enter adds and keeps the focus in the name) and the paste of many lines. */
export const AddAttendee = ({ opds, stage, numeral }: Props) => {
  const t = useT();
  const toast = useToast();
  const { addAttendee, addPasted } = useBimtekCommands();
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [opdId, setOpdId] = useState<string | null>(null);
  const [group, setGroup] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fields = { name: cleanLine(name), title: cleanLine(title), opdId, group: cleanLine(group) };
    if (!fields.name && !fields.title && fields.opdId === null) {
      setMessage(t('bimtek.add.needSomething'));
      return;
    }
    const outcome = addAttendee(newAttendee(fields, stage));
    if (!outcome.ok) {
      setMessage(outcome.message);
      return;
    }
    setMessage(null);
    setName('');
    setTitle('');
    document.getElementById('bimtek-add-name')?.focus();
  };

  const rows = pasting ? readPastedAttendees(pasted, opds) : [];
  const unknown = rows.filter((r) => r.unknownOpd !== '');
  const addAll = () => {
    const outcome = addPasted(rows, stage);
    if (!outcome.ok) {
      toast({ tone: 'error', message: outcome.message });
      return;
    }
    toast({ tone: 'success', message: t('bimtek.paste.done', { count: rows.length }) });
    setPasted('');
    setPasting(false);
  };

  return (
    <div className="bimtek-add">
      <form className="bimtek-add-row" onSubmit={submit} aria-label={t('bimtek.add.heading')}>
        <label className="visually-hidden" htmlFor="bimtek-add-name">
          {t('bimtek.add.name')}
        </label>
        <input id="bimtek-add-name" className="input" placeholder={t('bimtek.add.name')} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        <label className="visually-hidden" htmlFor="bimtek-add-title">
          {t('bimtek.add.title')}
        </label>
        <input id="bimtek-add-title" className="input" placeholder={t('bimtek.add.title')} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        <OpdSelect value={opdId} opds={opds} noneLabel={t('bimtek.row.noOpd')} ariaLabel={t('bimtek.add.opd')} onChange={setOpdId} short />
        <label className="visually-hidden" htmlFor="bimtek-add-group">
          {t('bimtek.add.group')}
        </label>
        <input id="bimtek-add-group" className="input" placeholder={t('bimtek.add.group')} value={group} maxLength={120} onChange={(e) => setGroup(e.target.value)} />
        <button type="submit" className="btn btn-secondary">
          <Icon name="plus" />
          {t('bimtek.add.submit')}
        </button>
        <button type="button" className="btn btn-secondary" aria-expanded={pasting} aria-controls="bimtek-paste" onClick={() => setPasting((p) => !p)}>
          <Icon name="copy" />
          {t('bimtek.paste.open')}
        </button>
      </form>
      {message ? (
        <p className="field-message is-error" role="alert">
          {message}
        </p>
      ) : null}
      {pasting ? (
        <div className="bimtek-paste" id="bimtek-paste">
          <label className="field-label" htmlFor="bimtek-paste-text">
            {t('bimtek.paste.label')}
          </label>
          <p className="field-hint" id="bimtek-paste-hint">
            {t('bimtek.paste.hint')}
          </p>
          <textarea id="bimtek-paste-text" className="input" rows={6} aria-describedby="bimtek-paste-hint bimtek-paste-preview" value={pasted} onChange={(e) => setPasted(e.target.value)} />
          <p className="field-hint" id="bimtek-paste-preview" aria-live="polite">
            {rows.length > 0 ? t('bimtek.paste.preview', { count: rows.length, numeral }) : ''}
            {unknown.length > 0 ? ` ${t('bimtek.paste.unknownOpd', { count: unknown.length, names: [...new Set(unknown.map((r) => r.unknownOpd))].slice(0, 5).join(', ') })}` : ''}
          </p>
          <div className="button-row">
            <button type="button" className="btn btn-primary" disabled={rows.length === 0} onClick={addAll}>
              {t('bimtek.paste.submit', { count: rows.length })}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setPasting(false)}>
              {t('bimtek.paste.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
};
