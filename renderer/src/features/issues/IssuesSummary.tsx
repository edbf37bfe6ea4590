import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { dimensionName } from '../summary/lookups';
import { Chip, EmptyNote, ReadOnlyBadge, SummaryCard } from '../summary/SummaryKit';

/** Isu daerah per dimensi: problems and potentials the room named, dimension by dimension. */
export const IssuesSummary = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  return (
    <SummaryCard id="issues-list" title={t('issues.perDimension')} actions={<ReadOnlyBadge />}>
      {w.issues.length === 0 ? <EmptyNote>{t('issues.empty')}</EmptyNote> : null}
      <div className="dimension-grid">
        {w.dimensionSet.dimensions.map((d) => {
          const issues = w.issues.filter((i) => i.dimensionId === d.id);
          return (
            <section key={d.id} className="dimension-block" aria-labelledby={`issues-${d.id}`}>
              <h3 id={`issues-${d.id}`} className="block-title">
                {dimensionName(w, d.id, language)} <span className="count">({issues.length})</span>
              </h3>
              {issues.length === 0 ? (
                <p className="muted">{t('issues.none')}</p>
              ) : (
                <ul className="plain-list">
                  {issues.map((issue) => (
                    <li key={issue.id}>
                      <Chip tone={issue.kind === 'potensi' ? 'green' : 'red'}>{t(`issues.kind.${issue.kind}`)}</Chip> {issue.text}
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
