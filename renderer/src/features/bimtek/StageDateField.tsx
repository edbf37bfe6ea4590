import { readDayMonthYear } from '../../../../shared/logic/day-month-year';
import { DayMonthYearField } from '../../forms/DayMonthYearField';
import type { CommitOutcome } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';

interface Props {
  label: string;
  stored: string | null;
  commit(date: string | null): CommitOutcome;
}

/** A Tahap's start or end day typed as HH/BB/TTTT; an end before the start is refused by the core, in place. */
export const StageDateField = ({ label, stored, commit }: Props) => {
  const t = useT();
  return (
    <DayMonthYearField
      label={label}
      hint={t('bimtek.date.hint')}
      placeholder={t('bimtek.date.hint')}
      className="bimtek-date"
      stored={stored}
      read={(text) => {
        const typed = readDayMonthYear(text);
        return typed.ok ? typed : { ok: false, message: t(`bimtek.date.error.${typed.reason}`) };
      }}
      commit={commit}
    />
  );
};
