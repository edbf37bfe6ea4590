import { useState, type FormEvent } from 'react';
import type { BallotAnswer, Poll } from '../../../../shared/model';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { BallotInput, emptyAnswer } from './BallotInput';

interface Props {
  poll: Poll;
  /** Saves one paper ballot; a refusal's message, or null. */
  onAdd(ballot: { voterId: string; answer: BallotAnswer }): string | null;
}

/** Keying in paper ballots one at a time; each is kept and counted as paper. */
export const PaperBallotForm = ({ poll, onAdd }: Props) => {
  const t = useT();
  const [answer, setAnswer] = useState<BallotAnswer>(() => emptyAnswer(poll));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = onAdd({ voterId: newItemId('kertas'), answer });
    if (problem) setMessage({ kind: 'error', text: problem });
    else {
      setAnswer(emptyAnswer(poll));
      setMessage({ kind: 'ok', text: t('polls.paper.saved') });
    }
  };
  return (
    <form className="poll-paper" onSubmit={submit} aria-labelledby={`paper-${poll.id}`}>
      <h3 className="poll-subtitle" id={`paper-${poll.id}`}>
        {t('polls.paper.title')}
      </h3>
      <p className="field-hint">{t('polls.paper.lead')}</p>
      <BallotInput poll={poll} answer={answer} onChange={setAnswer} idPrefix={`paper-${poll.id}`} />
      <div className="poll-actions">
        <button type="submit" className="btn btn-secondary">
          {t('polls.paper.add')}
        </button>
        {message ? (
          <span className={`field-message ${message.kind === 'error' ? 'is-error' : ''}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </span>
        ) : null}
      </div>
    </form>
  );
};
