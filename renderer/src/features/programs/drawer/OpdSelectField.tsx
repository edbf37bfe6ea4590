import { useState } from 'react';
import type { Opd } from '../../../../../shared/model';
import { Field } from '../../../components/Field';
import { OpdSelect } from '../../../components/OpdSelect';
import type { DispatchResult } from '../../../session/workshop-session';

interface Props {
  label: string;
  value: string | null;
  opds: readonly Opd[];
  noneLabel: string;
  onChange(opdId: string | null): DispatchResult;
}

/** A labelled OPD chooser saved as soon as it changes (like SelectField); a refusal is shown under it. */
export const OpdSelectField = ({ label, value, opds, noneLabel, onChange }: Props) => {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Field label={label} error={message}>
      {({ inputId, describedBy, invalid }) => (
        <OpdSelect
          id={inputId}
          value={value}
          opds={opds}
          noneLabel={noneLabel}
          describedBy={describedBy}
          invalid={invalid}
          onChange={(opdId) => {
            const outcome = onChange(opdId);
            setMessage(outcome.ok ? null : outcome.message);
          }}
        />
      )}
    </Field>
  );
};
