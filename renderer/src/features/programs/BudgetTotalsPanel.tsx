import { memo, useMemo } from 'react';
import { formatRupiah } from '../../../../shared/logic';
import { budgetTotals } from '../../../../shared/logic/budget-totals';
import type { Program, Workshop } from '../../../../shared/model';
import { useLanguage, useT } from '../../i18n/i18n-context';
import type { ProgramLookups } from './program-lookups';

interface Props {
  /** The programs shown (the filter applies to the totals too). */
  programs: readonly Program[];
  total: number;
  filtered: boolean;
  workshop: Pick<Workshop, 'dimensionSet' | 'fundingSources'>;
  lookups: ProgramLookups;
}

interface Line {
  key: string;
  label: string;
  amount: number;
  detail?: string;
}

const TotalsList = ({ title, lines, empty }: { title: string; lines: Line[]; empty?: string }) => {
  const { language } = useLanguage();
  return (
    <section className="totals-group" aria-label={title}>
      <h3 className="totals-title">{title}</h3>
      {lines.length === 0 && empty ? (
        <p className="muted">{empty}</p>
      ) : (
        <dl className="totals-list">
          {lines.map((line) => (
            <div key={line.key} className={`totals-line${line.amount === 0 ? ' is-zero' : ''}`}>
              <dt>
                {line.label}
                {line.detail ? <span className="row-detail">{line.detail}</span> : null}
              </dt>
              <dd>{formatRupiah(line.amount, language)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
};

/** Rekap indikasi anggaran: per dimension, per year and per funding source, in Rupiah. */
export const BudgetTotalsPanel = memo(function BudgetTotalsPanel({ programs, total, filtered, workshop, lookups }: Props) {
  const t = useT();
  const { language } = useLanguage();
  const { dimensionSet, fundingSources } = workshop;
  const totals = useMemo(() => budgetTotals(programs, { dimensionSet, fundingSources }), [programs, dimensionSet, fundingSources]);
  const count = (n: number) => t('programs.totals.programCount', { count: n });
  return (
    <section className="card budget-totals" aria-labelledby="budget-totals-title">
      <div className="card-heading-row">
        <h2 id="budget-totals-title" className="card-title">
          {t('programs.totals')}
        </h2>
        <p className="muted">{filtered ? t('programs.totals.filtered', { shown: programs.length, total }) : t('programs.totals.all', { count: total })}</p>
      </div>
      <p className="totals-grand">
        <span>{t('programs.totals.grand')}</span>
        <strong>{formatRupiah(totals.total, language)}</strong>
      </p>
      <div className="totals-grid">
        <TotalsList
          title={t('programs.totals.perDimension')}
          lines={totals.perDimension.map((d) => ({ key: d.dimensionId, label: lookups.dimension(d.dimensionId), amount: d.amount, detail: count(d.programCount) }))}
        />
        <TotalsList title={t('programs.totals.perYear')} lines={totals.perYear.map((y) => ({ key: String(y.year), label: String(y.year), amount: y.amount }))} empty={t('programs.totals.noYears')} />
        <TotalsList
          title={t('programs.totals.perFunding')}
          lines={totals.perFundingSource
            .filter((s) => s.programCount > 0)
            .map((s) => ({
              key: s.fundingSourceId ?? '-',
              label: s.fundingSourceId === null ? t('programs.filter.noFunding') : lookups.funding(s.fundingSourceId),
              amount: s.amount,
              detail: count(s.programCount),
            }))}
          empty={t('programs.totals.none')}
        />
      </div>
    </section>
  );
});
