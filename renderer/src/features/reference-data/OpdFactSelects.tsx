import { OPD_KINDS, OpdKindSchema, type FgdGroup, type OpdKind } from '../../../../shared/model';
import type { MessageKey } from '../../i18n/catalogue';
import { useT } from '../../i18n/i18n-context';

/**
 * The OPD's kind and FGD group as selects, the same in the Daftar OPD row (labelled by aria-label) and in the
 * Tambah OPD dialog (labelled by its field's label through `id`).
 */

const kindKey = (kind: OpdKind): MessageKey => `reference-data.opd.kind.${kind}`;
const AUTO = '';

interface Labelled {
  /** The control's id, for a <label htmlFor>. */
  id?: string;
  /** Its accessible name when no label points at it. */
  ariaLabel?: string;
  describedBy?: string | undefined;
}

/** "Otomatis (Dinas)" (the kind read from the name) or a kind chosen. */
export const OpdKindSelect = ({ kind, kindFromName, onChange, id, ariaLabel, describedBy }: Labelled & { kind: OpdKind | null; kindFromName: OpdKind; onChange(kind: OpdKind | null): void }) => {
  const t = useT();
  return (
    <select className="input ref-opd-select" id={id} aria-label={ariaLabel} aria-describedby={describedBy} value={kind ?? AUTO} onChange={(e) => onChange(e.target.value === AUTO ? null : OpdKindSchema.parse(e.target.value))}>
      <option value={AUTO}>{t('reference-data.opd.kind.auto', { kind: t(kindKey(kindFromName)) })}</option>
      {OPD_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(kindKey(k))}
        </option>
      ))}
    </select>
  );
};

/** No FGD group, or one of the workshop's groups. */
export const OpdGroupSelect = ({ groups, groupId, onChange, id, ariaLabel, describedBy }: Labelled & { groups: readonly FgdGroup[]; groupId: string | null; onChange(groupId: string | null): void }) => {
  const t = useT();
  return (
    <select className="input ref-opd-select" id={id} aria-label={ariaLabel} aria-describedby={describedBy} value={groupId ?? AUTO} onChange={(e) => onChange(e.target.value === AUTO ? null : e.target.value)}>
      <option value={AUTO}>{t('reference-data.opd.group.none')}</option>
      {groups.map((g) => (
        <option key={g.id} value={g.id}>
          {g.name}
        </option>
      ))}
    </select>
  );
};
