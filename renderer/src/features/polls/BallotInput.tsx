import { useState } from 'react';
import type { BallotAnswer, Poll } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { ScaleEnds } from './ScaleEnds';

/** An empty answer of the poll's kind (a ranking starts in the poll's order). */
export const emptyAnswer = (poll: Poll): BallotAnswer => {
  switch (poll.kind) {
    case 'dots':
      return { kind: 'dots', dots: [] };
    case 'ranking':
      return { kind: 'ranking', order: poll.items.map((i) => i.id) };
    case 'scale':
      return { kind: 'scale', scores: [] };
    case 'words':
      return { kind: 'words', words: [] };
    case 'text':
      return { kind: 'text', text: '' };
  }
};

interface Props {
  poll: Poll;
  answer: BallotAnswer;
  onChange(answer: BallotAnswer): void;
  disabled?: boolean;
  /** Element ids are made unique per form (the paper form and a phone's ballot). */
  idPrefix: string;
}

/**
 * Filling in one ballot, by kind, with big targets (a phone, or the facilitator keying in paper):
 * − / + per item for dots with the dots left shown, up/down for a ranking, 1–5 buttons per item,
 * words added one at a time, or a text.
 */
export const BallotInput = ({ poll, answer, onChange, disabled = false, idPrefix }: Props) => {
  const t = useT();
  const [word, setWord] = useState('');
  switch (answer.kind) {
    case 'dots': {
      const countOf = (id: string) => answer.dots.find((d) => d.itemId === id)?.count ?? 0;
      const used = answer.dots.reduce((s, d) => s + d.count, 0);
      const left = poll.limits.dotsPerPerson - used;
      const set = (id: string, count: number) =>
        onChange({ kind: 'dots', dots: [...answer.dots.filter((d) => d.itemId !== id), ...(count > 0 ? [{ itemId: id, count }] : [])].sort((a, b) => poll.items.findIndex((i) => i.id === a.itemId) - poll.items.findIndex((i) => i.id === b.itemId)) });
      return (
        <div className="ballot">
          <p className="ballot-left" aria-live="polite">
            {t('polls.dotsLeft', { left, total: poll.limits.dotsPerPerson })}
          </p>
          <ul className="ballot-items">
            {poll.items.map((item) => {
              const n = countOf(item.id);
              return (
                <li key={item.id} className="ballot-item">
                  <span className="ballot-item-label">{item.label}</span>
                  <span className="ballot-stepper">
                    <button type="button" className="btn btn-secondary ballot-step" aria-label={t('polls.ballot.removeDot', { label: item.label })} disabled={disabled || n === 0} onClick={() => set(item.id, n - 1)}>
                      −
                    </button>
                    <span className="ballot-dots" aria-label={String(n)}>
                      {'●'.repeat(n) || '○'}
                    </span>
                    <button type="button" className="btn btn-secondary ballot-step" aria-label={t('polls.ballot.addDot', { label: item.label })} disabled={disabled || left <= 0 || n >= poll.limits.maxPerItem} onClick={() => set(item.id, n + 1)}>
                      +
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      );
    }
    case 'ranking': {
      const move = (from: number, to: number) => {
        const order = [...answer.order];
        const [id] = order.splice(from, 1);
        if (id !== undefined) order.splice(to, 0, id);
        onChange({ kind: 'ranking', order });
      };
      const label = (id: string) => poll.items.find((i) => i.id === id)?.label ?? id;
      return (
        <ol className="ballot-items ballot-ranking">
          {answer.order.map((id, i) => (
            <li key={id} className="ballot-item">
              <span className="ballot-rank">{i + 1}</span>
              <span className="ballot-item-label">{label(id)}</span>
              <span className="ballot-stepper">
                <button type="button" className="btn btn-secondary ballot-step" aria-label={t('polls.up', { label: label(id) })} disabled={disabled || i === 0} onClick={() => move(i, i - 1)}>
                  ↑
                </button>
                <button type="button" className="btn btn-secondary ballot-step" aria-label={t('polls.down', { label: label(id) })} disabled={disabled || i === answer.order.length - 1} onClick={() => move(i, i + 1)}>
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
      );
    }
    case 'scale': {
      const scoreOf = (id: string) => answer.scores.find((s) => s.itemId === id)?.score ?? null;
      const set = (id: string, score: number) => onChange({ kind: 'scale', scores: [...answer.scores.filter((s) => s.itemId !== id), { itemId: id, score }] });
      return (
        <ul className="ballot-items">
          {poll.items.map((item) => (
            <li key={item.id} className="ballot-item ballot-item-scale">
              <span className="ballot-item-label" id={`${idPrefix}-${item.id}`}>
                {item.label}
              </span>
              <span className="ballot-scale-wrap">
                <span className="ballot-scale" role="radiogroup" aria-labelledby={`${idPrefix}-${item.id}`} aria-describedby={`${idPrefix}-${item.id}-ends`}>
                  {[1, 2, 3, 4, 5].map((score) => (
                    <button
                      key={score}
                      type="button"
                      role="radio"
                      aria-checked={scoreOf(item.id) === score}
                      aria-label={`${t('polls.ballot.score', { label: item.label })}: ${score}`}
                      className={`btn ballot-score${scoreOf(item.id) === score ? ' btn-primary' : ' btn-secondary'}`}
                      disabled={disabled}
                      onClick={() => set(item.id, score)}
                    >
                      {score}
                    </button>
                  ))}
                </span>
                <ScaleEnds ends={poll.scaleEnds} id={`${idPrefix}-${item.id}-ends`} className="ballot-scale-ends" />
              </span>
            </li>
          ))}
        </ul>
      );
    }
    case 'words': {
      const add = () => {
        const w = word.trim();
        if (w === '' || answer.words.length >= poll.limits.wordsPerPerson) return;
        onChange({ kind: 'words', words: [...answer.words, w] });
        setWord('');
      };
      return (
        <div className="ballot">
          <p className="ballot-left">{t('polls.wordsLeft', { left: poll.limits.wordsPerPerson - answer.words.length, total: poll.limits.wordsPerPerson })}</p>
          <ul className="ballot-words">
            {answer.words.map((w, i) => (
              <li key={`${w}-${i}`} className="ballot-word">
                <span>{w}</span>
                <button type="button" className="btn btn-secondary ballot-step" aria-label={t('polls.ballot.removeWord', { word: w })} disabled={disabled} onClick={() => onChange({ kind: 'words', words: answer.words.filter((_, j) => j !== i) })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="ballot-word-add">
            <input
              id={`${idPrefix}-word`}
              className="input"
              value={word}
              maxLength={40}
              placeholder={t('polls.ballot.wordPlaceholder')}
              aria-label={t('polls.ballot.wordPlaceholder')}
              disabled={disabled || answer.words.length >= poll.limits.wordsPerPerson}
              onChange={(e) => setWord(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
            <button type="button" className="btn btn-secondary" disabled={disabled || word.trim() === '' || answer.words.length >= poll.limits.wordsPerPerson} onClick={add}>
              {t('polls.ballot.addWord')}
            </button>
          </div>
        </div>
      );
    }
    case 'text':
      return (
        <textarea
          id={`${idPrefix}-text`}
          className="input ballot-text"
          rows={4}
          maxLength={1000}
          aria-label={t('polls.ballot.yourAnswer')}
          value={answer.text}
          disabled={disabled}
          onChange={(e) => onChange({ kind: 'text', text: e.target.value })}
        />
      );
  }
};
