import { OPD_KINDS, OpdKindSchema, type FgdGroup, type Opd, type OpdKind } from '../../../../shared/model';
import { defaultOpdHeadTitle, kindFromName, opdGroupOf, opdKindOf } from '../../../../shared/logic/region-facts';
import { InlineTextCommitField } from '../../forms/InlineTextCommitField';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/catalogue';
import { OPD_FIELDS } from './typed-fields';
import type { ReferenceCommands } from './use-reference-commands';

const kindKey = (kind: OpdKind): MessageKey => `reference-data.opd.kind.${kind}`;
const AUTO = '';

interface Props {
  opd: Opd;
  groups: readonly FgdGroup[];
  commands: ReferenceCommands;
}

/**
 * The office's facts for the Bimtek record (issue 14), two cells of its row: its kind and FGD group
 * (two selects), and its head's and representative's titles (the head's shows the kind's usual title
 * until one is typed).
 */
export const OpdFactsCells = ({ opd, groups, commands }: Props) => {
  const t = useT();
  const name = opd.abbreviation;
  const groupId = opdGroupOf(groups, opd) ?? AUTO;
  return (
    <>
      <td className="ref-opd-stack">
        <select
          className="input ref-opd-select"
          aria-label={t('reference-data.opd.kindOf', { name })}
          value={opd.kind ?? AUTO}
          onChange={(e) => commands.patchOpd(opd.id, { kind: e.target.value === AUTO ? null : OpdKindSchema.parse(e.target.value) })}
        >
          <option value={AUTO}>{t('reference-data.opd.kind.auto', { kind: t(kindKey(kindFromName(opd))) })}</option>
          {OPD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(kindKey(kind))}
            </option>
          ))}
        </select>
        <select className="input ref-opd-select" aria-label={t('reference-data.opd.groupOf', { name })} value={groupId} onChange={(e) => commands.patchOpd(opd.id, { groupId: e.target.value === AUTO ? null : e.target.value })}>
          <option value={AUTO}>{t('reference-data.opd.group.none')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </td>
      <td className="ref-opd-stack">
        <InlineTextCommitField
          label={t('reference-data.opd.headTitleOf', { name })}
          stored={opd.headTitle}
          schema={OPD_FIELDS.headTitle}
          commit={(headTitle) => commands.patchOpd(opd.id, { headTitle })}
          placeholder={defaultOpdHeadTitle(opdKindOf(opd))}
          maxLength={120}
        />
        <InlineTextCommitField
          label={t('reference-data.opd.representativeOf', { name })}
          stored={opd.representativeTitle}
          schema={OPD_FIELDS.representativeTitle}
          commit={(representativeTitle) => commands.patchOpd(opd.id, { representativeTitle })}
          placeholder={t('reference-data.opd.representative.placeholder')}
          maxLength={200}
        />
      </td>
    </>
  );
};
