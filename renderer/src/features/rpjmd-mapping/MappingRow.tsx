import { memo } from 'react';
import { RpjmdMappingSchema, type Opd, type Program, type RpjmdMapping } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { OpdSelect } from '../../components/OpdSelect';
import { InlineTextCommitField } from '../../forms/InlineTextCommitField';
import type { Translate } from '../../i18n/i18n-context';
import type { DispatchResult } from '../../session/workshop-session';
import { ProgramLinkField } from './ProgramLinkField';

const M = RpjmdMappingSchema.shape;
const TEXT_FIELDS = [
  ['rpjmdProgram', 'mapping.rpjmd'],
  ['renstraProgram', 'mapping.renstra'],
  ['kegiatan', 'rpjmd-mapping.kegiatan'],
  ['subKegiatan', 'rpjmd-mapping.subKegiatan'],
] as const;

interface Props {
  mapping: RpjmdMapping;
  number: number;
  opds: readonly Opd[];
  programs: readonly Program[];
  programListId: string;
  t: Translate;
  update(id: string, change: (latest: RpjmdMapping) => RpjmdMapping): DispatchResult;
  remove(mapping: RpjmdMapping): void;
}

/** One existing RPJMD/Renstra programme of an OPD, edited in place. */
export const MappingRow = memo(function MappingRow({ mapping: m, number, opds, programs, programListId, t, update, remove }: Props) {
  const label = (column: string) => t('rpjmd-mapping.rowLabel', { column, n: number });
  return (
    <tr>
      <td>
        {/* Who and what: the OPD, and the smart city program this row feeds (leaves the four text columns room to wrap at spaces). */}
        <div className="mapping-anchor">
          <OpdSelect
            short
            ariaLabel={label(t('mapping.opd'))}
            value={m.opdId}
            opds={opds}
            noneLabel={t('rpjmd-mapping.noOpd')}
            onChange={(opdId) => update(m.id, (latest) => ({ ...latest, opdId }))}
          />
          <ProgramLinkField
            label={label(t('mapping.program'))}
            placeholder={t('rpjmd-mapping.programHint')}
            listId={programListId}
            programs={programs}
            stored={m.programId}
            unknownMessage={(text) => t('rpjmd-mapping.programUnknown', { text })}
            commit={(programId) => update(m.id, (latest) => ({ ...latest, programId }))}
          />
        </div>
      </td>
      {TEXT_FIELDS.map(([field, key]) => (
        <td key={field}>
          <InlineTextCommitField
            label={label(t(key))}
            stored={m[field]}
            schema={M[field].removeDefault()}
            commit={(text) => update(m.id, (latest) => ({ ...latest, [field]: text }))}
            multiline
            rows={2}
            maxLength={500}
          />
        </td>
      ))}
      <td className="cell-actions">
        <button type="button" className="icon-button icon-button-danger" aria-label={t('rpjmd-mapping.delete', { n: number })} onClick={() => remove(m)}>
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  );
});
