import { useId } from 'react';
import type { z } from 'zod';
import { Field } from '../components/Field';
import { useOptionalSession } from '../session/session-context';
import { readText } from './read-values';
import { useCommittedDraft, type CommitOutcome } from './use-committed-draft';

interface Props {
  label: string;
  hint?: string;
  stored: string;
  schema: z.ZodType<string>;
  commit(value: string): CommitOutcome;
  multiline?: boolean;
  /** One line that wraps and grows so a long value is read whole; Enter saves instead of breaking the line. */
  wrap?: boolean;
  rows?: number;
  maxLength?: number;
  className?: string;
  autoComplete?: string;
  /** Shown while empty, e.g. the value used when none is entered. */
  placeholder?: string;
}

const same = (a: string, b: string) => a === b;
const asText = (value: string) => value;

/** A text input that saves itself after a short pause in typing and when the user leaves it. */
export const TextCommitField = ({ label, hint, stored, schema, commit, multiline, wrap, rows = 5, maxLength, className, autoComplete = 'off', placeholder }: Props) => {
  const session = useOptionalSession();
  const key = useId();
  const draft = useCommittedDraft({
    stored,
    toText: asText,
    read: readText(schema),
    equals: same,
    commit,
    debounceMs: 700,
    onPendingChange: (pending) => session?.setDraftPending(key, pending),
  });
  return (
    <Field label={label} hint={hint} error={draft.message} className={className}>
      {({ inputId, describedBy, invalid }) =>
        multiline || wrap ? (
          <textarea
            id={inputId}
            className={wrap ? 'input textarea input-wrap' : 'input textarea'}
            rows={wrap ? 1 : rows}
            value={draft.text}
            maxLength={maxLength}
            placeholder={placeholder}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => draft.change(e.target.value)}
            onBlur={draft.blur}
            onKeyDown={
              wrap
                ? (e) => {
                    if (e.key !== 'Enter') return;
                    e.preventDefault();
                    draft.flush();
                  }
                : undefined
            }
          />
        ) : (
          <input
            id={inputId}
            className="input"
            value={draft.text}
            maxLength={maxLength}
            autoComplete={autoComplete}
            placeholder={placeholder}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => draft.change(e.target.value)}
            onBlur={draft.blur}
            onKeyDown={(e) => {
              if (e.key === 'Enter') draft.flush();
            }}
          />
        )
      }
    </Field>
  );
};
