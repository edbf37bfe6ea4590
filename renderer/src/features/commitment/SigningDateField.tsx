import { useState } from 'react';
import { SIGNING_YEAR_MAX, SIGNING_YEAR_MIN, readSigningDate } from '../../../../shared/logic/commitment-sheet';
import { Field } from '../../components/Field';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';

interface Props {
  stored: string | null;
  commit(date: string | null): CommitOutcome;
}

/**
 * Tanggal penandatanganan. A complete, valid date is saved at once; a half-typed one waits for the
 * field to be left, and a date the sheet cannot hold stays in the field with its message.
 */
export const SigningDateField = ({ stored, commit }: Props) => {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const settle = (text: string, { partial }: { partial: boolean }) => {
    if (partial) {
      setMessage(t('commitment.date.error.format'));
      return;
    }
    const read = readSigningDate(text);
    if (!read.ok) {
      setMessage(t(`commitment.date.error.${read.reason}`, { min: SIGNING_YEAR_MIN, max: SIGNING_YEAR_MAX }));
      return;
    }
    const outcome = read.date === stored ? { ok: true as const } : commit(read.date);
    setMessage(outcome.ok ? null : outcome.message);
    if (outcome.ok) setDraft(null);
  };

  return (
    <Field label={t('commitment.date')} hint={t('commitment.date.hint')} error={message} className="signing-date">
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="date"
          className="input"
          min={`${SIGNING_YEAR_MIN}-01-01`}
          max={`${SIGNING_YEAR_MAX}-12-31`}
          value={draft ?? stored ?? ''}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => {
            const text = e.target.value;
            setDraft(text);
            setMessage(null);
            // A date input reports "" while a date is only half typed: that is not "no date" yet.
            if (text !== '') settle(text, { partial: false });
          }}
          onBlur={(e) => settle(e.target.value, { partial: e.target.validity.badInput })}
        />
      )}
    </Field>
  );
};
