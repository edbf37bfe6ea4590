import { useId, useState } from 'react';
import { differsFromSuggestion, type QuickWinDecision } from '../../../../shared/logic/quick-win-decision';
import type { RankedCandidate } from '../../../../shared/logic';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { Chip } from '../summary/SummaryKit';
import { programLabel } from './candidate-order';
import { useQuickWinCommands } from './use-quick-win-commands';

const DECISIONS: readonly QuickWinDecision[] = ['pending', 'chosen', 'rejected'];
const REASON_MAX = 2000;

interface Props {
  ranked: RankedCandidate;
  rank: number;
  suggested: boolean;
  dimensionLabel: string;
}

/**
 * The room's decision on one candidate. A decision that agrees with the suggestion is saved at once;
 * one that differs waits for its reason, and nothing is stored until there is one.
 */
export const DecisionRow = ({ ranked, rank, suggested, dimensionLabel }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const { decide } = useQuickWinCommands();
  const { candidate, program, score } = ranked;
  const [draft, setDraft] = useState<{ decision: QuickWinDecision; reason: string } | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'warning'; text: string } | null>(null);
  const reasonId = useId();
  const messageId = `${reasonId}-message`;
  const decision = draft?.decision ?? candidate.decision;
  const reason = draft?.reason ?? candidate.overrideReason;
  const needsReason = differsFromSuggestion(decision, suggested);
  const label = programLabel(program);

  const save = (next: { decision: QuickWinDecision; reason: string }): boolean => {
    if (next.reason.length > REASON_MAX) {
      setMessage({ tone: 'error', text: t('quick-wins.decision.reasonTooLong') });
      return false;
    }
    const outcome = decide(candidate.id, next.decision, next.reason);
    if (!outcome.ok) {
      setMessage({ tone: 'error', text: outcome.problem === 'reason-required' ? t('quick-wins.decision.reasonRequired') : (outcome.message ?? '') });
      return false;
    }
    setDraft(null);
    setMessage(outcome.flagProblem ? { tone: 'warning', text: t('quick-wins.decision.flagFailed', { message: outcome.flagProblem }) } : null);
    return true;
  };

  const choose = (next: QuickWinDecision) => {
    const wanted = { decision: next, reason };
    if (differsFromSuggestion(next, suggested) && reason.trim() === '') {
      setDraft(wanted);
      setMessage({ tone: 'error', text: t('quick-wins.decision.reasonRequired') });
      return;
    }
    save(wanted);
  };

  const unchanged = draft === null || (draft.decision === candidate.decision && draft.reason === candidate.overrideReason);

  return (
    <li className={`qw-decision decision-${decision}`}>
      <div className="qw-decision-head">
        <p className="qw-decision-title">
          <span className="qw-rank">{t('quick-wins.decision.rank', { rank })}</span>
          <span className="code">{program.code}</span> {program.name}
        </p>
        <p className="qw-decision-meta">
          <span>{dimensionLabel}</span>
          <span>{score === null ? t('quick-wins.decision.noScore') : t('quick-wins.decision.score', { score: formatNumber(score, language, 1) })}</span>
          <Chip tone={suggested ? 'green' : undefined}>{suggested ? t('quick-wins.decision.suggested') : t('quick-wins.decision.notSuggested')}</Chip>
          {unchanged ? null : <Chip tone="amber">{t('quick-wins.decision.unsaved')}</Chip>}
        </p>
      </div>
      <fieldset className="fieldset qw-decision-choice">
        <legend className="visually-hidden">{t('quick-wins.decision.legend', { program: label })}</legend>
        <div className="radio-row">
          {DECISIONS.map((value) => (
            <label key={value} className="radio">
              <input type="radio" name={`qw-decision-${candidate.id}`} value={value} checked={decision === value} onChange={() => choose(value)} />
              <span>{t(`quick-wins.decision.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {decision !== 'pending' || reason !== '' ? (
        <div className={`field qw-reason${message?.tone === 'error' ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor={reasonId}>
            {t('quick-wins.decision.reason', { program: program.code })}
            {needsReason ? <span className="field-required"> ({t('quick-wins.decision.reasonRequiredLabel')})</span> : null}
          </label>
          <textarea
            id={reasonId}
            className="input textarea"
            rows={2}
            maxLength={REASON_MAX + 100}
            value={reason}
            placeholder={t('quick-wins.decision.reasonHint')}
            aria-describedby={message ? messageId : undefined}
            aria-invalid={message?.tone === 'error'}
            onChange={(e) => setDraft({ decision, reason: e.target.value })}
            onBlur={(e) => {
              // Leaving the box saves, unless the facilitator is on the way to discard the change.
              if (!unchanged && !(e.relatedTarget instanceof HTMLElement && e.relatedTarget.dataset.discard === 'true')) save({ decision, reason });
            }}
          />
        </div>
      ) : null}
      <p className={`field-message${message ? (message.tone === 'error' ? ' is-error' : ' is-warning') : ''}`} id={messageId} role={message?.tone === 'error' ? 'alert' : undefined} aria-live="polite">
        {message?.text}
      </p>
      {unchanged ? null : (
        <div className="button-row qw-decision-actions">
          <button type="button" className="btn btn-primary btn-small" onClick={() => save({ decision, reason })}>
            {t('quick-wins.decision.save')}
          </button>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            data-discard="true"
            onClick={() => {
              setDraft(null);
              setMessage(null);
            }}
          >
            {t('quick-wins.decision.cancel')}
          </button>
        </div>
      )}
    </li>
  );
};
