import { roadmapBuckets } from '../../../../shared/logic';
import { roadmapPhases } from '../../../../shared/logic/roadmap-rows';
import { planEndYear, type Workshop } from '../../../../shared/model';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { dimensionName, yearSpan } from '../summary/lookups';
import { EmptyNote } from '../summary/SummaryKit';
import { OPEN_GROUPS_UP_TO, useOpenGroups } from './use-open-groups';

/**
 * Every program in its short, medium or long term, from its years inside the plan horizon, grouped per dimension.
 * Each group folds (its header keeps the counts); what is open is remembered per workshop on this computer.
 */
export const BucketOverview = ({ workshop: w }: { workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  const buckets = roadmapBuckets(w.programs, w.horizon);
  const phases = roadmapPhases(w.horizon, w.roadmap.phaseLabels);
  const dimensions = w.dimensionSet.dimensions;
  const { isOpen, setOpen } = useOpenGroups(`roadmap.${w.id}`, w.programs.length <= OPEN_GROUPS_UP_TO);
  const ids = dimensions.map((d) => d.id);
  const allOpen = ids.every(isOpen);

  return (
    <section className="card" aria-labelledby="roadmap-buckets">
      <div className="card-heading-row">
        <h2 id="roadmap-buckets" className="card-title">
          {t('roadmap.title', { start: w.horizon.startYear, end: planEndYear(w.horizon) })}
        </h2>
        {w.programs.length > 0 ? (
          <button type="button" className="btn btn-secondary btn-small" onClick={() => setOpen(ids, !allOpen)}>
            {allOpen ? t('roadmap.groups.closeAll') : t('roadmap.groups.openAll')}
          </button>
        ) : null}
      </div>
      <p className="card-lead">{t('roadmap.overview.lead')}</p>
      {w.programs.length === 0 ? <EmptyNote>{t('roadmap.empty')}</EmptyNote> : null}
      {w.programs.length === 0
        ? null
        : dimensions.map((d) => {
            const name = dimensionName(w, d.id, language);
            const inDimension = phases.map((phase) => ({ phase, programs: buckets[phase.bucket].filter((p) => p.dimensionId === d.id) }));
            const count = inDimension.reduce((sum, b) => sum + b.programs.length, 0);
            const open = isOpen(d.id);
            const bodyId = `roadmap-group-${d.id}`;
            return (
              <section key={d.id} className={`roadmap-group${open ? ' is-open' : ''}`} aria-labelledby={`${bodyId}-title`}>
                <h3 className="roadmap-group-title" id={`${bodyId}-title`}>
                  <button type="button" className="roadmap-group-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen([d.id], !open)}>
                    <span className="roadmap-group-chevron" aria-hidden="true">
                      {open ? '▾' : '▸'}
                    </span>
                    <span className="roadmap-group-name">{name}</span>{' '}
                    <span className="roadmap-group-count">{t('roadmap.dimension.programCount', { count })}</span>
                    {inDimension.map(({ phase, programs }) => (
                      <span key={phase.bucket}>
                        {' '}
                        <span className={`roadmap-group-chip bucket-${phase.bucket}`}>
                          {t(`roadmap.groups.bucket.${phase.bucket}`)} {programs.length}
                        </span>
                      </span>
                    ))}
                  </button>
                </h3>
                <div id={bodyId} className="roadmap-columns" hidden={!open}>
                  {open
                    ? inDimension.map(({ phase, programs }) => {
                        const years = phase.startYear === phase.endYear ? String(phase.startYear) : `${phase.startYear}–${phase.endYear}`;
                        const headingId = `bucket-${d.id}-${phase.bucket}`;
                        return (
                          <section key={phase.bucket} className={`roadmap-column bucket-${phase.bucket}`} aria-labelledby={headingId}>
                            <h4 id={headingId} className="block-title">
                              {phase.label}
                              {/* Labels like "Jangka Pendek (2022)" already name their years. */}
                              {/\d{4}/.test(phase.label) ? null : <span className="count"> {years}</span>}
                            </h4>
                            {programs.length === 0 ? (
                              <p className="muted">{t('roadmap.noneInBucket')}</p>
                            ) : (
                              <ul className="roadmap-list">
                                {programs.map((p) => (
                                  <li key={p.id}>
                                    <span className="code">{p.code}</span> <span>{p.name}</span>
                                    {p.years.length > 0 ? <span className="row-detail">{yearSpan(p.years)}</span> : null}
                                  </li>
                                ))}
                              </ul>
                            )}
                          </section>
                        );
                      })
                    : null}
                </div>
              </section>
            );
          })}
    </section>
  );
};
