import { formatRupiah, programHorizon } from '../../../../../shared/logic';
import { programBudgetTotal } from '../../../../../shared/logic/budget-totals';
import { HorizonSchema, planEndYear, planYears } from '../../../../../shared/model';
import { useLanguage, useT } from '../../../i18n/i18n-context';
import { BudgetYearField } from './BudgetYearField';
import { CheckboxGroup } from './CheckboxGroup';
import { FundingSection } from './FundingSection';
import type { SectionProps } from './section-props';
import { SelectField } from './SelectField';

/** Jangka waktu, tahun pelaksanaan, indikasi anggaran per tahun and sumber pendanaan (fields 16–19). */
export const ScheduleSection = ({ program: p, workshop: w, update, change, saveYears }: SectionProps) => {
  const t = useT();
  const { language } = useLanguage();
  const plan = planYears(w.horizon);
  const end = planEndYear(w.horizon);
  // Years left outside a horizon that was shortened stay visible, marked, so they can be unticked.
  const outside = p.years.filter((y) => !plan.includes(y));
  const budgetYears = [...new Set([...p.years, ...p.budget.map((b) => b.year)])].sort((a, b) => a - b);
  const setAmount = (year: number, amount: number | null) =>
    update((latest) => ({
      ...latest,
      budget: [...latest.budget.filter((b) => b.year !== year), ...(amount === null ? [] : [{ year, amount }])].sort((a, b) => a.year - b.year),
    }));
  return (
    <section className="drawer-section" aria-labelledby="program-schedule">
      <h3 id="program-schedule" className="drawer-section-title">
        {t('programs.section.schedule')}
      </h3>
      <CheckboxGroup
        legend={t('programs.field.years')}
        hint={t('programs.field.yearsHint', { start: w.horizon.startYear, end })}
        items={[
          ...plan.map((year) => ({ value: year, label: String(year) })),
          ...outside.map((year) => ({ value: year, label: t('programs.field.yearOutside', { year }), warning: true })),
        ]}
        selected={p.years}
        onChange={(years) => saveYears([...years].sort((a, b) => a - b))}
      />
      {p.years.length > 0 ? (
        <p className="derived-horizon">{t('programs.field.horizonDerived', { horizon: t(`horizon.${programHorizon(p, w.horizon)}`) })}</p>
      ) : (
        <SelectField
          label={t('programs.field.horizon')}
          value={p.horizon}
          options={HorizonSchema.options.map((h) => ({ value: h, label: t(`horizon.${h}`) }))}
          onChange={(value) => change({ horizon: HorizonSchema.parse(value) })}
        />
      )}
      <fieldset className="fieldset field budget-fieldset">
        <legend className="field-label">{t('programs.field.budget')}</legend>
        {budgetYears.length === 0 ? (
          <p className="muted">{t('programs.field.budgetNoYears')}</p>
        ) : (
          <div className="budget-grid">
            {budgetYears.map((year) => (
              <BudgetYearField
                key={year}
                label={t('programs.field.budgetYear', { year })}
                notAnAmount={t('programs.budget.notAmount')}
                stored={p.budget.find((b) => b.year === year)?.amount ?? null}
                commit={(amount) => setAmount(year, amount)}
              />
            ))}
          </div>
        )}
        <p className="budget-total">{t('programs.field.budgetTotal', { amount: formatRupiah(programBudgetTotal(p), language) })}</p>
      </fieldset>
      <FundingSection program={p} workshop={w} update={update} />
    </section>
  );
};
