import { SIGNING_YEAR_MAX, SIGNING_YEAR_MIN, readSigningDate } from '../../../../shared/logic/commitment-sheet';
import { readDayMonthYear } from '../../../../shared/logic/day-month-year';
import { DayMonthYearField, type DayRead } from '../../forms/DayMonthYearField';
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
  const read = (text: string): DayRead => {
    const typed = readDayMonthYear(text);
    if (!typed.ok) return { ok: false, message: t(`commitment.date.error.${typed.reason}`, { min: SIGNING_YEAR_MIN, max: SIGNING_YEAR_MAX }) };
    const signing = readSigningDate(typed.iso ?? '');
    if (!signing.ok) return { ok: false, message: t(`commitment.date.error.${signing.reason}`, { min: SIGNING_YEAR_MIN, max: SIGNING_YEAR_MAX }) };
    return { ok: true, iso: signing.date };
  };
  return (
    <DayMonthYearField
      label={t('commitment.date')}
      hint={t('commitment.date.hint')}
      placeholder={t('commitment.date.placeholder')}
      className="signing-date"
      stored={stored}
      read={read}
      commit={commit}
    />
  );
};
