import { useId, useMemo, useState } from 'react';
import { z } from 'zod';
import { MONTHS, addActivity, removeActivity, renameActivity, timelineRows, toggleMonth, type TimelineEntry } from '../../../../shared/logic/quick-win-timeline';
import type { QuickWinCandidate } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { RemoveCell } from '../../forms/EditableTable';
import { newItemId } from '../../forms/new-item-id';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { ActivityName } from './ActivityName';
import { monthName } from './month-names';
import { useQuickWinCommands } from './use-quick-win-commands';

/** The quick win's timeline by month: activities as rows over months 1–12, as the Word export prints it. */
export const TimelineGrid = ({ candidate, programLabel }: { candidate: QuickWinCandidate; programLabel: string }) => {
  const t = useT();
  const { language } = useLanguage();
  const { updateCandidate } = useQuickWinCommands();
  const [activity, setActivity] = useState('');
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState(1);
  const [message, setMessage] = useState<string | null>(null);
  const formId = useId();
  const activitySchema = useMemo(() => z.string().trim().min(1, t('quick-wins.timeline.activityRequired')).max(500, t('quick-wins.timeline.activityTooLong')), [t]);
  const rows = timelineRows(candidate.sheet.timeline);
  const nextId = () => newItemId('tl');

  const change = (edit: (timeline: TimelineEntry[]) => TimelineEntry[]) =>
    updateCandidate(candidate.id, (c) => ({ ...c, sheet: { ...c.sheet, timeline: edit(c.sheet.timeline) } }));

  const add = () => {
    const checked = activitySchema.safeParse(activity);
    if (!checked.success) {
      setMessage(checked.error.issues[0]?.message ?? t('quick-wins.timeline.activityRequired'));
      return;
    }
    const outcome = change((timeline) => addActivity(timeline, checked.data, from, to, nextId));
    setMessage(outcome.ok ? null : outcome.message);
    if (outcome.ok) setActivity('');
  };

  return (
    <div className="qw-timeline">
      <h4 className="qw-sheet-subtitle">{t('quick-wins.timeline.title')}</h4>
      {rows.length === 0 ? (
        <p className="empty-note">{t('quick-wins.timeline.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${formId}-caption`} tabIndex={0}>
          <table className="data-table qw-timeline-table">
            <caption id={`${formId}-caption`} className="visually-hidden">
              {t('quick-wins.timeline.caption', { program: programLabel })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('quick-wins.timeline.activity')}</th>
                {MONTHS.map((m) => (
                  <th key={m} scope="col" className="qw-month-head">
                    <abbr title={monthName(m, language)}>{monthName(m, language, 'short').replace('.', '')}</abbr>
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('quick-wins.candidates.removeColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.activity}>
                  <th scope="row" className="qw-activity-cell">
                    <ActivityName
                      stored={row.activity}
                      label={t('quick-wins.timeline.rename')}
                      schema={activitySchema}
                      commit={(name) => change((timeline) => renameActivity(timeline, row.activity, name))}
                    />
                  </th>
                  {MONTHS.map((m) => {
                    const on = row.months.includes(m);
                    return (
                      <td key={m} className={`qw-month${on ? ' is-active' : ''}`}>
                        <input
                          type="checkbox"
                          className="qw-month-check"
                          checked={on}
                          aria-label={t('quick-wins.timeline.toggle', { activity: row.activity, month: monthName(m, language) })}
                          onChange={(e) => {
                            const checked = e.target.checked;
                            change((timeline) => toggleMonth(timeline, row.activity, m, checked, nextId));
                          }}
                        />
                      </td>
                    );
                  })}
                  <RemoveCell cellClassName="qw-actions" label={t('quick-wins.timeline.remove', { activity: row.activity })} onRemove={() => change((timeline) => removeActivity(timeline, row.activity))} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="qw-timeline-add">
        <div className={`field qw-timeline-activity${message ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor={`${formId}-activity`}>
            {t('quick-wins.timeline.new')}
          </label>
          <input
            id={`${formId}-activity`}
            className="input"
            value={activity}
            maxLength={600}
            autoComplete="off"
            aria-invalid={message !== null}
            aria-describedby={`${formId}-message`}
            onChange={(e) => {
              setActivity(e.target.value);
              setMessage(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <p className={`field-message${message ? ' is-error' : ''}`} id={`${formId}-message`} aria-live="polite">
            {message}
          </p>
        </div>
        <MonthSelect id={`${formId}-from`} label={t('quick-wins.timeline.from')} value={from} onChange={(m) => {
            setFrom(m);
            if (m > to) setTo(m);
          }}
        />
        <MonthSelect id={`${formId}-to`} label={t('quick-wins.timeline.to')} value={to} onChange={(m) => {
            setTo(m);
            if (m < from) setFrom(m);
          }}
        />
        <button type="button" className="btn btn-secondary qw-timeline-button" onClick={add}>
          <Icon name="plus" />
          {t('quick-wins.timeline.add')}
        </button>
      </div>
    </div>
  );
};

const MonthSelect = ({ id, label, value, onChange }: { id: string; label: string; value: number; onChange(month: number): void }) => {
  const { language } = useLanguage();
  return (
    <div className="field qw-month-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {MONTHS.map((m) => (
          <option key={m} value={m}>
            {m}. {monthName(m, language)}
          </option>
        ))}
      </select>
    </div>
  );
};
