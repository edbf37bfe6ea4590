import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { dimensionName } from '../summary/lookups';
import { EmptyNote, ReadOnlyBadge, SummaryCard } from '../summary/SummaryKit';

/** Analisis kesenjangan: where each dimension stands, where it should go, and the gap between. */
export const GapSummary = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  return (
    <SummaryCard id="gap-table" title={t('gap.table')} actions={<ReadOnlyBadge />}>
      {w.gapAnalyses.length === 0 ? (
        <EmptyNote>{t('gap.empty')}</EmptyNote>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="gap-table">
          <table className="data-table data-table-text">
            <thead>
              <tr>
                <th scope="col">{t('programs.dimension')}</th>
                <th scope="col">{t('gap.current')}</th>
                <th scope="col">{t('gap.target')}</th>
                <th scope="col">{t('gap.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {w.gapAnalyses.map((g) => (
                <tr key={g.id}>
                  <th scope="row" className="row-title">
                    {dimensionName(w, g.dimensionId, language)}
                  </th>
                  <td>{g.currentCondition || '–'}</td>
                  <td>{g.targetCondition || '–'}</td>
                  <td>{g.gap || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SummaryCard>
  );
};
