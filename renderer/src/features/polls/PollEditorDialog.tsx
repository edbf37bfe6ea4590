import { useState, type FormEvent } from 'react';
import { CRITERIA, DEFAULT_POLL_LIMITS, DEFAULT_SCALE_ENDS, MAX_POLL_ITEMS, MAX_SCALE_END_LENGTH, type Poll, type PollItem, type PollItemSource, type PollKind, type PollScaleEnds, type PollSettings, type QuickWinCriterion } from '../../../../shared/model';
import { scaleEndsAfterCriterion } from '../../../../shared/logic/scale-ends';
import { Dialog } from '../../components/Dialog';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { POLL_SOURCES, isPicked, sourceItems } from './poll-sources';

const KINDS: readonly PollKind[] = ['dots', 'ranking', 'scale', 'words', 'text'];

/** The words of the two end fields of a scale: "1 =" / "5 =", their names and the usual meaning as a placeholder. */
const END_WORDS = {
  low: { mark: 'polls.editor.scaleLow', name: 'polls.editor.scaleLowName', placeholder: 'polls.editor.scaleLowPlaceholder' },
  high: { mark: 'polls.editor.scaleHigh', name: 'polls.editor.scaleHighName', placeholder: 'polls.editor.scaleHighPlaceholder' },
} as const;

interface Props {
  /** The poll being edited, or null for a new one. */
  poll: Poll | null;
  onSave(settings: PollSettings): string | null;
  onClose(): void;
}

