import { useEffect, useState } from 'react';
import type { BallotAnswer, Poll, Workshop } from '../../../../shared/model';
import { useApi } from '../../api/api-context';
import { BallotInput, emptyAnswer } from '../../features/polls/BallotInput';
import { PollResultsBars } from '../../features/polls/PollResultsBars';
import { useParticipantT } from '../i18n/participant-catalogue';
import { useSession, useSessionSnapshot } from '../../session/session-context';
import type { ScreenProps } from '../screens';
import '../../features/polls/polls.css';

/**
 * Polls a participant sees: the open ones to vote in first (the latest on top), then closed ones whose
 * results were revealed. In the workshop's order a poll opened now sat below every earlier result.
 * A poll this phone saw open (`seenOpen`) keeps its place once the facilitator closes it, saying so:
 * before, a poll closed while the participant was choosing vanished from under their thumb without a word.
 */
export const visiblePolls = (w: Workshop, seenOpen: ReadonlySet<string> = new Set()): Poll[] => {
  const current = w.polls.filter((p) => p.status === 'open' || (p.status === 'closed' && seenOpen.has(p.id))).reverse();
  return current.concat(w.polls.filter((p) => p.status === 'closed' && p.revealed && !seenOpen.has(p.id)));
};

/** The ids of the polls this screen has seen open since it was opened (they grow, never shrink). */
const useSeenOpen = (w: Workshop): ReadonlySet<string> => {
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set());
  const fresh = w.polls.filter((p) => p.status === 'open' && !seen.has(p.id)).map((p) => p.id);
  if (fresh.length === 0) return seen;
  const grown = new Set([...seen, ...fresh]);
  setSeen(grown);
  return grown;
};

/**
 * The phone's ballot screen: one card per open poll, filled in with big targets and sent as
 * `castBallot` (the server writes who sent it; sending again replaces the earlier vote). Once the
 * facilitator reveals a poll, its counts appear here too, refreshed as the votes move.
 */
export const BallotScreen = ({ joined, workshop, readOnly }: ScreenProps) => {
  const t = useParticipantT();
  const api = useApi();
  const seenOpen = useSeenOpen(workshop);
  const polls = visiblePolls(workshop, seenOpen);
  const anyRevealed = polls.some((p) => p.revealed);
  // Revealed results need every ballot, which the live feed never carries: fetched again as the revision moves.
  const [revealedView, setRevealedView] = useState<Workshop | null>(null);
  useEffect(() => {
    if (!anyRevealed) return;
    let live = true;
    const timer = window.setTimeout(() => {
      api['workshop.open']({ workshopId: workshop.id }).then(
        (opened) => live && setRevealedView(opened.workshop),
        () => undefined,
      );
    }, 400);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [anyRevealed, api, workshop.id, workshop.revision]);

  return (
    <section className="p-screen" aria-labelledby="p-polls-title">
      <h1 id="p-polls-title" className="p-title">
        {t('polls.ballot.title')}
      </h1>
      {polls.length === 0 ? <p className="p-empty">{t('polls.ballot.none')}</p> : null}
      {polls.map((poll) => (
        <PollCard key={poll.id} poll={poll} voterId={joined.participant.id} voterName={joined.participant.name} opdId={joined.participant.opdId} readOnly={readOnly} revealed={revealedView?.polls.find((p) => p.id === poll.id) ?? null} />
      ))}
    </section>
  );
};

interface CardProps {
  poll: Poll;
  voterId: string;
  voterName: string;
  opdId: string | null;
  readOnly: boolean;
  /** The poll with every ballot, once revealed. */
  revealed: Poll | null;
}

const PollCard = ({ poll, voterId, voterName, opdId, readOnly, revealed }: CardProps) => {
  const t = useParticipantT();
  const session = useSession();
  const mine = poll.ballots.find((b) => b.voterId === voterId) ?? null;
  const [answer, setAnswer] = useState<BallotAnswer>(() => mine?.answer ?? emptyAnswer(poll));
  // 'ok' is worded at each render, so switching the language rewords it (a stored text stayed in the old one).
  const [message, setMessage] = useState<{ kind: 'ok' } | { kind: 'error'; text: string } | null>(null);
  const { save } = useSessionSnapshot();
  const open = poll.status === 'open';
  const send = () => {
    const result = session.dispatch({ type: 'castBallot', pollId: poll.id, ballot: { voterId, voterName, opdId, paper: false, answer } });
    setMessage(result.ok ? { kind: 'ok' } : { kind: 'error', text: result.message });
  };
  // Accepted on the phone is not yet counted: "tersimpan" only once the server has it (offline, it waits in the queue).
  const shown =
    message?.kind === 'ok'
      ? { kind: 'ok' as const, text: t(save.kind === 'saved' ? 'polls.ballot.sent' : save.kind === 'error' ? 'participant.ballot.pending' : 'participant.ballot.sending') }
      : message;
  const titleId = `p-poll-${poll.id}`;
  return (
    <article className="p-card p-poll" aria-labelledby={titleId}>
      <h2 id={titleId} className="p-poll-title">
        {poll.title}
      </h2>
      <p className="p-lead">
        {t(`polls.kind.${poll.kind}`)} · {t(poll.anonymous ? 'polls.ballot.anonymous' : 'polls.ballot.named')}
      </p>
      {open ? (
        <>
          <BallotInput poll={poll} answer={answer} onChange={setAnswer} disabled={readOnly} idPrefix={titleId} />
          <button type="button" className="btn btn-primary p-wide p-poll-send" disabled={readOnly} onClick={send}>
            {t(mine ? 'polls.ballot.resend' : 'polls.ballot.send')}
          </button>
          {shown ? (
            <p className={`field-message ${shown.kind === 'error' ? 'is-error' : ''}`} role={shown.kind === 'error' ? 'alert' : 'status'}>
              {shown.text}
            </p>
          ) : null}
        </>
      ) : (
        // Closed: whether this phone's vote is in the count, which the participant would otherwise have to guess.
        <p className="notice notice-info p-poll-closed" role="status">
          <span>
            {t('polls.ballot.closed')} {t(mine ? 'participant.ballot.closedCounted' : 'participant.ballot.closedMissed')}
          </span>
        </p>
      )}
      {poll.revealed && revealed ? (
        <div className="p-poll-results" aria-live="polite">
          <h3 className="poll-subtitle">{t('polls.results')}</h3>
          <PollResultsBars poll={revealed} />
        </div>
      ) : null}
    </article>
  );
};
