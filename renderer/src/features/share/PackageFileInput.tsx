import { useId } from 'react';
import { Icon } from '../../components/Icon';

interface Props {
  label: string;
  /** What the button says (the label is shown above it). */
  buttonText: string;
  disabled?: boolean;
  error?: string | null;
  onText(text: string, fileName: string): void;
}

/** Chooses a package file (.paketopd, or .json from older versions) and hands over its text; the services check everything else. */
export const PackageFileInput = ({ label, buttonText, disabled = false, error = null, onText }: Props) => {
  const inputId = useId();
  const messageId = `${inputId}-message`;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <span className="field-label" id={`${inputId}-label`}>
        {label}
      </span>
      <label className={`btn btn-secondary file-button${disabled ? ' is-disabled' : ''}`} htmlFor={inputId}>
        <Icon name="upload" />
        <span id={`${inputId}-button`}>{buttonText}</span>
      </label>
      <input
        id={inputId}
        type="file"
        className="visually-hidden-file"
        accept=".paketopd,application/json,.json"
        disabled={disabled}
        aria-labelledby={`${inputId}-label ${inputId}-button`}
        aria-describedby={error ? messageId : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.text().then((text) => onText(text, file.name));
        }}
      />
      <p className={`field-message${error ? ' is-error' : ''}`} id={messageId} role={error ? 'alert' : undefined}>
        {error}
      </p>
    </div>
  );
};