/** Setting up a poll: the question, its kind, options from the workshop or typed, limits, anonymity. */
export const PollEditorDialog = ({ poll, onSave, onClose }: Props) => {
  const t = useT();
  const workshop = useWorkshop();
  const locked = poll !== null && poll.ballots.length > 0;
  const [title, setTitle] = useState(poll?.title ?? '');
  const [kind, setKind] = useState<PollKind>(poll?.kind ?? 'dots');
  const [items, setItems] = useState<PollItem[]>(poll?.items ?? []);
  const [limits, setLimits] = useState(poll?.limits ?? DEFAULT_POLL_LIMITS);
  const [anonymous, setAnonymous] = useState(poll?.anonymous ?? true);
  const [criterion, setCriterion] = useState<QuickWinCriterion | null>(poll?.criterion ?? null);
  const [scaleEnds, setScaleEnds] = useState<PollScaleEnds>(poll?.scaleEnds ?? DEFAULT_SCALE_ENDS);
  const [source, setSource] = useState<PollItemSource>('issue');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const usesItems = kind !== 'words' && kind !== 'text';
  const available = sourceItems(workshop, source);

  const toggle = (id: string, label: string) =>
    setItems((now) => (isPicked(now, source, id) ? now.filter((i) => !(i.ref?.source === source && i.ref.id === id)) : [...now, { id: newItemId('pilihan'), label, ref: { source, id } }]));
  const addTyped = () => {
    const label = typed.trim();
    if (label === '') return;
    setItems((now) => [...now, { id: newItemId('pilihan'), label, ref: null }]);
    setTyped('');
  };
  // Picking a criterion whose 5 is not simply "more" (cost: 5 = cheapest) names the ends for it, unless the facilitator wrote their own.
  const pickCriterion = (next: QuickWinCriterion | null) => {
    setScaleEnds((ends) => scaleEndsAfterCriterion(ends, criterion, next));
    setCriterion(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = onSave({ title, kind, items: usesItems ? items : [], anonymous, limits, criterion: kind === 'scale' ? criterion : null, scaleEnds: kind === 'scale' ? scaleEnds : DEFAULT_SCALE_ENDS });
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <Dialog
      title={t(poll ? 'polls.editor.editTitle' : 'polls.editor.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('polls.editor.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('polls.editor.save')}
          </button>
        </>
      }
    >
      <div className="poll-editor">
        {locked ? <p className="notice notice-info">{t('polls.editor.lockedHint')}</p> : null}
        <label className="field">
          <span className="field-label">{t('polls.editor.question')}</span>
          <input className="input" value={title} maxLength={300} required onChange={(e) => setTitle(e.target.value)} />
        </label>
        <fieldset className="fieldset poll-kinds" disabled={locked}>
          <legend className="field-label">{t('polls.editor.kind')}</legend>
          {KINDS.map((k) => (
            <label key={k} className="poll-kind">
              <input type="radio" name="poll-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>{t(`polls.kind.${k}`)}</span>
            </label>
          ))}
        </fieldset>
        {usesItems ? (
          <fieldset className="fieldset poll-items-editor" disabled={locked}>
            <legend className="field-label">{t('polls.editor.items')}</legend>
            <p className="field-hint">{t('polls.editor.itemsHint')}</p>
            <ol className="poll-picked">
              {items.length === 0 ? <li className="poll-picked-empty">{t('polls.editor.noItems')}</li> : null}
              {items.map((item) => (
                <li key={item.id}>
                  <span>{item.label}</span>
                  <button type="button" className="btn btn-small btn-danger-quiet" aria-label={t('polls.editor.removeItem', { label: item.label })} onClick={() => setItems((now) => now.filter((i) => i.id !== item.id))}>
                    ×
                  </button>
                </li>
              ))}
            </ol>
            <div className="poll-source-row">
              <label className="poll-inline">
                <span>{t('polls.editor.source')}</span>
                <select className="input" value={source} onChange={(e) => setSource(e.target.value as PollItemSource)}>
                  {POLL_SOURCES.map((s) => (
                    <option key={s} value={s}>
                      {t(`polls.editor.source.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="btn btn-small btn-secondary"
                disabled={available.length === 0}
                onClick={() => setItems((now) => [...now, ...available.filter((a) => !isPicked(now, source, a.id)).map((a) => ({ id: newItemId('pilihan'), label: a.label, ref: { source, id: a.id } }))].slice(0, MAX_POLL_ITEMS))}
              >
                {t('polls.editor.addAll', { count: available.length })}
              </button>
            </div>
            <ul className="poll-source-list">
              {available.map((a) => (
                <li key={a.id}>
                  <label>
                    <input type="checkbox" checked={isPicked(items, source, a.id)} onChange={() => toggle(a.id, a.label)} />
                    <span>{a.label}</span>
                  </label>
                </li>
              ))}
            </ul>
            <div className="poll-source-row">
              <input
                className="input"
                value={typed}
                maxLength={300}
                aria-label={t('polls.editor.typed')}
                placeholder={t('polls.editor.typed')}
                onChange={(e) => setTyped(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addTyped();
                  }
                }}
              />
              <button type="button" className="btn btn-small btn-secondary" disabled={typed.trim() === ''} onClick={addTyped}>
                {t('polls.editor.addTyped')}
              </button>
            </div>
          </fieldset>
        ) : null}
        <fieldset className="fieldset poll-limits" disabled={locked}>
          {kind === 'dots' ? (
            <>
              <label className="poll-inline">
                <span>{t('polls.editor.dotsPerPerson')}</span>
                <input className="input poll-number" type="number" min={1} max={20} value={limits.dotsPerPerson} onChange={(e) => setLimits({ ...limits, dotsPerPerson: Number(e.target.value) })} />
              </label>
              <label className="poll-inline">
                <span>{t('polls.editor.maxPerItem')}</span>
                <input className="input poll-number" type="number" min={1} max={20} value={limits.maxPerItem} onChange={(e) => setLimits({ ...limits, maxPerItem: Number(e.target.value) })} />
              </label>
            </>
          ) : null}
          {kind === 'words' ? (
            <label className="poll-inline">
              <span>{t('polls.editor.wordsPerPerson')}</span>
              <input className="input poll-number" type="number" min={1} max={10} value={limits.wordsPerPerson} onChange={(e) => setLimits({ ...limits, wordsPerPerson: Number(e.target.value) })} />
            </label>
          ) : null}
          {kind === 'scale' ? (
            <>
              <label className="poll-inline">
                <span>{t('polls.editor.criterion')}</span>
                <select className="input" value={criterion ?? ''} onChange={(e) => pickCriterion(e.target.value === '' ? null : (e.target.value as QuickWinCriterion))}>
                  <option value="">{t('polls.editor.criterionNone')}</option>
                  {CRITERIA.map((c) => (
                    <option key={c} value={c}>
                      {t(`quick-wins.criterion.${c}`)}
                    </option>
                  ))}
                </select>
              </label>
              <div className="poll-scale-ends-editor" role="group" aria-labelledby="poll-scale-ends-title" aria-describedby="poll-scale-ends-hint">
                <span className="field-label" id="poll-scale-ends-title">
                  {t('polls.editor.scaleEnds')}
                </span>
                {(['low', 'high'] as const).map((end) => (
                  <label key={end} className="poll-inline">
                    <span aria-hidden="true">{t(END_WORDS[end].mark)}</span>
                    <input
                      className="input"
                      aria-label={t(END_WORDS[end].name)}
                      value={scaleEnds[end]}
                      maxLength={MAX_SCALE_END_LENGTH}
                      placeholder={t(END_WORDS[end].placeholder)}
                      onChange={(e) => setScaleEnds({ ...scaleEnds, [end]: e.target.value })}
                    />
                  </label>
                ))}
                <p className="field-hint" id="poll-scale-ends-hint">
                  {t('polls.editor.scaleEndsHint')}
                </p>
              </div>
            </>
          ) : null}
        </fieldset>
        <label className="poll-check">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          <span>{t('polls.editor.anonymous')}</span>
        </label>
        {error ? (
          <p className="field-message is-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
};
