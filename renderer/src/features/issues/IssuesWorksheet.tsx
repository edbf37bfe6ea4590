import { useId, useMemo } from 'react';
import { rpjmdIssueSuggestions } from '../../../../shared/logic/rpjmd-issue-suggestions';
import { DimensionTabs, useSelectedDimension } from '../../components/DimensionTabs';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { dimensionName } from '../summary/lookups';
import { DimensionIssues } from './DimensionIssues';
import './issues.css';

/** Isu Daerah per Dimensi: the problems and potentials the room names, dimension by dimension. */
export const IssuesWorksheet = () => {
  const t = useT();
  const { language } = useLanguage();
  const w = useWorkshop();
  const dimensions = w.dimensionSet.dimensions;
  const [selectedId, select] = useSelectedDimension('isu', dimensions.map((d) => d.id));
  const suggestions = useMemo(() => rpjmdIssueSuggestions(w.issues), [w.issues]);
  const suggestionListId = useId();
  const tabs = dimensions.map((d) => {
    const count = w.issues.filter((i) => i.dimensionId === d.id).length;
    return { id: d.id, label: dimensionName(w, d.id, language), count, countLabel: t('issues.tabCount', { count }) };
  });
  return (
    <div className="issues-worksheet">
      <datalist id={suggestionListId} aria-label={t('issues.suggestions')}>
        {suggestions.map((s) => (
          <option key={s.text} value={s.text} />
        ))}
      </datalist>
      <DimensionTabs label={t('issues.dimensions')} tabs={tabs} selectedId={selectedId} onSelect={select}>
        {/* Keyed by dimension so half-typed text is saved and cleared when the room moves on. */}
        <DimensionIssues key={selectedId} dimensionId={selectedId} suggestionListId={suggestionListId} />
      </DimensionTabs>
    </div>
  );
};
