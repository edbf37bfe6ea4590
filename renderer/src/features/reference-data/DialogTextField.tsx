import { Field } from '../../components/Field';
import { useT } from '../../i18n/i18n-context';

interface Props {
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  onChange(text: string): void;
  required?: boolean;
  autoFocus?: boolean;
  maxLength?: number;
  className?: string;
  multiline?: boolean;
  placeholder?: string;
  /** Lines of a multiline field (3). */
  rows?: number;
}

/** A text field of an "add" dialog, with its message under it. */
export const DialogTextField = ({ label, hint, value, error, onChange, required, autoFocus, maxLength, className, multiline, placeholder, rows = 3 }: Props) => {
  const t = useT();
  return (
    <Field label={label} hint={hint} error={error} requiredLabel={required ? t('common.required') : undefined} className={className}>
      {({ inputId, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={inputId}
            className="input textarea"
            rows={rows}
            value={value}
            maxLength={maxLength}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={inputId}
            className="input"
            autoComplete="off"
            autoFocus={autoFocus}
            value={value}
            placeholder={placeholder}
            maxLength={maxLength}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required={required ? true : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
};
