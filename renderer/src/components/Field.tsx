import { useId, type ReactNode } from 'react';

export interface FieldIds {
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
}

interface FieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  warning?: string | null | undefined;
  /** Marks the label with "(wajib)" for screen readers and sighted users alike. */
  requiredLabel?: string | undefined;
  className?: string;
  children(ids: FieldIds): ReactNode;
}

/** A labelled form control with its hint and its message (error or warning) wired for screen readers. */
export const Field = ({ label, hint, error, warning, requiredLabel, className, children }: FieldProps) => {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const messageId = `${inputId}-message`;
  const message = error ?? warning ?? null;
  const describedBy = [hint ? hintId : null, message ? messageId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={inputId}>
        {label}
        {requiredLabel ? <span className="field-required"> ({requiredLabel})</span> : null}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ inputId, describedBy, invalid: Boolean(error) })}
      <p className={`field-message${error ? ' is-error' : warning ? ' is-warning' : ''}`} id={messageId} aria-live="polite">
        {message}
      </p>
    </div>
  );
};
