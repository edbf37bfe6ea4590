import { rankQuickWins, suggestQuickWins } from '../../../../shared/logic';
import { isSuggested, unexplainedDecisions } from '../../../../shared/logic/quick-win-decision';
import type { Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { dimensionName } from '../summary/lookups';
import { DecisionRow } from './DecisionRow';
import { SelectionFields } from './SelectionFields';

/** The app's suggestion (best per dimension or top N) and the room's final choice, with a reason where they differ. */
export const DecisionCard = ({ workshop: w }: { workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  const suggestion = suggestQuickWins(w);
  const ranked = rankQuickWins(w);
  const unexplained = unexplainedDecisions(w);
  const programOf = (programId: string) => w.programs.find((p) => p.id === programId);
  if (w.quickWins.candidates.length === 0) return null;
  return (
    <section className="card" aria-labelledby="qw-decision-heading">
      <h2 id="qw-decision-heading" className="card-title">
        {t('quick-wins.decision.title')}
      </h2>
      <p className="card-lead">{t('quick-wins.decision.lead')}</p>
      <SelectionFields selection={w.quickWins.selection} />

      <h3 className="block-title qw-subtitle">{t('quick-wins.suggestion.title')}</h3>
      {suggestion.suggested.length === 0 ? (
        <p className="empty-note">{t('quick-wins.suggestion.none')}</p>
      ) : (
        <ol className="qw-suggestion">
          {suggestion.suggested.map((r) => (
            <li key={r.candidate.id}>
              <span className="code">{r.program.code}</span> {r.program.name}
              <span className="row-detail">
                {dimensionName(w, r.dimensionId, language)} · {r.score === null ? '' : formatNumber(r.score, language, 1)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {suggestion.dimensionsWithout.length > 0 ? (
        <div className="notice notice-warning qw-notice" role="status">
          <Icon name="alert" />
          <p>{t('quick-wins.suggestion.without', { dimensions: suggestion.dimensionsWithout.map((d) => dimensionName(w, d.id, language)).join(', ') })}</p>
        </div>
      ) : null}
      {unexplained.length > 0 ? (
        <div className="notice notice-warning qw-notice" role="status">
          <Icon name="alert" />
          <p>{t('quick-wins.decision.unexplained', { programs: unexplained.map((c) => programOf(c.programId)?.code ?? c.programId).join(', ') })}</p>
        </div>
      ) : null}

      <h3 className="block-title qw-subtitle">{t('quick-wins.decision.list')}</h3>
      <ol className="qw-decisions">
        {ranked.map((r, index) => (
          <DecisionRow key={r.candidate.id} ranked={r} rank={index + 1} suggested={isSuggested(w, r.candidate.id)} dimensionLabel={dimensionName(w, r.dimensionId, language)} />
        ))}
      </ol>
    </section>
  );
};
