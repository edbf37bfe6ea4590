import { InnovationTypeSchema } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { EmptyNote, ReadOnlyBadge, StatTiles, SummaryCard } from '../summary/SummaryKit';

/** Inovasi per program: what kind of innovation each program brings, IT or not. */
export const InnovationSummary = () => {
  const t = useT();
  const w = useWorkshop();
  const stats = [
    ...InnovationTypeSchema.options.map((type) => ({ label: t(`innovation.${type}`), value: w.programs.filter((p) => p.innovationType === type).length })),
    { label: t('innovation.none'), value: w.programs.filter((p) => p.innovationType === null).length },
  ];
  return (
    <>
      <SummaryCard id="innovation-stats" title={t('innovation.perType')}>
        <StatTiles label={t('innovation.perType')} stats={stats} />
      </SummaryCard>
      <SummaryCard id="innovation-table" title={t('innovation.table')} actions={<ReadOnlyBadge />}>
        {w.programs.length === 0 ? (
          <EmptyNote>{t('programs.empty')}</EmptyNote>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="innovation-table">
            <table className="data-table data-table-text">
              <thead>
                <tr>
                  <th scope="col">{t('programs.code')}</th>
                  <th scope="col">{t('programs.name')}</th>
                  <th scope="col">{t('innovation.type')}</th>
                  <th scope="col">{t('innovation.description')}</th>
                </tr>
              </thead>
              <tbody>
                {w.programs.map((p) => (
                  <tr key={p.id}>
                    <td className="code">{p.code}</td>
                    <th scope="row" className="row-title">
                      {p.name}
                    </th>
                    <td>{p.innovationType ? t(`innovation.${p.innovationType}`) : '–'}</td>
                    <td>{p.innovationDescription || '–'}</td>
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
