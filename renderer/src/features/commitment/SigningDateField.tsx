import { useState } from 'react';
import { SIGNING_YEAR_MAX, SIGNING_YEAR_MIN, readSigningDate } from '../../../../shared/logic/commitment-sheet';
import { formatDayMonthYear, readDayMonthYear } from '../../../../shared/logic/day-month-year';
import { Field } from '../../components/Field';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';

interface Props {
  stored: string | null;
  commit(date: string | null): CommitOutcome;
}

/**
 * Tanggal penandatanganan, typed as HH/BB/TTTT. It is saved when the field is left (or on Enter);
 * a date the sheet cannot hold stays in the field with its message.
 */
export const SigningDateField = ({ stored, commit }: Props) => {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const settle = (text: string) => {
    const typed = readDayMonthYear(text);
    if (!typed.ok) {
      setMessage(t(`commitment.date.error.${typed.reason}`, { min: SIGNING_YEAR_MIN, max: SIGNING_YEAR_MAX }));
      return;
    }
    const read = readSigningDate(typed.iso ?? '');
    if (!read.ok) {
      setMessage(t(`commitment.date.error.${read.reason}`, { min: SIGNING_YEAR_MIN, max: SIGNING_YEAR_MAX }));
      return;
    }
    const outcome = read.date === stored ? { ok: true as const } : commit(read.date);
    setMessage(outcome.ok ? null : outcome.message);
    if (outcome.ok) setDraft(null);
  };

  // Day/month/year as text in the UI's language, not the operating system's date picker (see day-month-year.ts).
  return (
    <Field label={t('commitment.date')} hint={t('commitment.date.hint')} error={message} className="signing-date">
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="input input-date"
          placeholder={t('commitment.date.placeholder')}
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
