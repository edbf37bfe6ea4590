import { useEffect, useState } from 'react';
import { repeatedOpdIds } from '../../../../shared/logic/commitment-sheet';
import type { Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toasts';
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
        <div className="table-scroll">
          <table className="data-table entry-table" aria-labelledby="commitment-entries-heading">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('commitment.col.number')}
                </th>
                <th scope="col" className="entry-col-opd">
                  {t('commitment.col.opd')}
                </th>
                <th scope="col" className="entry-col-person">
                  {t('commitment.col.headTitle')}
                </th>
                <th scope="col" className="entry-col-person">
                  {t('commitment.col.headName')}
                </th>
                <th scope="col" className="entry-col-commitment">
                  {t('commitment.col.commitment')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('commitment.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, i) => (
                <CommitmentEntryRow key={entry.id} entry={entry} number={i + 1} opds={workshop.opds} repeated={entry.opdId !== null && repeated.has(entry.opdId)} />
              ))}
            </tbody>
          </table>
        </div>
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
