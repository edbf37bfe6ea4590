import { CommitmentEntrySchema, type CommitmentEntry, type Opd } from '../../../../shared/model';
import { OpdSelect } from '../../components/OpdSelect';
import { RemoveCell, TextCell } from '../../forms/EditableTable';
import { useT } from '../../i18n/i18n-context';
import { useCommitmentCommands } from './use-commitment-commands';

const E = CommitmentEntrySchema.shape;

/** The OPD select of a line, so a new line can take the focus. */
export const entryOpdId = (entryId: string): string => `komitmen-opd-${entryId}`;

interface Props {
  entry: CommitmentEntry;
  number: number;
  opds: readonly Opd[];
  repeated: boolean;
}

/** One OPD's line: which OPD, who signs for it, and what it commits to. */
export const CommitmentEntryRow = ({ entry, number, opds, repeated }: Props) => {
  const t = useT();
  const { patchEntry, removeEntry } = useCommitmentCommands();
  const selectId = entryOpdId(entry.id);

  const suggestedTitle = (id: string | null): string | null => {
    const opd = opds.find((o) => o.id === id);
    return opd ? t('commitment.entry.defaultTitle', { opd: opd.abbreviation }) : null;
  };

  const chooseOpd = (opdId: string | null) => {
    // "Kepala Bappeda" is what the sheet says nine times out of ten. A title typed by hand is kept;
    // one that was only our suggestion for the previous OPD follows the new choice.
    const current = entry.headTitle.trim();
    const followsOpd = current === '' || current === suggestedTitle(entry.opdId);
    patchEntry(entry.id, { opdId, headTitle: followsOpd ? (suggestedTitle(opdId) ?? '') : entry.headTitle });
  };

  return (
    <tr>
      <td className="num entry-number">{number}</td>
      <td>
        <label className="visually-hidden" htmlFor={selectId}>
          {t('commitment.entry.opd', { number })}
        </label>
        <OpdSelect
          id={selectId}
          value={entry.opdId}
          opds={opds}
          noneLabel={t('commitment.entry.noOpd')}
          describedBy={repeated ? `${selectId}-warning` : undefined}
          onChange={chooseOpd}
        />
        {repeated ? (
          <p className="field-message is-warning" id={`${selectId}-warning`}>
            {t('commitment.entry.repeated')}
          </p>
        ) : null}
      </td>
      <TextCell label={t('commitment.entry.headTitle', { number })} stored={entry.headTitle} schema={E.headTitle} commit={(headTitle) => patchEntry(entry.id, { headTitle })} multiline rows={1} maxLength={200} />
      <TextCell label={t('commitment.entry.headName', { number })} stored={entry.headName} schema={E.headName} commit={(headName) => patchEntry(entry.id, { headName })} multiline rows={1} maxLength={200} />
      <TextCell label={t('commitment.entry.commitment', { number })} stored={entry.commitment} schema={E.commitment} commit={(commitment) => patchEntry(entry.id, { commitment })} multiline rows={2} maxLength={5000} />
      <RemoveCell label={t('commitment.entry.delete', { number })} onRemove={() => removeEntry(entry.id)} />
    </tr>
  );
};
