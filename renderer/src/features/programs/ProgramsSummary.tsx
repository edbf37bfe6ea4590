import { formatRupiah, programHorizon } from '../../../../shared/logic';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { dimensionName, yearSpan } from '../summary/lookups';
import { Chip, EmptyNote, OpdName, ReadOnlyBadge, StatTiles, SummaryCard } from '../summary/SummaryKit';

/** Matriks program: every program with its dimension, lead OPD, horizon, years and indicative budget. */
export const ProgramsSummary = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const total = w.programs.reduce((sum, p) => sum + p.budget.reduce((s, b) => s + b.amount, 0), 0);
  const perDimension = w.dimensionSet.dimensions.map((d) => ({ label: dimensionName(w, d.id, language), value: w.programs.filter((p) => p.dimensionId === d.id).length }));
  return (
    <>
      <SummaryCard id="programs-stats" title={t('programs.perDimension')}>
        <StatTiles label={t('programs.perDimension')} stats={[{ label: t('programs.total'), value: w.programs.length, detail: formatRupiah(total) }, ...perDimension]} />
      </SummaryCard>
      <SummaryCard id="programs-table" title={t('programs.table')} actions={<ReadOnlyBadge />}>
        {w.programs.length === 0 ? (
          <EmptyNote>{t('programs.empty')}</EmptyNote>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="programs-table">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('programs.code')}</th>
                  <th scope="col">{t('programs.name')}</th>
                  <th scope="col">{t('programs.dimension')}</th>
                  <th scope="col">{t('programs.leadOpd')}</th>
                  <th scope="col">{t('programs.horizon')}</th>
                  <th scope="col" className="num">
                    {t('programs.budget')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {w.programs.map((p) => (
                  <tr key={p.id}>
                    <td className="code">{p.code}</td>
                    <th scope="row" className="row-title">
                      {p.name}
                      {p.quickWin ? <Chip tone="accent">{t('programs.quickWin')}</Chip> : null}
                    </th>
                    <td>{dimensionName(w, p.dimensionId, language)}</td>
                    <td>
                      <OpdName workshop={w} opdId={p.leadOpdId} />
                    </td>
                    <td>
                      {t(`horizon.${programHorizon(p, w.horizon)}`)}
                      <span className="row-detail nowrap">{yearSpan(p.years) || t('programs.noYears')}</span>
                    </td>
                    <td className="num">{p.budget.length > 0 ? formatRupiah(p.budget.reduce((s, b) => s + b.amount, 0)) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </SummaryCard>
    </>
  );
};
