import { useId, useState, type FormEvent } from 'react';
import { FgdGroupSchema, MAX_GROUPS, type FgdGroup, type Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { RemoveLinkedDialog, type LinkedItem } from '../../components/RemoveLinkedDialog';
import { EditableTable, RemoveCell, TextCell } from '../../forms/EditableTable';
import { firstMessage } from '../../forms/first-message';
import { newItemId } from '../../forms/new-item-id';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { dimensionName } from '../summary/lookups';
import { useRoomCommands } from './use-room-commands';
import './room.css';

/** What points at a group: the cards it wrote (they stay, without the group) and its proposals (they go with it). */
export const groupLinks = (w: Workshop, groupId: string): { cards: LinkedItem[]; proposals: LinkedItem[] } => ({
  cards: [
    ...w.issues.filter((i) => i.groupId === groupId).map((i) => ({ id: i.id, chip: 'Isu', text: i.text })),
    ...w.swotItems.filter((s) => s.groupId === groupId).map((s) => ({ id: s.id, chip: `SWOT ${s.quadrant}`, text: s.text })),
    ...w.gapAnalyses.filter((g) => g.groupId === groupId).map((g) => ({ id: g.id, chip: 'Kesenjangan', text: g.gap || g.currentCondition || g.targetCondition })),
  ],
  proposals: w.proposals.filter((p) => p.groupId === groupId).map((p) => ({ id: p.id, chip: 'Usulan', text: p.name })),
});

/**
 * Kelompok FGD: the groups participants join (one per dimension by default), as the region names
 * them. Renamed in place; a group that wrote cards or proposals is removed only after the dialog
 * that names them (its cards stay without the group, its proposals go; "Urungkan" brings all back).
 */
export const GroupsPanel = ({ workshop, readOnly }: { workshop: Workshop; readOnly: boolean }) => {
  const t = useT();
  const { language } = useLanguage();
  const { upsertGroup, patchGroup, removeGroup } = useRoomCommands();
  const dimensions = workshop.dimensionSet.dimensions;
  const [name, setName] = useState('');
  const [dimensionId, setDimensionId] = useState(dimensions[0]?.id ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<FgdGroup | null>(null);
  const nameId = useId();
  const dimensionFieldId = useId();
  const messageId = useId();

  const add = (event: FormEvent) => {
    event.preventDefault();
    const parsed = FgdGroupSchema.safeParse({ id: newItemId('kelompok'), name: name.trim(), dimensionId: dimensionId || dimensions[0]?.id });
    if (!parsed.success) {
      setMessage(firstMessage(parsed) ?? t('room.groups.invalid'));
      return;
    }
    const outcome = upsertGroup(parsed.data);
    if (!outcome.ok) {
      setMessage(outcome.message);
      return;
    }
    setName('');
    setMessage(null);
  };

  const remove = (group: FgdGroup, confirmed = false) => {
    const links = groupLinks(workshop, group.id);
    const linked = links.cards.length + links.proposals.length > 0;
    if (linked && !confirmed) {
      setConfirming(group);
      return;
    }
    setConfirming(null);
    removeGroup(group, linked);
  };

  const confirmingLinks = confirming ? groupLinks(workshop, confirming.id) : null;
  return (
    <section className="card ref-panel-card groups-panel" aria-labelledby="groups-heading">
      <div className="card-heading-row">
        <h2 id="groups-heading" className="card-title">
          {t('room.groups.title')} <span className="badge badge-muted">{workshop.groups.length}</span>
        </h2>
      </div>
      <p className="card-lead">{t('room.groups.lead')}</p>
      <form className="groups-add" onSubmit={add} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={nameId}>
            {t('room.groups.newName')}
          </label>
          <input
            id={nameId}
            className="input"
            value={name}
            maxLength={80}
            disabled={readOnly}
            aria-invalid={message !== null}
            aria-describedby={message ? messageId : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setMessage(null);
            }}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={dimensionFieldId}>
            {t('room.groups.dimension')}
          </label>
          <select id={dimensionFieldId} className="input" value={dimensionId} disabled={readOnly} onChange={(e) => setDimensionId(e.target.value)}>
            {dimensions.map((d) => (
              <option key={d.id} value={d.id}>
                {dimensionName(workshop, d.id, language)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-primary" disabled={readOnly || workshop.groups.length >= MAX_GROUPS}>
          <Icon name="plus" />
          <span>{t('room.groups.add')}</span>
        </button>
        <p className="field-message is-error groups-add-message" id={messageId} aria-live="polite">
          {message}
        </p>
      </form>
      <EditableTable
        scrollClassName="ref-table-scroll"
        className="ref-table groups-table"
        caption={t('room.groups.title')}
        captionClassName="visually-hidden"
        columns={[{ label: t('room.groups.name') }, { label: t('room.groups.dimension'), className: 'groups-col-dimension' }, { label: t('room.groups.work'), className: 'groups-col-work' }]}
        actions={{ label: t('reference-data.actions'), className: 'ref-col-action' }}
      >
        {workshop.groups.map((group) => {
          const links = groupLinks(workshop, group.id);
          return (
            <tr key={group.id}>
              <TextCell label={t('room.groups.nameOf', { name: group.name })} stored={group.name} schema={FgdGroupSchema.shape.name} commit={(value) => patchGroup(group.id, { name: value })} maxLength={80} />
              <td className="groups-col-dimension">
                <select
                  className="input"
                  aria-label={t('room.groups.dimensionOf', { name: group.name })}
                  value={group.dimensionId}
                  disabled={readOnly}
                  onChange={(e) => patchGroup(group.id, { dimensionId: e.target.value })}
                >
                  {dimensions.map((d) => (
                    <option key={d.id} value={d.id}>
                      {dimensionName(workshop, d.id, language)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="groups-col-work">{t('room.groups.workCount', { cards: links.cards.length, proposals: links.proposals.length })}</td>
              <RemoveCell cellClassName="ref-col-action" className="btn-icon" label={t('room.groups.remove', { name: group.name })} disabled={readOnly} onRemove={() => remove(group)} />
            </tr>
          );
        })}
      </EditableTable>
      {workshop.groups.length === 0 ? <p className="empty-note">{t('room.groups.empty')}</p> : null}
      {confirming && confirmingLinks ? (
        <RemoveLinkedDialog
          title={t('room.groups.removeTitle', { name: confirming.name })}
          description={t('room.groups.removeDescription', { cards: confirmingLinks.cards.length, proposals: confirmingLinks.proposals.length })}
          confirmLabel={t('room.groups.removeConfirm')}
          items={[...confirmingLinks.proposals, ...confirmingLinks.cards]}
          focusCancel
          onCancel={() => setConfirming(null)}
          onConfirm={() => remove(confirming, true)}
        />
      ) : null}
    </section>
  );
};
