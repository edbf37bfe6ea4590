import { useState, type KeyboardEvent } from 'react';
import { QuarterSchema, type QuickWinCandidate, type QuickWinStep, type Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { OpdSelect } from '../../components/OpdSelect';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { useQuickWinCommands } from './use-quick-win-commands';

const QUARTERS = [1, 2, 3, 4] as const;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;
export const quarterName = (q: number): string => `Triwulan ${ROMAN[q - 1] ?? q}`;

interface Props {
  candidate: QuickWinCandidate;
  workshop: Workshop;
  programLabel: string;
  defaultOpdId: string | null;
}

const QuarterChoice = ({ label, value, onChange }: { label: string; value: number; onChange(q: number): void }) => (
  <select className="input" aria-label={label} value={value} onChange={(e) => onChange(QuarterSchema.parse(Number(e.target.value)))}>
    {QUARTERS.map((q) => (
      <option key={q} value={q}>
        {quarterName(q)}
      </option>
    ))}
  </select>
);

/** A text box of the new step, added on Enter. */
const DraftText = ({ label, placeholder, value, onChange, onEnter }: { label: string; placeholder: string; value: string; onChange(text: string): void; onEnter(): void }) => (
  <input className="input" aria-label={label} placeholder={placeholder} value={value} maxLength={500} onChange={(e) => onChange(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && onEnter()} />
);

/** A step's text (its activity or deliverable): wraps and grows so it is read whole; saved on leaving it, Enter saves instead of breaking the line. */
const StepText = ({ label, stored, required = false, onSave }: { label: string; stored: string; required?: boolean; onSave(text: string): void }) => {
  const save = (text: string) => text !== stored && (text !== '' || !required) && onSave(text);
  const blurOnEnter = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    e.currentTarget.blur();
  };
  return <textarea className="input textarea qw-activity-input" rows={1} aria-label={label} defaultValue={stored} maxLength={500} onBlur={(e) => save(e.target.value.trim())} onKeyDown={blurOnEnter} />;
};

/** The quick win's action plan by quarter (Triwulan I–IV): each step with its OPD and what it delivers. */
export const QuarterPlan = ({ candidate, workshop, programLabel, defaultOpdId }: Props) => {
  const t = useT();
  const { updateCandidate } = useQuickWinCommands();
  const [draft, setDraft] = useState({ quarter: 1, activity: '', opdId: defaultOpdId, deliverable: '' });
  const [message, setMessage] = useState<string | null>(null);
  const plan = [...candidate.sheet.plan].map((s, i) => ({ s, i })).sort((a, b) => a.s.quarter - b.s.quarter || a.i - b.i).map(({ s }) => s);
  const savePlan = (change: (steps: QuickWinStep[]) => QuickWinStep[]) => {
    const outcome = updateCandidate(candidate.id, (c) => ({ ...c, sheet: { ...c.sheet, plan: change(c.sheet.plan) } }));
    setMessage(outcome.ok ? null : outcome.message);
    return outcome;
  };
  const patch = (id: string, fields: Partial<QuickWinStep>) => savePlan((steps) => steps.map((s) => (s.id === id ? { ...s, ...fields } : s)));
  const add = () => {
    const activity = draft.activity.trim();
    if (activity === '') return setMessage(t('quick-wins.timeline.activityRequired'));
    if (activity.length > 500) return setMessage(t('quick-wins.timeline.activityTooLong'));
    const outcome = savePlan((steps) => [...steps, { id: newItemId('langkah'), quarter: QuarterSchema.parse(draft.quarter), activity, opdId: draft.opdId, deliverable: draft.deliverable.trim() }]);
    if (outcome.ok) setDraft({ ...draft, activity: '', deliverable: '' });
  };
  return (
    <section className="qw-plan" aria-label={t('quick-wins.plan.title')}>
      <h4 className="qw-plan-title">{t('quick-wins.plan.title')}</h4>
      {plan.length === 0 ? (
        <p className="muted">{t('quick-wins.plan.empty')}</p>
      ) : (
        <table className="data-table qw-plan-table">
          <caption className="visually-hidden">{t('quick-wins.plan.caption', { program: programLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('quick-wins.plan.quarter')}</th>
              <th scope="col">{t('quick-wins.timeline.activity')}</th>
              <th scope="col">{t('quick-wins.plan.opd')}</th>
              <th scope="col">{t('quick-wins.plan.deliverable')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('quick-wins.plan.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.map((s) => (
              <tr key={s.id}>
                <td>
                  <QuarterChoice label={t('quick-wins.plan.quarterOf', { activity: s.activity })} value={s.quarter} onChange={(quarter) => patch(s.id, { quarter })} />
                </td>
                <td>
                  <StepText label={t('quick-wins.plan.activityOf', { activity: s.activity })} stored={s.activity} required onSave={(activity) => patch(s.id, { activity })} />
                </td>
                <td>
                  <OpdSelect ariaLabel={t('quick-wins.plan.opdOf', { activity: s.activity })} value={s.opdId} opds={workshop.opds} noneLabel={t('quick-wins.plan.noOpd')} onChange={(opdId) => patch(s.id, { opdId })} />
                </td>
                <td>
                  <StepText label={t('quick-wins.plan.deliverableOf', { activity: s.activity })} stored={s.deliverable} onSave={(deliverable) => patch(s.id, { deliverable })} />
                </td>
                <td>
                  <button type="button" className="btn btn-danger-quiet btn-small" aria-label={t('quick-wins.timeline.remove', { activity: s.activity })} onClick={() => savePlan((steps) => steps.filter((x) => x.id !== s.id))}>
                    <Icon name="trash" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="qw-plan-add">
        <QuarterChoice label={t('quick-wins.plan.newQuarter')} value={draft.quarter} onChange={(quarter) => setDraft({ ...draft, quarter })} />
        <DraftText label={t('quick-wins.timeline.new')} placeholder={t('quick-wins.timeline.new')} value={draft.activity} onChange={(activity) => setDraft({ ...draft, activity })} onEnter={add} />
        <OpdSelect ariaLabel={t('quick-wins.plan.newOpd')} value={draft.opdId} opds={workshop.opds} noneLabel={t('quick-wins.plan.noOpd')} onChange={(opdId) => setDraft({ ...draft, opdId })} />
        <DraftText label={t('quick-wins.plan.newDeliverable')} placeholder={t('quick-wins.plan.deliverable')} value={draft.deliverable} onChange={(deliverable) => setDraft({ ...draft, deliverable })} onEnter={add} />
        <button type="button" className="btn btn-secondary btn-small" onClick={add}>
          <Icon name="plus" />
          <span>{t('quick-wins.timeline.add')}</span>
        </button>
      </div>
      <p className={`field-message${message ? ' is-error' : ''}`} aria-live="polite">
        {message}
      </p>
    </section>
  );
};
