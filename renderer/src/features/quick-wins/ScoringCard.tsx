import { gatesPass, quickWinScore } from '../../../../shared/logic';
import { CRITERIA, DEFAULT_WEIGHTS, type Workshop } from '../../../../shared/model';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { Chip } from '../summary/SummaryKit';
import { candidatesInOrder, programLabel } from './candidate-order';
import { ScoreInput } from './ScoreInput';
import { WeightField } from './WeightField';
import { useQuickWinCommands } from './use-quick-win-commands';

/** Skor berbobot: the six criteria 1–5 with the room's editable weights (defaults: reference §6.3, a design proposal). */
export const ScoringCard = ({ workshop: w }: { workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  const { setWeights } = useQuickWinCommands();
  const weights = w.quickWins.weights;
  const sum = CRITERIA.reduce((total, c) => total + weights[c], 0);
  const isDefault = CRITERIA.every((c) => weights[c] === DEFAULT_WEIGHTS[c]);
  const rows = candidatesInOrder(w);
  return (
    <section className="card" aria-labelledby="qw-scoring-heading">
      <h2 id="qw-scoring-heading" className="card-title">
        {t('quick-wins.scoring.title')}
      </h2>
      <p className="card-lead">{t('quick-wins.scoring.lead')}</p>
      <fieldset className="fieldset qw-weights">
        <legend className="block-title">{t('quick-wins.weights.title')}</legend>
        <p className="field-hint">{t('quick-wins.weights.proposal')}</p>
        <div className="qw-weight-grid">
          {CRITERIA.map((criterion) => (
            <WeightField key={criterion} criterion={criterion} stored={weights[criterion]} />
          ))}
        </div>
        <div className="qw-weights-footer">
          <p className={sum === 0 ? 'qw-weight-sum is-warning' : 'qw-weight-sum'} aria-live="polite">
            {sum === 0 ? t('quick-wins.weights.allZero') : t('quick-wins.weights.sum', { sum: formatNumber(sum, language) })}
          </p>
          <button type="button" className="btn btn-secondary btn-small" disabled={isDefault} onClick={() => setWeights(() => DEFAULT_WEIGHTS)}>
            {t('quick-wins.weights.reset')}
          </button>
        </div>
      </fieldset>

      {rows.length > 0 ? (
        <div className="table-scroll qw-score-table" role="region" aria-labelledby="qw-score-caption" tabIndex={0}>
          <table className="data-table qw-table">
            <caption id="qw-score-caption" className="visually-hidden">
              {t('quick-wins.score.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('programs.name')}</th>
                {CRITERIA.map((criterion) => (
                  <th key={criterion} scope="col" className="qw-criterion-head">
                    {t(`quick-wins.criterion.${criterion}`)}
                    <span className="qw-weight-tag">{formatNumber(weights[criterion], language)}%</span>
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('quick-wins.score.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ candidate, program }) => {
                const { score } = quickWinScore(candidate.scores, weights);
                return (
                  <tr key={candidate.id}>
                    <th scope="row" className="row-title">
                      <span className="code">{program.code}</span> {program.name}
                      {gatesPass(candidate.gates) ? null : <span className="row-detail qw-gates-note">{t('quick-wins.score.gatesFail')}</span>}
                    </th>
                    {CRITERIA.map((criterion) => (
                      <td key={criterion} className="qw-score-cell">
                        <ScoreInput
                          candidateId={candidate.id}
                          criterion={criterion}
                          stored={candidate.scores[criterion]}
                          label={t('quick-wins.score.input', { criterion: t(`quick-wins.criterion.${criterion}`), program: programLabel(program) })}
                        />
                      </td>
                    ))}
                    <td className="num qw-total">{score === null ? <Chip>{t('quick-wins.score.incomplete')}</Chip> : <strong>{formatNumber(score, language, 1)}</strong>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
};
