import type { Ref } from 'react';
import { Field } from '../components/Field';
import type { NewText } from './use-new-text';

interface Props {
  label: string;
  entry: NewText;
  maxLength: number;
  className?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** A box for a sentence or two: Enter adds (through `onEnter`), Shift+Enter starts a new line. */
  multiline?: { rows: number; onEnter(): void };
}

/** The labelled box where the next item of a list is typed, with the message that refused it. */
export const NewTextField = ({ label, entry, maxLength, className, disabled, inputRef, multiline }: Props) => (
  <Field label={label} error={entry.message} className={className}>
    {({ inputId, describedBy, invalid }) =>
      multiline ? (
        <textarea
          id={inputId}
          className="input textarea"
          rows={multiline.rows}
          maxLength={maxLength}
          value={entry.text}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => entry.change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              multiline.onEnter();
            }
          }}
        />
      ) : (
        <input
          ref={inputRef}
          id={inputId}
          className="input"
          autoComplete="off"
          maxLength={maxLength}
          value={entry.text}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => entry.change(e.target.value)}
        />
      )
    }
  </Field>
);
