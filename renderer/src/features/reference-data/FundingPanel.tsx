import { useId, useState } from 'react';
import { fundingSourceUses, type ReferenceUse } from '../../../../shared/logic/reference-usage';
import type { FundingSource, Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { TextCell } from '../../forms/EditableTable';
import { NewTextField } from '../../forms/NewTextField';
import { newItemId } from '../../forms/new-item-id';
import { useNewText } from '../../forms/use-new-text';
import { useT } from '../../i18n/i18n-context';
import { InUseDialog } from './InUseDialog';
import { RefRemoveCell, RefTable } from './RefTable';
import { ReloadDefaultsButton } from './ReloadDefaultsButton';
import { FUNDING_FIELDS } from './typed-fields';
import { UsesCell } from './UsesCell';
import { useReferenceCommands } from './use-reference-commands';
import { useRemoval } from './use-removal';

/** Sumber pendanaan: the sources programs can name, with a quick way to add one. */
export const FundingPanel = ({ workshop, readOnly }: { workshop: Workshop; readOnly: boolean }) => {
  const t = useT();
  const commands = useReferenceCommands();
  const removeWithUndo = useRemoval();
  const formId = useId();
  const newName = useNewText();
  const [blocked, setBlocked] = useState<{ source: FundingSource; uses: readonly ReferenceUse[] } | null>(null);

  const remove = (source: FundingSource) => {
    const uses = fundingSourceUses(workshop, source.id);
    if (uses.length > 0) setBlocked({ source, uses });
    else removeWithUndo(t('reference-data.funding.removed', { name: source.name }), () => commands.removeFundingSource(source.id));
  };

  return (
    <section className="card ref-panel-card" aria-labelledby="funding-heading">
      <h2 id="funding-heading" className="card-title">
        {t('reference-data.funding.title')} <span className="badge badge-muted">{workshop.fundingSources.length}</span>
      </h2>
      <p className="card-lead">{t('reference-data.funding.lead')}</p>
      <RefTable
        className="ref-table ref-funding-table"
        caption={t('reference-data.funding.title')}
        captionClassName="visually-hidden"
        columns={[{ label: t('reference-data.funding.name') }, { label: t('reference-data.usedBy'), className: 'ref-col-uses' }]}
      >
        {workshop.fundingSources.map((source) => (
          <tr key={source.id}>
            <TextCell label={t('reference-data.funding.nameOf', { name: source.name })} stored={source.name} schema={FUNDING_FIELDS.name} commit={(value) => commands.renameFundingSource(source.id, value)} maxLength={120} />
            <UsesCell uses={fundingSourceUses(workshop, source.id)} />
            <RefRemoveCell label={t('reference-data.funding.remove', { name: source.name })} disabled={readOnly} onRemove={() => remove(source)} />
          </tr>
        ))}
      </RefTable>
      {workshop.fundingSources.length === 0 ? <p className="empty-note">{t('reference-data.funding.empty')}</p> : null}
      <form
        className="ref-add-row"
        aria-labelledby={`${formId}-legend`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          newName.submit(FUNDING_FIELDS.name, (name) => commands.addFundingSource({ id: newItemId('dana'), name }));
        }}
      >
        <p id={`${formId}-legend`} className="visually-hidden">
          {t('reference-data.funding.add')}
        </p>
        <NewTextField label={t('reference-data.funding.newName')} entry={newName} maxLength={120} className="ref-add-field" disabled={readOnly} />
        <button type="submit" className="btn btn-primary" disabled={readOnly}>
          <Icon name="plus" />
          <span>{t('reference-data.funding.add')}</span>
        </button>
        <ReloadDefaultsButton list="funding" readOnly={readOnly} />
      </form>
      {blocked ? (
        <InUseDialog
          workshopId={workshop.id}
          title={t('reference-data.funding.blockedTitle', { name: blocked.source.name })}
          description={t('reference-data.funding.blockedDescription')}
          uses={blocked.uses}
          onClose={() => setBlocked(null)}
        />
      ) : null}
    </section>
  );
};
