import { useState, type FormEvent } from 'react';
import { SwotItemSchema, type SwotQuadrant } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { firstMessage } from '../../forms/first-message';
import { focusTarget } from '../../forms/focus-target';
import { useT } from '../../i18n/i18n-context';
import { useSwotCommands } from './use-swot-commands';

export const addFactorInputKey = (dimensionId: string, quadrant: SwotQuadrant) => `swot-new-${quadrant}-${dimensionId}`;

/** Adds the next factor to a quadrant; Enter adds it and keeps the field ready for the one after. */
export const AddFactorForm = ({ dimensionId, quadrant }: { dimensionId: string; quadrant: SwotQuadrant }) => {
  const t = useT();
  const { addFactor } = useSwotCommands();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const key = addFactorInputKey(dimensionId, quadrant);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = SwotItemSchema.shape.text.safeParse(text);
    if (!checked.success) {
      setMessage(firstMessage(checked) ?? null);
      focusTarget(key);
      return;
    }
    const outcome = addFactor(dimensionId, quadrant, checked.data);
    if (!outcome.ok) {
      setMessage(outcome.message);
      return;
    }
    setText('');
    setMessage(null);
    focusTarget(key);
  };

  return (
    <form className="swot-add" onSubmit={submit} noValidate>
      <Field label={t(`swot.add.${quadrant}`)} error={message} className="swot-add-field">
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            data-focus-target={key}
            className="input"
            autoComplete="off"
            maxLength={1000}
            value={text}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => {
              setText(e.target.value);
              if (message) setMessage(null);
            }}
          />
        )}
      </Field>
      <button type="submit" className="btn btn-secondary swot-add-submit" aria-label={t('swot.add.submitNamed', { word: t(`swot.word.${quadrant}`) })}>
        <Icon name="plus" />
        {t('swot.add.submit')}
      </button>
    </form>
  );
};
