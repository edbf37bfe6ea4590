import type { FgdGroup, Opd } from '../../../../shared/model';
import { defaultOpdHeadTitle, kindFromName, opdGroupOf, opdKindOf } from '../../../../shared/logic/region-facts';
import { InlineTextCommitField } from '../../forms/InlineTextCommitField';
import { useT } from '../../i18n/i18n-context';
import { OpdGroupSelect, OpdKindSelect } from './OpdFactSelects';
import { OPD_FIELDS } from './typed-fields';
import type { ReferenceCommands } from './use-reference-commands';

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
  return (
    <>
      <td className="ref-opd-stack">
        <OpdKindSelect ariaLabel={t('reference-data.opd.kindOf', { name })} kind={opd.kind} kindFromName={kindFromName(opd)} onChange={(kind) => commands.patchOpd(opd.id, { kind })} />
        <OpdGroupSelect ariaLabel={t('reference-data.opd.groupOf', { name })} groups={groups} groupId={opdGroupOf(groups, opd)} onChange={(groupId) => commands.patchOpd(opd.id, { groupId })} />
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
