import { useState } from 'react';
import { dimensionUses, elementUses, type ReferenceUse } from '../../../../shared/logic/reference-usage';
import type { Dimension, Element, Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { TextCell } from '../../forms/EditableTable';
import { TextCommitField } from '../../forms/TextCommitField';
import { useT } from '../../i18n/i18n-context';
import { AddElementDialog } from './AddElementDialog';
import { InUseDialog } from './InUseDialog';
import { RefRemoveCell, RefTable } from './RefTable';
import { DIMENSION_FIELDS, ELEMENT_FIELDS } from './typed-fields';
import { useReferenceCommands } from './use-reference-commands';
import { useRemoval } from './use-removal';

type Blocked = { title: string; description: string; uses: readonly ReferenceUse[] };

interface Props {
  workshop: Workshop;
  dimension: Dimension;
  /** The last dimension cannot go: a workshop needs at least one. */
  removable: boolean;
  readOnly: boolean;
}

/** One dimension: its code and names, its meaning, and its elements as an editable table. */
export const DimensionCard = ({ workshop, dimension, removable, readOnly }: Props) => {
  const t = useT();
  const commands = useReferenceCommands();
  const removeWithUndo = useRemoval();
  const [adding, setAdding] = useState(false);
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  const headingId = `dimension-${dimension.id}-heading`;

  const removeDimension = () => {
    const uses = dimensionUses(workshop, dimension.id);
    if (uses.length > 0) {
      setBlocked({ title: t('reference-data.dimension.blockedTitle', { name: dimension.nameId }), description: t('reference-data.dimension.blockedDescription'), uses });
      return;
    }
    removeWithUndo(t('reference-data.dimension.removed', { name: dimension.nameId }), () => commands.removeDimension(dimension.id));
  };

  const removeElement = (element: Element) => {
    const uses = elementUses(workshop, element.id);
    if (uses.length > 0) {
      setBlocked({ title: t('reference-data.element.blockedTitle', { name: element.nameId }), description: t('reference-data.element.blockedDescription'), uses });
      return;
    }
    removeWithUndo(t('reference-data.element.removed', { name: element.nameId }), () => commands.removeElement(dimension.id, element.id));
  };

  const lastElement = dimension.elements.length <= 1;
  return (
    <section className="card ref-dimension" aria-labelledby={headingId}>
      <div className="card-heading-row">
        <h3 id={headingId} className="card-title">
          <span className="ref-code-badge">{dimension.code}</span>
          {dimension.nameId}
        </h3>
        <button
          type="button"
          className="btn btn-danger-quiet btn-small"
          disabled={readOnly || !removable}
          aria-label={t('reference-data.dimension.remove', { name: dimension.nameId })}
          title={removable ? undefined : t('reference-data.dimension.lastOne')}
          onClick={removeDimension}
        >
          <Icon name="trash" />
          <span>{t('reference-data.dimension.removeShort')}</span>
        </button>
      </div>
      <div className="ref-dimension-fields">
        <TextCommitField
          label={t('reference-data.code')}
          className="ref-code-field"
          stored={dimension.code}
          schema={DIMENSION_FIELDS.code}
          commit={(code) => commands.patchDimension(dimension.id, { code })}
          maxLength={6}
        />
        <TextCommitField label={t('reference-data.dimension.name')} stored={dimension.nameId} schema={DIMENSION_FIELDS.nameId} commit={(nameId) => commands.patchDimension(dimension.id, { nameId })} maxLength={200} />
        <TextCommitField label={t('reference-data.nameEn')} stored={dimension.nameEn} schema={DIMENSION_FIELDS.nameEn} commit={(nameEn) => commands.patchDimension(dimension.id, { nameEn })} maxLength={200} />
      </div>
      <TextCommitField
        label={t('reference-data.dimension.meaning')}
        stored={dimension.meaningId}
        schema={DIMENSION_FIELDS.meaningId}
        commit={(meaningId) => commands.patchDimension(dimension.id, { meaningId })}
        multiline
        rows={2}
        maxLength={2000}
      />
      <RefTable
        className="ref-table"
        caption={t('reference-data.element.caption', { dimension: dimension.nameId, count: dimension.elements.length })}
        captionClassName="ref-table-caption"
        columns={[
          { label: t('reference-data.code'), className: 'ref-col-code' },
          { label: t('reference-data.element.name'), className: 'ref-col-name' },
          { label: t('reference-data.nameEn'), className: 'ref-col-name-en' },
          { label: t('reference-data.element.meaning') },
        ]}
      >
        {dimension.elements.map((element) => {
          const patch = (fields: Partial<Omit<Element, 'id'>>) => commands.patchElement(dimension.id, element.id, fields);
          return (
            <tr key={element.id}>
              <TextCell label={t('reference-data.element.codeOf', { name: element.nameId })} stored={element.code} schema={ELEMENT_FIELDS.code} commit={(code) => patch({ code })} maxLength={6} />
              <TextCell label={t('reference-data.element.nameOf', { code: element.code })} stored={element.nameId} schema={ELEMENT_FIELDS.nameId} commit={(nameId) => patch({ nameId })} multiline rows={1} maxLength={200} />
              <TextCell label={t('reference-data.element.nameEnOf', { name: element.nameId })} stored={element.nameEn} schema={ELEMENT_FIELDS.nameEn} commit={(nameEn) => patch({ nameEn })} multiline rows={1} maxLength={200} />
              <TextCell label={t('reference-data.element.meaningOf', { name: element.nameId })} stored={element.meaningId} schema={ELEMENT_FIELDS.meaningId} commit={(meaningId) => patch({ meaningId })} multiline rows={1} maxLength={1000} />
              <RefRemoveCell
                label={t('reference-data.element.remove', { name: element.nameId })}
                title={lastElement ? t('reference-data.element.lastOne') : undefined}
                disabled={readOnly || lastElement}
                onRemove={() => removeElement(element)}
              />
            </tr>
          );
        })}
      </RefTable>
      <div className="button-row ref-card-actions">
        <button type="button" className="btn btn-secondary btn-small" disabled={readOnly} onClick={() => setAdding(true)}>
          <Icon name="plus" />
          <span>{t('reference-data.element.add', { dimension: dimension.nameId })}</span>
        </button>
      </div>
      {adding ? <AddElementDialog dimension={dimension} onClose={() => setAdding(false)} /> : null}
      {blocked ? <InUseDialog workshopId={workshop.id} {...blocked} onClose={() => setBlocked(null)} /> : null}
    </section>
  );
};
