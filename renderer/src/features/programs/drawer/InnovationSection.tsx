import { InnovationTypeSchema, ProgramSchema, RpjmdAlignmentSchema } from '../../../../../shared/model';
import { TextCommitField } from '../../../forms/TextCommitField';
import { useT } from '../../../i18n/i18n-context';
import type { SectionProps } from './section-props';
import { SelectField } from './SelectField';

const A = RpjmdAlignmentSchema.shape;
const NONE = '';

/** Jenis dan uraian inovasi (field 7) and keselarasan RPJMD/Renstra (field 9). */
export const InnovationSection = ({ program: p, workshop: w, lookups, change, update }: SectionProps) => {
  const t = useT();
  const alignment = (key: keyof typeof A) => (text: string) => update((latest) => ({ ...latest, rpjmdAlignment: { ...latest.rpjmdAlignment, [key]: text } }));
  const mappings = w.rpjmdMappings.filter((m) => m.programId === p.id);
  return (
    <>
      <section className="drawer-section" aria-labelledby="program-innovation">
        <h3 id="program-innovation" className="drawer-section-title">
          {t('programs.section.innovation')}
        </h3>
        <SelectField
          label={t('programs.field.innovationType')}
          value={p.innovationType ?? NONE}
          options={[{ value: NONE, label: t('innovation.none') }, ...InnovationTypeSchema.options.map((type) => ({ value: type, label: t(`innovation.${type}`) }))]}
          onChange={(value) => change({ innovationType: value === NONE ? null : InnovationTypeSchema.parse(value) })}
        />
        <TextCommitField
          label={t('programs.field.innovationDescription')}
          stored={p.innovationDescription}
          schema={ProgramSchema.shape.innovationDescription.removeDefault()}
          commit={(innovationDescription) => change({ innovationDescription })}
          multiline
          rows={3}
          maxLength={10_000}
        />
      </section>
      <section className="drawer-section" aria-labelledby="program-alignment">
        <h3 id="program-alignment" className="drawer-section-title">
          {t('programs.section.alignment')}
        </h3>
        <TextCommitField label={t('programs.field.rpjmdTarget')} stored={p.rpjmdAlignment.rpjmdTarget} schema={A.rpjmdTarget.removeDefault()} commit={alignment('rpjmdTarget')} maxLength={500} />
        <TextCommitField label={t('programs.field.renstraProgram')} stored={p.rpjmdAlignment.renstraProgram} schema={A.renstraProgram.removeDefault()} commit={alignment('renstraProgram')} maxLength={500} />
        <div className="form-grid form-grid-2">
          <TextCommitField label={t('programs.field.kegiatan')} stored={p.rpjmdAlignment.kegiatan} schema={A.kegiatan.removeDefault()} commit={alignment('kegiatan')} maxLength={500} />
          <TextCommitField label={t('programs.field.subKegiatan')} stored={p.rpjmdAlignment.subKegiatan} schema={A.subKegiatan.removeDefault()} commit={alignment('subKegiatan')} maxLength={500} />
        </div>
        {mappings.length > 0 ? (
          <div className="linked-mappings">
            <p className="field-label">{t('programs.field.mappings')}</p>
            <ul className="plain-list">
              {mappings.map((m) => (
                <li key={m.id}>
                  <strong>{lookups.opdShort(m.opdId) ?? '–'}</strong>: {[m.rpjmdProgram, m.renstraProgram, m.kegiatan, m.subKegiatan].filter(Boolean).join(' › ')}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </>
  );
};
