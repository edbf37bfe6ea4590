import { useId, useState } from 'react';
import { fundingSourceUses, type ReferenceUse } from '../../../../shared/logic/reference-usage';
import type { FundingSource, Workshop } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { InlineTextCommitField } from '../../forms/InlineTextCommitField';
import { firstMessage } from '../../forms/first-message';
import { newItemId } from '../../forms/new-item-id';
import { useT } from '../../i18n/i18n-context';
import { InUseDialog } from './InUseDialog';
import { FUNDING_FIELDS } from './typed-fields';
import { useDefaultLists } from './use-default-lists';
import { UsesCell } from './UsesCell';
import { useReferenceCommands } from './use-reference-commands';
import { useRemoval } from './use-removal';

/** Sumber pendanaan: the sources programs can name, with a quick way to add one. */
export const FundingPanel = ({ workshop, readOnly }: { workshop: Workshop; readOnly: boolean }) => {
  const t = useT();
  const commands = useReferenceCommands();
  const removeWithUndo = useRemoval();
  const defaults = useDefaultLists();
  const formId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<{ source: FundingSource; uses: readonly ReferenceUse[] } | null>(null);

  const add = () => {
    const parsed = FUNDING_FIELDS.name.safeParse(name);
    if (!parsed.success) {
      setError(firstMessage(parsed) ?? null);
      return;
    }
    const outcome = commands.addFundingSource({ id: newItemId('dana'), name: parsed.data });
    if (outcome.ok) {
      setName('');
      setError(null);
    } else setError(outcome.message);
  };

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
      <div className="ref-table-scroll">
        <table className="ref-table ref-funding-table">
          <caption className="visually-hidden">{t('reference-data.funding.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reference-data.funding.name')}</th>
              <th scope="col" className="ref-col-uses">
                {t('reference-data.usedBy')}
              </th>
              <th scope="col" className="ref-col-action">
                <span className="visually-hidden">{t('reference-data.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {workshop.fundingSources.map((source) => {
              const uses = fundingSourceUses(workshop, source.id);
              return (
                <tr key={source.id}>
                  <td>
                    <InlineTextCommitField
                      label={t('reference-data.funding.nameOf', { name: source.name })}
                      stored={source.name}
                      schema={FUNDING_FIELDS.name}
                      commit={(value) => commands.renameFundingSource(source.id, value)}
                      maxLength={120}
                    />
                  </td>
                  <UsesCell uses={uses} />
                  <td className="ref-col-action">
                    <button
                      type="button"
                      className="btn btn-danger-quiet btn-small btn-icon"
                      disabled={readOnly}
                      aria-label={t('reference-data.funding.remove', { name: source.name })}
                      title={t('reference-data.funding.remove', { name: source.name })}
                      onClick={() => remove(source)}
                    >
                      <Icon name="trash" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {workshop.fundingSources.length === 0 ? <p className="empty-note">{t('reference-data.funding.empty')}</p> : null}
      <form
        className="ref-add-row"
        aria-labelledby={`${formId}-legend`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <p id={`${formId}-legend`} className="visually-hidden">
          {t('reference-data.funding.add')}
        </p>
        <Field label={t('reference-data.funding.newName')} error={error} className="ref-add-field">
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              className="input"
              autoComplete="off"
              value={name}
              maxLength={120}
              disabled={readOnly}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => {
                setName(e.target.value);
                setError(null);
              }}
            />
          )}
        </Field>
        <button type="submit" className="btn btn-primary" disabled={readOnly}>
          <Icon name="plus" />
          <span>{t('reference-data.funding.add')}</span>
        </button>
        <button type="button" className="btn btn-secondary" disabled={readOnly || defaults.busy !== null} onClick={defaults.reloadFunding}>
          <Icon name={defaults.busy === 'funding' ? 'spinner' : 'undo'} className={defaults.busy === 'funding' ? 'spin' : undefined} />
          <span>{t('reference-data.defaults.reload')}</span>
        </button>
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
