import { useState } from 'react';
import { formatDayMonthYear } from '../../../shared/logic/day-month-year';
import { Field } from '../components/Field';
import type { CommitOutcome } from './use-committed-draft';

/** What the typed text means: an ISO day (or null for an empty field), or why it cannot be kept. */
export type DayRead = { ok: true; iso: string | null } | { ok: false; message: string };

interface Props {
  label: string;
  hint?: string;
  placeholder: string;
  className?: string;
  stored: string | null;
  /** Reads the typed text (see readDayMonthYear) with the field's own rules. */
  read(text: string): DayRead;
  commit(iso: string | null): CommitOutcome;
}

/**
 * A day typed as day/month/year (how both UI languages write it here), saved when the field is left or on Enter; a
 * date the field cannot hold, or the core refuses, stays in the field with its message. Not the operating system's
 * date picker, which follows the system's locale (see day-month-year.ts).
 */
export const DayMonthYearField = ({ label, hint, placeholder, className, stored, read, commit }: Props) => {
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const settle = (text: string) => {
    const typed = read(text);
    if (!typed.ok) {
      setMessage(typed.message);
      return;
    }
    const outcome = typed.iso === stored ? { ok: true as const } : commit(typed.iso);
    setMessage(outcome.ok ? null : outcome.message);
    if (outcome.ok) setDraft(null);
  };

  return (
    <Field label={label} hint={hint} error={message} {...(className ? { className } : {})}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="input input-date"
          placeholder={placeholder}
          maxLength={10}
          value={draft ?? (stored ? formatDayMonthYear(stored) : '')}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => {
            setDraft(e.target.value);
            setMessage(null);
          }}
          onBlur={(e) => settle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') settle(e.currentTarget.value);
          }}
        />
      )}
    </Field>
  );
};
