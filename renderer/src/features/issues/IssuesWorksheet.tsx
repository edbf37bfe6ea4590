import { useId, useMemo, useState } from 'react';
import { rpjmdIssueSuggestions } from '../../../../shared/logic/rpjmd-issue-suggestions';
import { DimensionTabs, useSelectedDimension } from '../../components/DimensionTabs';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { dimensionName } from '../summary/lookups';
import { DimensionIssues } from './DimensionIssues';
import { Icon } from '../../components/Icon';
import { MergeCardsDialog } from '../room/MergeCardsDialog';
import { RoomBar } from '../room/RoomBar';
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
  const [merging, setMerging] = useState(false);
  const { readOnly } = useSessionSnapshot();
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
      <RoomBar worksheet="isu" dimensionId={selectedId}>
        <button type="button" className="btn btn-small btn-secondary" aria-haspopup="dialog" disabled={readOnly} onClick={() => setMerging(true)}>
          <Icon name="merge" />
          {t('room.merge.open')}
        </button>
      </RoomBar>
      {merging ? (
        <MergeCardsDialog
          card="issue"
          candidates={(['permasalahan', 'potensi'] as const).flatMap((kind) =>
            w.issues
              .filter((i) => i.dimensionId === selectedId && i.kind === kind)
              .map((i, index) => ({ id: i.id, label: `${t(kind === 'potensi' ? 'issues.word.potensi' : 'issues.word.permasalahan')} ${index + 1}`, text: i.text, groupId: i.groupId, hidden: i.hidden })),
          )}
          onClose={() => setMerging(false)}
        />
      ) : null}
      <DimensionTabs label={t('issues.dimensions')} tabs={tabs} selectedId={selectedId} onSelect={select}>
        {/* Keyed by dimension so half-typed text is saved and cleared when the room moves on. */}
        <DimensionIssues key={selectedId} dimensionId={selectedId} suggestionListId={suggestionListId} />
      </DimensionTabs>
    </div>
  );
};
