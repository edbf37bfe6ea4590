import { useEffect, useState } from 'react';
import { repeatedOpdIds } from '../../../../shared/logic/commitment-sheet';
import type { Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toasts';
import { EditableTable } from '../../forms/EditableTable';
import { useT } from '../../i18n/i18n-context';
import { CommitmentEntryRow, entryOpdId } from './CommitmentEntryRow';
import { useCommitmentCommands } from './use-commitment-commands';

/** The lines of the sheet: OPD, the head's title and name, and the commitment, edited in place. */
export const CommitmentEntriesCard = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const toast = useToast();
  const { addEntry } = useCommitmentCommands();
  const entries = workshop.commitment.entries;
  const repeated = repeatedOpdIds(entries);
  const [focusId, setFocusId] = useState<string | null>(null);

  // A new line takes the focus on its OPD, which is what the facilitator fills first.
  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(entryOpdId(focusId))?.focus();
    setFocusId(null);
  }, [focusId, entries]);

  const add = () => {
    const added = addEntry();
    if (added.ok) setFocusId(added.id);
    else toast({ tone: 'error', message: added.message });
  };

  return (
    <section className="card form-card" aria-labelledby="commitment-entries-heading">
      <h2 id="commitment-entries-heading" className="card-title">
        {t('commitment.card.entries')}
      </h2>
      <p className="card-lead">{t('commitment.card.entries.lead')}</p>
      {entries.length === 0 ? (
        <p className="empty-note">{t('commitment.empty')}</p>
      ) : (
        <EditableTable
          className="data-table entry-table"
          labelledBy="commitment-entries-heading"
          columns={[
            { label: t('commitment.col.number'), className: 'num' },
            { label: t('commitment.col.opd'), className: 'entry-col-opd' },
            { label: t('commitment.col.headTitle'), className: 'entry-col-person' },
            { label: t('commitment.col.headName'), className: 'entry-col-person' },
            { label: t('commitment.col.commitment'), className: 'entry-col-commitment' },
          ]}
          actions={{ label: t('commitment.col.actions') }}
        >
          {entries.map((entry, i) => (
            <CommitmentEntryRow key={entry.id} entry={entry} number={i + 1} opds={workshop.opds} repeated={entry.opdId !== null && repeated.has(entry.opdId)} />
          ))}
        </EditableTable>
      )}
      <div className="button-row">
        <button type="button" className="btn btn-secondary" onClick={add}>
          <Icon name="plus" />
          {t('commitment.entry.add')}
        </button>
      </div>
    </section>
  );
};
