import { useEffect, useRef, useState, type FormEvent } from 'react';
import { newReadinessItem, readinessItemFromTemplate, type ReadinessTemplate } from '../../../../shared/logic/readiness-items';
import { ReadinessItemSchema, type ReadinessItem, type ReadinessPillar } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { newItemId } from '../../forms/new-item-id';
import { readText } from '../../forms/read-values';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import type { TemplatesState } from './use-readiness-templates';

interface Props {
  pillar: ReadinessPillar;
  pillarName: string;
  /** The pillar's templates the workshop has not taken yet (or the state of loading them). */
  templates: TemplatesState;
  add(item: ReadinessItem): CommitOutcome;
}

const readTitle = readText(ReadinessItemSchema.shape.title);

/** Adds items to a pillar: one press per template suggestion, or a title written by the room. */
export const AddReadinessItems = ({ pillar, pillarName, templates, add }: Props) => {
  const t = useT();
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const suggestions = useRef<HTMLUListElement>(null);
  const customInput = useRef<HTMLInputElement>(null);
  /** After a suggestion is taken its button goes away: keep the keyboard at the same place in the list. */
  const [focusSuggestion, setFocusSuggestion] = useState<number | null>(null);

  useEffect(() => {
    if (focusSuggestion === null) return;
    setFocusSuggestion(null);
    const buttons = suggestions.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(focusSuggestion, buttons.length - 1)];
    (next ?? customInput.current)?.focus();
  }, [focusSuggestion]);

  const added = (item: ReadinessItem) => setAnnouncement(t('readiness.add.added', { title: item.title, pillar: pillarName }));

  const takeTemplate = (template: ReadinessTemplate, index: number) => {
    const item = readinessItemFromTemplate(newItemId('kesiapan'), template);
    const outcome = add(item);
    if (!outcome.ok) return setAnnouncement(outcome.message);
    added(item);
    setFocusSuggestion(index);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readTitle(title);
    if (!read.ok) return setMessage(read.message);
    const item = newReadinessItem(newItemId('kesiapan'), pillar, read.value);
    const outcome = add(item);
    if (!outcome.ok) return setMessage(outcome.message);
    setTitle('');
    setMessage(null);
    added(item);
  };

  return (
    <div className="readiness-add">
      <h3 className="readiness-add-title">{t('readiness.add.title', { pillar: pillarName })}</h3>
      <div className="readiness-suggestions">
        <p className="field-label">{t('readiness.add.templates')}</p>
        {templates.status === 'loading' ? <p className="muted">{t('readiness.add.templatesLoading')}</p> : null}
        {templates.status === 'failed' ? (
          <p className="form-error">
            {t('readiness.add.templatesFailed', { message: templates.message })}{' '}
            <button type="button" className="btn btn-small btn-secondary" onClick={templates.retry}>
              {t('common.retry')}
            </button>
          </p>
        ) : null}
        {templates.status === 'ready' && templates.templates.length === 0 ? <p className="muted">{t('readiness.add.templatesUsed')}</p> : null}
        {templates.status === 'ready' && templates.templates.length > 0 ? (
          <ul className="readiness-suggestion-list" ref={suggestions}>
            {templates.templates.map((template, index) => (
              <li key={template.id}>
                <button
                  type="button"
                  className="btn btn-small btn-secondary readiness-suggestion"
                  aria-label={t('readiness.add.templateNamed', { title: template.title })}
                  title={template.indicator}
                  onClick={() => takeTemplate(template, index)}
                >
                  <Icon name="plus" />
                  <span>{template.title}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <form className="readiness-custom" onSubmit={submit} noValidate>
        <Field label={t('readiness.add.custom')} hint={t('readiness.add.customHint')} error={message}>
          {({ inputId, describedBy, invalid }) => (
            <div className="readiness-input-row">
              <input
                id={inputId}
                ref={customInput}
                className="input"
                value={title}
                maxLength={300}
                autoComplete="off"
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(e) => {
                  setTitle(e.target.value);
                  if (message) setMessage(null);
                }}
              />
              <button type="submit" className="btn btn-primary">
                <Icon name="plus" />
                <span>{t('readiness.add.submit')}</span>
              </button>
            </div>
          )}
        </Field>
      </form>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
};
