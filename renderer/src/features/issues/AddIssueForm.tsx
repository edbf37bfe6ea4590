import { useId, useState, type FormEvent } from 'react';
import { RegionalIssueSchema, type RegionalIssue } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { firstMessage } from '../../forms/first-message';
import { useT } from '../../i18n/i18n-context';
import { focusTarget } from '../../forms/focus-target';
import { useIssueCommands } from './use-issue-commands';

interface Props {
  dimensionId: string;
  kind: RegionalIssue['kind'];
  suggestionListId: string;
  textId: string;
}

/** Adds the next problem or potential; the text stays in the field with its message when it cannot be added. */
export const AddIssueForm = ({ dimensionId, kind, suggestionListId, textId }: Props) => {
  const t = useT();
  const { add } = useIssueCommands();
  const [text, setText] = useState('');
  const [rpjmdIssue, setRpjmdIssue] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const hintId = useId();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const checked = RegionalIssueSchema.pick({ text: true, rpjmdIssue: true }).safeParse({ text, rpjmdIssue: rpjmdIssue.trim() });
    if (!checked.success) {
      setMessage(firstMessage(checked) ?? null);
      focusTarget(textId);
      return;
    }
    const outcome = add({ dimensionId, kind, ...checked.data });
    if (!outcome.ok) {
      setMessage(outcome.message);
      return;
    }
    setText('');
    setMessage(null);
    // The RPJMD link is kept: the next issue the room names is often under the same strategic issue.
    focusTarget(textId);
  };

  const submitLabel = t(kind === 'potensi' ? 'issues.add.submit.potensi' : 'issues.add.submit.permasalahan');
  return (
    <form className="issue-add" onSubmit={submit} noValidate>
      <Field label={t(kind === 'potensi' ? 'issues.add.text.potensi' : 'issues.add.text.permasalahan')} error={message}>
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            data-focus-target={textId}
            className="input textarea"
            rows={2}
            maxLength={2000}
            value={text}
            aria-describedby={describedBy ? `${describedBy} ${hintId}` : hintId}
            aria-invalid={invalid}
            onChange={(e) => {
              setText(e.target.value);
              if (message) setMessage(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                submit();
              }
            }}
          />
        )}
      </Field>
      <Field label={t('issues.add.rpjmd')}>
        {({ inputId, describedBy }) => (
          <input
            id={inputId}
            className="input"
            list={suggestionListId}
            autoComplete="off"
            maxLength={500}
            value={rpjmdIssue}
            aria-describedby={describedBy}
            onChange={(e) => setRpjmdIssue(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="btn btn-secondary issue-add-submit">
        <Icon name="plus" />
        {submitLabel}
      </button>
      <p className="issue-add-hint" id={hintId}>
        {t('issues.add.hint')}
      </p>
    </form>
  );
};
