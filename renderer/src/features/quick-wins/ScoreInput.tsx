import { useId } from 'react';
import type { QuickWinCriterion } from '../../../../shared/model';
import { useCommittedDraft, type ReadResult } from '../../forms/use-committed-draft';
import { useT } from '../../i18n/i18n-context';
import { useQuickWinCommands } from './use-quick-win-commands';

type Score = number | null;
const same = (a: Score, b: Score) => a === b;

/** One criterion score, 1–5 or empty; anything else stays in the box with its message and is not stored. */
export const ScoreInput = ({ candidateId, criterion, stored, label }: { candidateId: string; criterion: QuickWinCriterion; stored: Score; label: string }) => {
  const t = useT();
  const { updateCandidate } = useQuickWinCommands();
  const messageId = useId();
  const read = (text: string): ReadResult<Score> => {
    const trimmed = text.trim();
    if (trimmed === '') return { ok: true, value: null };
    if (!/^\d+$/.test(trimmed)) return { ok: false, message: t('quick-wins.score.notANumber') };
    const value = Number(trimmed);
    return value >= 1 && value <= 5 ? { ok: true, value } : { ok: false, message: t('quick-wins.score.notANumber') };
  };
  const draft = useCommittedDraft<Score>({
    stored,
    toText: (value) => (value === null ? '' : String(value)),
    read,
    equals: same,
    commit: (value) => updateCandidate(candidateId, (c) => ({ ...c, scores: { ...c.scores, [criterion]: value } })),
  });
  return (
    <div className={`qw-score${draft.message ? ' field-invalid' : ''}`}>
      <input
        className="input qw-score-input"
        inputMode="numeric"
        autoComplete="off"
        maxLength={3}
        aria-label={label}
        aria-invalid={draft.message !== null}
        aria-describedby={draft.message ? messageId : undefined}
        value={draft.text}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={draft.blur}
        onKeyDown={(e) => {
          if (e.key === 'Enter') draft.flush();
        }}
      />
      {draft.message ? (
        <p className="field-message is-error qw-score-message" id={messageId} role="alert">
          {draft.message}
        </p>
      ) : null}
    </div>
  );
};
