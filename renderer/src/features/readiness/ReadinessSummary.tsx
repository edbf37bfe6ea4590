import { readinessStats } from '../../../../shared/logic';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { EmptyNote, OpdName, ReadOnlyBadge, StatTiles, SummaryCard } from '../summary/SummaryKit';

/** Analisis kesiapan: the score per pillar (struktur, infrastruktur, suprastruktur…) and every item. */
export const ReadinessSummary = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const stats = readinessStats(w.readinessItems);
  return (
    <>
      <SummaryCard id="readiness-stats" title={t('readiness.perPillar')}>
        <StatTiles
          label={t('readiness.perPillar')}
          stats={stats.map((s) => ({
            label: t(`pillar.${s.pillar}`),
            value: s.mean === null ? '–' : formatNumber(s.mean, language, 1),
            detail: t('readiness.scored', { scored: s.scoredCount, total: s.itemCount }),
            tone: s.light ?? undefined,
          }))}
        />
      </SummaryCard>
      <SummaryCard id="readiness-items" title={t('readiness.items')} actions={<ReadOnlyBadge />}>
        {w.readinessItems.length === 0 ? (
          <EmptyNote>{t('readiness.empty')}</EmptyNote>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="readiness-items">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('readiness.pillar')}</th>
                  <th scope="col">{t('readiness.item')}</th>
                  <th scope="col" className="num">
                    {t('readiness.score')}
                  </th>
                  <th scope="col">{t('readiness.swot')}</th>
                  <th scope="col">{t('readiness.opd')}</th>
                </tr>
              </thead>
              <tbody>
                {w.readinessItems.map((item) => (
                  <tr key={item.id}>
                    <td>{t(`pillar.${item.pillar}`)}</td>
                    <th scope="row" className="row-title">
                      {item.title}
                      {item.indicator ? <span className="row-detail">{item.indicator}</span> : null}
                    </th>
                    <td className="num">{item.score ?? '–'}</td>
                    <td>{item.swot ? t(`swot.${item.swot}`) : '–'}</td>
                    <td>
                      <OpdName workshop={w} opdId={item.opdId} />
                    </td>
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
