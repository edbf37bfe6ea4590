import { gapAnalysisOf, orphanGapAnalyses } from '../../../../shared/logic/gap-analyses';
import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { DimensionGapCard } from './DimensionGapCard';
import { RoomBar } from '../room/RoomBar';
import { useGapCommands } from './use-gap-commands';
import './gap.css';

/** Analisis kesenjangan: per dimension of the workshop's set, the current condition, the target condition and the gap. */
export const GapWorksheet = () => {
  const t = useT();
  const workshop = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  const { writeText } = useGapCommands();
  const dimensions = workshop.dimensionSet.dimensions;
  const done = dimensions.filter((d) => {
    const g = gapAnalysisOf(workshop, d.id);
    return g !== undefined && g.currentCondition.trim() !== '' && g.targetCondition.trim() !== '';
  }).length;
  const orphans = orphanGapAnalyses(workshop);

  return (
    <fieldset className="worksheet-form" disabled={readOnly}>
      <legend className="visually-hidden">{t('gap.formLegend')}</legend>
      <div className="notice notice-info gap-intro">
        <div>
          <p>{t('gap.intro')}</p>
          <p className="gap-progress" aria-live="polite">
            {t('gap.progress', { done, total: dimensions.length })}
          </p>
        </div>
      </div>
      <RoomBar worksheet="kesenjangan" />
      {dimensions.map((dimension) => {
        const analysis = gapAnalysisOf(workshop, dimension.id);
        return (
          <DimensionGapCard
            key={dimension.id}
            dimension={dimension}
            analysis={analysis}
            others={workshop.gapAnalyses.filter((g) => g.dimensionId === dimension.id && g.id !== analysis?.id)}
            write={writeText}
          />
        );
      })}
      {orphans.length > 0 ? (
        <section className="card card-warning" aria-labelledby="gap-orphans-heading">
          <h2 id="gap-orphans-heading" className="card-title">
            {t('gap.orphans.title')}
          </h2>
          <p className="card-lead">{t('gap.orphans.lead')}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="gap-orphans-heading">
            <table className="data-table data-table-text">
              <thead>
                <tr>
                  <th scope="col">{t('programs.dimension')}</th>
                  <th scope="col">{t('gap.field.current')}</th>
                  <th scope="col">{t('gap.field.target')}</th>
                  <th scope="col">{t('gap.field.gap')}</th>
                </tr>
              </thead>
              <tbody>
                {orphans.map((g) => (
                  <tr key={g.id}>
                    <th scope="row" className="row-title">
                      {g.dimensionId}
                    </th>
                    <td>{g.currentCondition || '–'}</td>
                    <td>{g.targetCondition || '–'}</td>
                    <td>{g.gap || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </fieldset>
  );
};
