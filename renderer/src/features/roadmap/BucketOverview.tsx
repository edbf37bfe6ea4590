import { roadmapBuckets } from '../../../../shared/logic';
import { roadmapPhases } from '../../../../shared/logic/roadmap-rows';
import { planEndYear, type Workshop } from '../../../../shared/model';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { dimensionName, yearSpan } from '../summary/lookups';
import { EmptyNote } from '../summary/SummaryKit';

/** Every program in its short, medium or long term, from its years inside the plan horizon. */
export const BucketOverview = ({ workshop: w }: { workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  const buckets = roadmapBuckets(w.programs, w.horizon);
  return (
    <section className="card" aria-labelledby="roadmap-buckets">
      <h2 id="roadmap-buckets" className="card-title">
        {t('roadmap.title', { start: w.horizon.startYear, end: planEndYear(w.horizon) })}
      </h2>
      <p className="card-lead">{t('roadmap.overview.lead')}</p>
      {w.programs.length === 0 ? <EmptyNote>{t('roadmap.empty')}</EmptyNote> : null}
      <div className="roadmap-columns">
        {roadmapPhases(w.horizon, w.roadmap.phaseLabels).map((phase) => {
          const programs = buckets[phase.bucket];
          const years = phase.startYear === phase.endYear ? String(phase.startYear) : `${phase.startYear}–${phase.endYear}`;
          return (
            <section key={phase.bucket} className={`roadmap-column bucket-${phase.bucket}`} aria-labelledby={`bucket-${phase.bucket}`}>
              <h3 id={`bucket-${phase.bucket}`} className="block-title">
                {phase.label}
                {/* Labels like "Jangka Pendek (2022)" already name their years. */}
                {/\d{4}/.test(phase.label) ? null : <span className="count"> {years}</span>}
              </h3>
              {programs.length === 0 ? (
                <p className="muted">{t('roadmap.noneInBucket')}</p>
              ) : (
                <ul className="roadmap-list">
                  {programs.map((p) => (
                    <li key={p.id}>
                      <span className="code">{p.code}</span> <span>{p.name}</span>
                      <span className="row-detail">
                        {dimensionName(w, p.dimensionId, language)}
                        {p.years.length > 0 ? ` · ${yearSpan(p.years)}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
};
