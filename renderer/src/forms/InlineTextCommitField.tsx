import { useId } from 'react';
import type { z } from 'zod';
import { useOptionalSession } from '../session/session-context';
import { readText } from './read-values';
import { useCommittedDraft, type CommitOutcome } from './use-committed-draft';
import './inline-field.css';

interface Props {
  /** The accessible name; shown only to screen readers, since a list row shows its meaning around it. */
  label: string;
  stored: string;
  schema: z.ZodType<string>;
  commit(value: string): CommitOutcome;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  /** The id of a <datalist> with suggestions. */
  list?: string;
  className?: string;
  /** The input's id, when the caller needs to move focus to it. */
  id?: string;
}

const same = (a: string, b: string) => a === b;
const asText = (value: string) => value;

/**
 * Text edited in place inside a list row: saved after a short pause and on leaving the field;
 * text its schema refuses stays in the field with the message below it and is never sent.
 */
export const InlineTextCommitField = ({ label, stored, schema, commit, multiline, rows = 2, maxLength, placeholder, list, className, id }: Props) => {
  const session = useOptionalSession();
  const key = useId();
  const inputId = id ?? `${key}-input`;
  const messageId = `${key}-message`;
  const draft = useCommittedDraft({
    stored,
    toText: asText,
    read: readText(schema),
    equals: same,
    commit,
    debounceMs: 700,
    onPendingChange: (pending) => session?.setDraftPending(key, pending),
  });
  const invalid = draft.message !== null;
  const common = {
    id: inputId,
    className: 'input inline-input',
    value: draft.text,
    maxLength,
    placeholder,
    'aria-describedby': invalid ? messageId : undefined,
    'aria-invalid': invalid,
    onBlur: draft.blur,
  };
  return (
    <div className={`inline-field${invalid ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="visually-hidden" htmlFor={inputId}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} className="input textarea inline-input" onChange={(e) => draft.change(e.target.value)} />
      ) : (
        <input
          {...common}
          list={list}
          autoComplete="off"
          onChange={(e) => draft.change(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') draft.flush();
          }}
        />
      )}
      {invalid ? (
        <p className="field-message is-error" id={messageId} role="alert">
          {draft.message}
        </p>
      ) : null}
    </div>
  );
};
