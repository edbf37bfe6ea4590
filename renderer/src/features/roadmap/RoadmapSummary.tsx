import { bucketRanges, roadmapBuckets } from '../../../../shared/logic';
import { planEndYear } from '../../../../shared/model';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { dimensionName, yearSpan } from '../summary/lookups';
import { EmptyNote, ReadOnlyBadge, SummaryCard } from '../summary/SummaryKit';

/** Peta jalan: programs in short, medium and long term, from their years inside the plan horizon. */
export const RoadmapSummary = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const buckets = roadmapBuckets(w.programs, w.horizon);
  const ranges = bucketRanges(w.horizon);
  return (
    <SummaryCard id="roadmap-buckets" title={t('roadmap.title', { start: w.horizon.startYear, end: planEndYear(w.horizon) })} actions={<ReadOnlyBadge />}>
      {w.programs.length === 0 ? <EmptyNote>{t('roadmap.empty')}</EmptyNote> : null}
      <div className="roadmap-columns">
        {ranges.map((range) => {
          const programs = buckets[range.bucket];
          const years = range.startYear === range.endYear ? String(range.startYear) : `${range.startYear}–${range.endYear}`;
          return (
            <section key={range.bucket} className={`roadmap-column bucket-${range.bucket}`} aria-labelledby={`bucket-${range.bucket}`}>
              <h3 id={`bucket-${range.bucket}`} className="block-title">
                {w.roadmap.phaseLabels[range.bucket]}
                {/* Labels like "Jangka Pendek (2022)" already name their years. */}
                {/\d{4}/.test(w.roadmap.phaseLabels[range.bucket]) ? null : <span className="count"> {years}</span>}
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
    </SummaryCard>
  );
};
