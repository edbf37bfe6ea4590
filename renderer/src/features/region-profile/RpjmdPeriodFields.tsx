import { useState, type FocusEvent } from 'react';
import { RpjmdPeriodSchema, YearSchema, type RegionProfile } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { firstMessage } from '../../forms/first-message';
import { readYear } from '../../forms/read-values';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';

type Period = RegionProfile['rpjmdPeriod'];
type Part = 'startYear' | 'endYear';

interface Props {
  stored: Period;
  commit(period: Period): CommitOutcome;
}

/**
 * Periode RPJMD: two years that only make sense together. Each is checked as a year at once;
 * the pair is checked (end after start) and saved when focus leaves both fields.
 */
export const RpjmdPeriodFields = ({ stored, commit }: Props) => {
  const t = useT();
  const [drafts, setDrafts] = useState<Record<Part, string | null>>({ startYear: null, endYear: null });
  const [messages, setMessages] = useState<Record<Part, string | null>>({ startYear: null, endYear: null });
  const readAYear = readYear(YearSchema, { notANumber: t('form.notAYear'), required: t('profile.rpjmd.both') });
  const text = (part: Part) => drafts[part] ?? (stored ? String(stored[part]) : '');

  const change = (part: Part, value: string) => {
    setDrafts((d) => ({ ...d, [part]: value }));
    const read = readAYear(value);
    setMessages((m) => ({ ...m, [part]: read.ok || read.incomplete || value.trim() === '' ? null : read.message }));
  };

  const settle = () => {
    const start = text('startYear').trim();
    const end = text('endYear').trim();
    if (start === '' && end === '') return finish(null);
    const readStart = readAYear(start);
    const readEnd = readAYear(end);
    if (!readStart.ok || !readEnd.ok) {
      setMessages({ startYear: readStart.ok ? null : readStart.message, endYear: readEnd.ok ? null : readEnd.message });
      return;
    }
    const period = RpjmdPeriodSchema.safeParse({ startYear: readStart.value, endYear: readEnd.value });
    if (!period.success) {
      const issue = period.error.issues[0];
      const part: Part = issue?.path[0] === 'startYear' ? 'startYear' : 'endYear';
      setMessages({ startYear: null, endYear: null, [part]: firstMessage(period) ?? t('form.notAYear') });
      return;
    }
    finish(period.data);
  };

  const finish = (period: Period) => {
    const unchanged = period === null ? stored === null : stored !== null && stored.startYear === period.startYear && stored.endYear === period.endYear;
    const outcome: CommitOutcome = unchanged ? { ok: true } : commit(period);
    if (outcome.ok) {
      setDrafts({ startYear: null, endYear: null });
      setMessages({ startYear: null, endYear: null });
    } else setMessages({ startYear: null, endYear: outcome.message });
  };

  const leaveGroup = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) settle();
  };

  const input = (part: Part, label: string) => (
    <Field label={label} error={messages[part]} className="field-year">
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="input input-year"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          value={text(part)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => change(part, e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') settle();
          }}
        />
      )}
    </Field>
  );

  return (
    <fieldset className="fieldset year-range" onBlur={leaveGroup}>
      <legend className="field-label">{t('profile.rpjmd')}</legend>
      <p className="field-hint">{t('profile.rpjmd.hint')}</p>
      <div className="year-range-inputs">
        {input('startYear', t('profile.rpjmd.start'))}
        <span className="year-range-dash" aria-hidden="true">
          –
        </span>
        {input('endYear', t('profile.rpjmd.end'))}
      </div>
    </fieldset>
  );
};
