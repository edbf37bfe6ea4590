import { pollResults } from '../../../../shared/logic/poll-results';
import type { Poll } from '../../../../shared/model';
import { formatNumber } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';

interface Props {
  poll: Poll;
  /** `stage`: large type for the projector. */
  size?: 'sheet' | 'stage';
  /** At most this many rows (the stage shows what fits). */
  limit?: number;
}

/**
 * A poll's results as bars with their counts: dots and people per item, Borda points and first
 * places, the 1–5 score counts with the mean, words by how many people sent them, or the open
 * answers listed. Every bar says the count it stands for.
 */
export const PollResultsBars = ({ poll, size = 'sheet', limit }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const results = pollResults(poll);
  if (results.ballots === 0) return <p className="poll-results-empty">{t('polls.noBallots')}</p>;
  const cut = <T,>(rows: T[]): T[] => (limit === undefined ? rows : rows.slice(0, limit));

  if (results.kind === 'text') {
    return (
      <ul className={`poll-answers poll-answers-${size}`}>
        {cut(results.rows).map((row, i) => (
          <li key={i}>
            <span>{row.text}</span>
            {row.voterName ? <span className="poll-answer-who"> — {row.voterName}</span> : null}
            {row.paper ? <span className="badge badge-muted poll-paper">{t('polls.paperMark')}</span> : null}
          </li>
        ))}
      </ul>
    );
  }

  const rows: { key: string; label: string; value: number; max: number; detail: string }[] = (() => {
    switch (results.kind) {
      case 'dots': {
        const max = Math.max(1, ...results.rows.map((r) => r.dots));
        return [...results.rows].sort((a, b) => b.dots - a.dots).map((r) => ({ key: r.item.id, label: r.item.label, value: r.dots, max, detail: t('polls.unit.dots', { count: r.dots, voters: r.voters }) }));
      }
      case 'ranking': {
        const max = Math.max(1, ...results.rows.map((r) => r.points));
        return [...results.rows].sort((a, b) => b.points - a.points).map((r) => ({ key: r.item.id, label: r.item.label, value: r.points, max, detail: t('polls.unit.points', { count: r.points, first: r.firstPlaces }) }));
      }
      case 'scale':
        return [...results.rows]
          .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0))
          .map((r) => ({
            key: r.item.id,
            label: r.item.label,
            value: r.mean ?? 0,
            max: 5,
            detail: `${t('polls.unit.scale', { mean: r.mean === null ? '–' : formatNumber(r.mean, language), n: r.n })} · ${t('polls.scaleCounts', { counts: r.counts.join(' / ') })}`,
          }));
      case 'words': {
        const max = Math.max(1, ...results.rows.map((r) => r.count));
        return results.rows.map((r) => ({ key: r.key, label: r.word, value: r.count, max, detail: t('polls.unit.words', { count: r.count }) }));
      }
    }
  })();

  // Every row with the highest value leads: a tie is drawn as a tie, not as a win for the row listed first.
  const top = Math.max(0, ...rows.map((row) => row.value));
  return (
    <ol className={`poll-bars poll-bars-${size}`}>
      {cut(rows).map((row) => (
        <li key={row.key} className={`poll-bar-row${top > 0 && row.value === top ? ' is-top' : ''}`}>
          <div className="poll-bar-label">
            <span className="poll-bar-name">{row.label}</span>
            <span className="poll-bar-count">{row.detail}</span>
          </div>
          <div className="poll-bar-track" aria-hidden="true">
            <div className="poll-bar-fill" style={{ width: `${Math.round((row.value / row.max) * 100)}%` }} />
          </div>
        </li>
      ))}
    </ol>
  );
};
