import { pollResults } from '../../../../shared/logic/poll-results';
import type { Poll, Workshop } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { PollResultsBars } from './PollResultsBars';
import { ScaleEnds } from './ScaleEnds';
import './polls.css';

/** The most result rows the projector shows; the rest are on the facilitator's worksheet. */
const STAGE_ROWS = 12;

/** The poll the stage shows: the one open now, else the last one revealed, else the last one. */
export const stagePoll = (w: Workshop): Poll | null =>
  [...w.polls].reverse().find((p) => p.status === 'open') ?? [...w.polls].reverse().find((p) => p.revealed) ?? w.polls[w.polls.length - 1] ?? null;

/**
 * Live poll results for the projector: the question in large type, how many have voted (and how
 * many on paper), and once the facilitator reveals them, the counts as bars in the app's palette.
 * Until then only the number of votes moves, so the room is not swayed by a running tally.
 */
export const PollStageView = ({ workshop, pollId, heading = true }: { workshop: Workshop; pollId?: string | undefined; heading?: boolean }) => {
  const t = useT();
  const poll = (pollId ? workshop.polls.find((p) => p.id === pollId) : undefined) ?? stagePoll(workshop);
  if (!poll) return <p className="poll-stage-note">{t('polls.stage.none')}</p>;
  const r = pollResults(poll);
  // What fits a projector: up to 5 choices as large bars, then one row each (name, bar, count), at most 12.
  const shown = Math.min(r.rows.length, STAGE_ROWS);
  const density = r.kind === 'text' || shown <= 5 ? '' : shown <= 8 ? ' is-dense' : ' is-crowded';
  return (
    <section className={`poll-stage${density}`} aria-label={poll.title}>
      {/* On the stage the screen's own heading names the poll. */}
      {heading ? <h1 className="poll-stage-title">{poll.title}</h1> : null}
      <p className="poll-stage-meta">
        <span className={`poll-status poll-status-${poll.status}`}>{t(`polls.status.${poll.status}`)}</span> {t(`polls.kind.${poll.kind}`)} · {t('polls.ballots', { count: r.ballots, paper: r.paper })}
      </p>
      {poll.kind === 'scale' ? <ScaleEnds ends={poll.scaleEnds} className="poll-stage-ends" /> : null}
      {poll.revealed ? <PollResultsBars poll={poll} size="stage" limit={STAGE_ROWS} /> : <p className="poll-stage-note">{t('polls.stage.waiting')}</p>}
      {poll.revealed && r.rows.length > STAGE_ROWS ? <p className="poll-stage-more">{t('polls.stage.more', { count: r.rows.length - STAGE_ROWS })}</p> : null}
    </section>
  );
};
