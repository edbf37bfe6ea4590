import { multilineText, splitPartnerList } from '../../../../../shared/model';
import { TextCommitField } from '../../../forms/TextCommitField';
import { useT } from '../../../i18n/i18n-context';
import { CheckboxGroup } from './CheckboxGroup';
import type { SectionProps } from './section-props';
import { OpdSelectField } from './OpdSelectField';

/** One partner per line (commas and semicolons separate too). */
const PartnersText = multilineText(5000);

/** OPD penanggung jawab, OPD pendukung and pentahelix partners (fields 10–11). */
export const ActorsSection = ({ program: p, workshop: w, change, update }: SectionProps) => {
  const t = useT();
  return (
    <section className="drawer-section" aria-labelledby="program-actors">
      <h3 id="program-actors" className="drawer-section-title">
        {t('programs.section.actors')}
      </h3>
      <OpdSelectField
        label={t('programs.field.leadOpd')}
        value={p.leadOpdId}
        opds={w.opds}
        noneLabel={t('programs.field.noOpd')}
        onChange={(leadOpdId) => update((latest) => ({ ...latest, leadOpdId, supportingOpdIds: latest.supportingOpdIds.filter((id) => id !== leadOpdId) }))}
      />
      <CheckboxGroup
        legend={t('programs.field.supportingOpds')}
        items={w.opds.map((o) => ({ value: o.id, label: o.abbreviation, title: o.name, disabled: o.id === p.leadOpdId }))}
        selected={p.supportingOpdIds}
        onChange={(supportingOpdIds) => change({ supportingOpdIds })}
      />
      <TextCommitField
        label={t('programs.field.partners')}
        hint={t('programs.field.partnersHint')}
        stored={p.partners.join('\n')}
        schema={PartnersText}
        commit={(text) => change({ partners: splitPartnerList(text) })}
        maxLength={5000}
        multiline
        rows={2}
      />
    </section>
  );
};
