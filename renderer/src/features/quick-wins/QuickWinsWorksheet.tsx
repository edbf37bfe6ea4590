import { useT } from '../../i18n/i18n-context';
import { useSessionSnapshot, useWorkshop } from '../../session/session-context';
import { CandidatesCard } from './CandidatesCard';
import { DecisionCard } from './DecisionCard';
import { QuadrantCard } from './QuadrantCard';
import { QuickWinSheets } from './QuickWinSheets';
import { ScoringCard } from './ScoringCard';
import './quick-wins.css';

/**
 * Quick Win (Tahap III, reference §6): candidates, gate checks, weighted scores, the 2×2, the room's
 * choice and the sheets. The chart sits outside the read-only fieldsets so its picture can still be saved.
 */
export const QuickWinsWorksheet = () => {
  const t = useT();
  const workshop = useWorkshop();
  const { readOnly } = useSessionSnapshot();
  return (
    <div className="worksheet-form qw-worksheet">
      <fieldset className="worksheet-form" disabled={readOnly}>
        <legend className="visually-hidden">{t('quick-wins.formLegend')}</legend>
        <CandidatesCard workshop={workshop} />
        <ScoringCard workshop={workshop} />
      </fieldset>
      <QuadrantCard workshop={workshop} />
      <fieldset className="worksheet-form" disabled={readOnly}>
        <legend className="visually-hidden">{t('quick-wins.decision.title')}</legend>
        <DecisionCard workshop={workshop} />
        <QuickWinSheets workshop={workshop} />
      </fieldset>
    </div>
  );
};
