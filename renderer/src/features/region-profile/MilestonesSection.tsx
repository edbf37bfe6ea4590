import { useId, useState, type FormEvent } from 'react';
import { CalendarDateSchema, MilestoneKindSchema, MilestoneSchema, type Milestone, type MilestoneKind, type RegionProfile } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { EditableTable, RemoveCell, TextCell } from '../../forms/EditableTable';
import { firstMessage } from '../../forms/first-message';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/catalogue';
import { useRegionCommands } from './use-region-commands';

const KINDS: readonly MilestoneKind[] = MilestoneKindSchema.options;
const kindKey = (kind: MilestoneKind): MessageKey => `profile.milestones.kind.${kind}`;

/** Tonggak smart city: the launch, the MoU with the ministry and other steps, kept in date order (the command sorts). */
export const MilestonesSection = ({ region, readOnly }: { region: RegionProfile; readOnly: boolean }) => {
  const t = useT();
  const { patchRegion } = useRegionCommands();
  const [date, setDate] = useState('');
  const [event, setEvent] = useState('');
  const [kind, setKind] = useState<MilestoneKind>('peluncuran');
  const [message, setMessage] = useState<string | null>(null);
  const ids = { date: useId(), event: useId(), kind: useId(), message: useId() };
  const milestones = region.milestones;

  const save = (next: Milestone[]) => patchRegion({ milestones: next });
  const change = (id: string, patch: Partial<Milestone>) => save(milestones.map((m) => (m.id === id ? { ...m, ...patch } : m)));

  const add = (e: FormEvent) => {
    e.preventDefault();
    const parsed = MilestoneSchema.safeParse({ id: newItemId('tonggak'), date, event, kind });
    if (!parsed.success) {
      setMessage(date === '' || event.trim() === '' ? t('profile.milestones.needDate') : (firstMessage(parsed) ?? t('profile.milestones.needDate')));
      return;
    }
    const outcome = save([...milestones, parsed.data]);
    if (!outcome.ok) {
      setMessage(outcome.message);
      return;
    }
    setDate('');
    setEvent('');
    setMessage(null);
  };

  return (
    <section className="card form-card" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading" className="card-title">
        {t('profile.milestones.title')} <span className="badge badge-muted">{milestones.length}</span>
      </h2>
      <p className="card-lead">{t('profile.milestones.lead')}</p>
      {milestones.length === 0 ? (
        <p className="empty-note">{t('profile.milestones.empty')}</p>
      ) : (
        <EditableTable
          className="data-table milestones-table"
          labelledBy="milestones-heading"
          columns={[{ label: t('profile.milestones.date'), className: 'milestones-col-date' }, { label: t('profile.milestones.event') }, { label: t('profile.milestones.kind'), className: 'milestones-col-kind' }]}
          actions={{ label: t('profile.milestones.actions'), className: 'milestones-col-action' }}
        >
          {milestones.map((m) => (
            <tr key={m.id}>
              <td>
                <input
                  type="date"
                  className="input"
                  aria-label={t('profile.milestones.dateOf', { event: m.event })}
                  defaultValue={m.date}
                  key={m.date}
                  onBlur={(e) => {
                    if (e.target.value !== m.date && CalendarDateSchema.safeParse(e.target.value).success) change(m.id, { date: e.target.value });
                  }}
                />
              </td>
              <TextCell label={t('profile.milestones.eventOf', { date: m.date })} stored={m.event} schema={MilestoneSchema.shape.event} commit={(text) => change(m.id, { event: text })} maxLength={300} multiline rows={1} />
              <td>
                <select className="input" aria-label={t('profile.milestones.kindOf', { event: m.event })} value={m.kind} onChange={(e) => change(m.id, { kind: MilestoneKindSchema.parse(e.target.value) })}>
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(kindKey(k))}
                    </option>
                  ))}
                </select>
              </td>
              <RemoveCell label={t('profile.milestones.remove', { event: m.event })} disabled={readOnly} onRemove={() => save(milestones.filter((x) => x.id !== m.id))} />
            </tr>
          ))}
        </EditableTable>
      )}
      <form className="milestones-add" onSubmit={add} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={ids.date}>
            {t('profile.milestones.newDate')}
          </label>
          <input id={ids.date} type="date" className="input" value={date} aria-describedby={message ? ids.message : undefined} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field milestones-add-event">
          <label className="field-label" htmlFor={ids.event}>
            {t('profile.milestones.newEvent')}
          </label>
          <input id={ids.event} className="input" value={event} maxLength={300} aria-describedby={message ? ids.message : undefined} onChange={(e) => setEvent(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.kind}>
            {t('profile.milestones.newKind')}
          </label>
          <select id={ids.kind} className="input" value={kind} onChange={(e) => setKind(MilestoneKindSchema.parse(e.target.value))}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(kindKey(k))}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-primary" disabled={readOnly}>
          <Icon name="plus" />
          <span>{t('profile.milestones.add')}</span>
        </button>
      </form>
      <p id={ids.message} className="field-message is-error" aria-live="polite">
        {message}
      </p>
    </section>
  );
};
