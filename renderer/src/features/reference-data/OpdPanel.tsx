import { useId, useMemo, useState } from 'react';
import { opdUses, type ReferenceUse } from '../../../../shared/logic/reference-usage';
import type { Opd, Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { TextCell } from '../../forms/EditableTable';
import { InlineTextCommitField } from '../../forms/InlineTextCommitField';
import { useT } from '../../i18n/i18n-context';
import { AddOpdDialog } from './AddOpdDialog';
import { InUseDialog } from './InUseDialog';
import { OpdFactsCells } from './OpdFactsCells';
import { RefRemoveCell, RefTable } from './RefTable';
import { ReloadDefaultsButton } from './ReloadDefaultsButton';
import { OPD_FIELDS } from './typed-fields';
import { UsesCell } from './UsesCell';
import { useReferenceCommands } from './use-reference-commands';
import { useRemoval } from './use-removal';

const matches = (opd: Opd, query: string): boolean => {
  const q = query.trim().toLowerCase();
  return q === '' || opd.abbreviation.toLowerCase().includes(q) || opd.name.toLowerCase().includes(q);
};

/** Daftar OPD: the region's offices, edited in place, with what each is already responsible for. */
export const OpdPanel = ({ workshop, readOnly }: { workshop: Workshop; readOnly: boolean }) => {
  const t = useT();
  const commands = useReferenceCommands();
  const removeWithUndo = useRemoval();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [blocked, setBlocked] = useState<{ opd: Opd; uses: readonly ReferenceUse[] } | null>(null);
  const rows = useMemo(() => workshop.opds.map((opd) => ({ opd, uses: opdUses(workshop, opd.id) })), [workshop]);
  const shown = rows.filter((row) => matches(row.opd, query));

  const remove = (opd: Opd, uses: readonly ReferenceUse[]) => {
    if (uses.length > 0) setBlocked({ opd, uses });
    else removeWithUndo(t('reference-data.opd.removed', { name: opd.abbreviation }), () => commands.removeOpd(opd.id));
  };

  return (
    <section className="card ref-panel-card" aria-labelledby="opd-heading">
      <div className="card-heading-row">
        <h2 id="opd-heading" className="card-title">
          {t('reference-data.opd.title')} <span className="badge badge-muted">{workshop.opds.length}</span>
        </h2>
      </div>
      <p className="card-lead">{t(workshop.region.kind === 'kota' ? 'reference-data.opd.lead.kota' : 'reference-data.opd.lead.kabupaten')}</p>
      <div className="ref-toolbar">
        <div className="ref-search">
          <label htmlFor={searchId} className="field-label">
            {t('reference-data.opd.search')}
          </label>
          <input id={searchId} type="search" className="input" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="ref-toolbar-actions">
          <button type="button" className="btn btn-primary" disabled={readOnly} onClick={() => setAdding(true)}>
            <Icon name="plus" />
            <span>{t('reference-data.opd.add')}</span>
          </button>
          <ReloadDefaultsButton list="opds" readOnly={readOnly} />
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {query.trim() === '' ? '' : t('reference-data.opd.found', { count: shown.length })}
      </p>
      <RefTable
        className="ref-table ref-opd-table"
        caption={t('reference-data.opd.title')}
        captionClassName="visually-hidden"
        columns={[
          { label: t('reference-data.opd.abbreviation'), className: 'ref-col-abbr' },
          { label: t('reference-data.opd.nameAndRole'), className: 'ref-col-opd-name' },
          { label: t('reference-data.opd.kindAndGroup'), className: 'ref-col-opd-kind' },
          { label: t('reference-data.opd.titles'), className: 'ref-col-opd-titles' },
          { label: t('reference-data.usedBy'), className: 'ref-col-uses' },
        ]}
      >
        {shown.map(({ opd, uses }) => (
          <tr key={opd.id}>
            <TextCell label={t('reference-data.opd.abbreviationOf', { name: opd.name })} stored={opd.abbreviation} schema={OPD_FIELDS.abbreviation} commit={(abbreviation) => commands.patchOpd(opd.id, { abbreviation })} maxLength={40} />
            <td className="ref-opd-stack">
              <InlineTextCommitField label={t('reference-data.opd.nameOf', { name: opd.abbreviation })} stored={opd.name} schema={OPD_FIELDS.name} commit={(name) => commands.patchOpd(opd.id, { name })} multiline rows={1} maxLength={200} />
              <InlineTextCommitField
                className="ref-opd-role"
                label={t('reference-data.opd.roleOf', { name: opd.abbreviation })}
                stored={opd.role}
                schema={OPD_FIELDS.role}
                commit={(role) => commands.patchOpd(opd.id, { role })}
                placeholder={t('reference-data.opd.role')}
                multiline
                rows={1}
                maxLength={500}
              />
            </td>
            <OpdFactsCells opd={opd} groups={workshop.groups} commands={commands} />
            <UsesCell uses={uses} />
            <RefRemoveCell label={t('reference-data.opd.remove', { name: opd.abbreviation })} disabled={readOnly} onRemove={() => remove(opd, uses)} />
          </tr>
        ))}
      </RefTable>
      {shown.length === 0 ? <p className="empty-note">{query.trim() === '' ? t('reference-data.opd.empty') : t('reference-data.opd.noMatch')}</p> : null}
      {adding ? <AddOpdDialog onClose={() => setAdding(false)} /> : null}
      {blocked ? (
        <InUseDialog
          workshopId={workshop.id}
          title={t('reference-data.opd.blockedTitle', { name: blocked.opd.abbreviation })}
          description={t('reference-data.opd.blockedDescription', { name: blocked.opd.name })}
          uses={blocked.uses}
          onClose={() => setBlocked(null)}
        />
      ) : null}
    </section>
  );
};
