import { BIMTEK_NUMERALS } from '../../../../shared/logic/bimtek';
import { BIMTEK_STAGES, BimtekAttendeeSchema, type BimtekAttendee, type BimtekStageId, type Opd } from '../../../../shared/model';
import { OpdSelect } from '../../components/OpdSelect';
import { RemoveCell, TextCell } from '../../forms/EditableTable';
import { useT } from '../../i18n/i18n-context';
import { useBimtekCommands } from './use-bimtek-commands';

const A = BimtekAttendeeSchema.shape;

interface Props {
  row: BimtekAttendee;
  number: number;
  opds: readonly Opd[];
  stage: BimtekStageId;
}

/** One attendance line: name, position, OPD, group (each shown whole, wrapping), and a tick per Tahap (the open Tahap's stands out). */
export const AttendanceRow = ({ row, number, opds, stage }: Props) => {
  const t = useT();
  const { patchAttendee, removeAttendee } = useBimtekCommands();
  return (
    <tr>
      <td className="num bimtek-number">{number}</td>
      <TextCell label={t('bimtek.row.name', { number })} stored={row.name} schema={A.name.unwrap()} commit={(name) => patchAttendee(row.id, { name })} multiline rows={1} maxLength={200} />
      <TextCell label={t('bimtek.row.title', { number })} stored={row.title} schema={A.title.unwrap()} commit={(title) => patchAttendee(row.id, { title })} multiline rows={1} maxLength={200} />
      <td>
        <OpdSelect value={row.opdId} opds={opds} noneLabel={t('bimtek.row.noOpd')} ariaLabel={t('bimtek.row.opd', { number })} onChange={(opdId) => patchAttendee(row.id, { opdId })} short />
      </td>
      <TextCell label={t('bimtek.row.group', { number })} stored={row.group} schema={A.group.unwrap()} commit={(group) => patchAttendee(row.id, { group })} multiline rows={1} maxLength={120} />
      {BIMTEK_STAGES.map((s) => (
        <td key={s} className={`bimtek-present${s === stage ? ' is-current' : ''}`}>
          <input
            type="checkbox"
            checked={row.present[s]}
            aria-label={t('bimtek.row.present', { number, numeral: BIMTEK_NUMERALS[s] })}
            onChange={(e) => patchAttendee(row.id, { present: { ...row.present, [s]: e.target.checked } })}
          />
        </td>
      ))}
      <RemoveCell label={t('bimtek.row.delete', { number })} onRemove={() => removeAttendee(row.id)} />
    </tr>
  );
};
