import { useState } from 'react';
import { formatDayMonthYear, readDayMonthYear } from '../../../../shared/logic/day-month-year';
import { Field } from '../../components/Field';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';

interface Props {
  label: string;
  stored: string | null;
  commit(date: string | null): CommitOutcome;
}

/** A Tahap's start or end day typed as HH/BB/TTTT, saved on leaving the field or Enter; a refused date stays with its message. */
export const StageDateField = ({ label, stored, commit }: Props) => {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const settle = (text: string) => {
    const typed = readDayMonthYear(text);
    if (!typed.ok) {
      setMessage(t(`bimtek.date.error.${typed.reason}`));
      return;
    }
    const outcome = typed.iso === stored ? { ok: true as const } : commit(typed.iso);
    setMessage(outcome.ok ? null : outcome.message);
    if (outcome.ok) setDraft(null);
  };

  return (
    <Field label={label} hint={t('bimtek.date.hint')} error={message} className="bimtek-date">
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="input input-date"
          placeholder={t('bimtek.date.hint')}
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
