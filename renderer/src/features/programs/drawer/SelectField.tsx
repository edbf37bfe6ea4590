import { useState } from 'react';
import { Field } from '../../../components/Field';
import type { DispatchResult } from '../../../session/workshop-session';

interface Props {
  label: string;
  hint?: string | undefined;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): DispatchResult;
  disabled?: boolean;
}

/** A labelled select saved as soon as it changes; a refusal is shown under it. */
export const SelectField = ({ label, hint, value, options, onChange, disabled }: Props) => {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Field label={label} hint={hint} error={message}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          className="input"
          value={value}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => {
            const outcome = onChange(e.target.value);
            setMessage(outcome.ok ? null : outcome.message);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
};
