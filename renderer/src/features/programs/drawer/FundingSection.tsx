import { useState } from 'react';
import { formatRupiah } from '../../../../../shared/logic';
import { fundingMismatch } from '../../../../../shared/logic/budget-totals';
import type { Program, ProgramFunding } from '../../../../../shared/model';
import { Icon } from '../../../components/Icon';
import { useLanguage, useT } from '../../../i18n/i18n-context';
import { AddChoice, FieldMessage } from './AddChoice';
import { BudgetYearField } from './BudgetYearField';
import type { SectionProps } from './section-props';
import './drawer-links.css';

type Props = Pick<SectionProps, 'program' | 'workshop' | 'update'>;

/**
 * Sumber pendanaan: the program's sources, main source first, each with the part of the budget it
 * carries (empty while the split is not known; what the parts leave is the main source's).
 */
export const FundingSection = ({ program: p, workshop: w, update }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const [message, setMessage] = useState<string | null>(null);
  const name = (id: string) => w.fundingSources.find((s) => s.id === id)?.name ?? id;
  const unused = w.fundingSources.filter((s) => !p.funding.some((f) => f.sourceId === s.id));
  const save = (change: (funding: ProgramFunding[]) => ProgramFunding[]) => {
    const outcome = update((latest: Program) => ({ ...latest, funding: change(latest.funding) }));
    setMessage(outcome.ok ? null : outcome.message);
    return outcome;
  };
  const mismatch = fundingMismatch(p);
  return (
    <fieldset className="fieldset field funding-fieldset">
      <legend className="field-label">{t('programs.field.funding')}</legend>
      <p className="field-hint">{t('programs.funding.hint')}</p>
      {p.funding.length === 0 ? <p className="muted">{t('programs.funding.none')}</p> : null}
      <ol className="funding-list">
        {p.funding.map((f, index) => (
          <li key={f.sourceId} className="funding-row">
            <span className="funding-name">
              {name(f.sourceId)}
              {index === 0 ? <span className="badge funding-main">{t('programs.funding.main')}</span> : null}
            </span>
            <BudgetYearField
              label={t('programs.funding.amount', { source: name(f.sourceId) })}
              notAnAmount={t('programs.budget.notAmount')}
              stored={f.amount === 0 ? null : f.amount}
              commit={(amount) => save((list) => list.map((x) => (x.sourceId === f.sourceId ? { ...x, amount: amount ?? 0 } : x)))}
            />
            <span className="funding-actions">
              {index > 0 ? (
                <button
                  type="button"
                  className="btn btn-secondary btn-small"
                  onClick={() => save((list) => [...list.filter((x) => x.sourceId === f.sourceId), ...list.filter((x) => x.sourceId !== f.sourceId)])}
                >
                  {t('programs.funding.makeMain')}
                </button>
              ) : null}
              <button
                type="button"
                className="btn btn-danger-quiet btn-small"
                aria-label={t('programs.funding.remove', { source: name(f.sourceId) })}
                onClick={() => save((list) => list.filter((x) => x.sourceId !== f.sourceId))}
              >
                <Icon name="trash" />
              </button>
            </span>
          </li>
        ))}
      </ol>
      {mismatch ? (
        <p className="field-hint is-warning" role="status">
          {t(mismatch.entered > mismatch.budget ? 'programs.funding.over' : 'programs.funding.under', {
            entered: formatRupiah(mismatch.entered, language),
            budget: formatRupiah(mismatch.budget, language),
          })}
        </p>
      ) : null}
      <AddChoice
        label={t('programs.funding.choose')}
        visibleLabel={t('programs.funding.add')}
        options={unused.map((s) => ({ id: s.id, text: s.name }))}
        onPick={(sourceId) => void save((list) => [...list, { sourceId, amount: 0 }])}
      />
      <FieldMessage message={message} />
    </fieldset>
  );
};
