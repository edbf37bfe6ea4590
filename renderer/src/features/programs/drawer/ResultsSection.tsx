import { ProgramSchema } from '../../../../../shared/model';
import { TextCommitField } from '../../../forms/TextCommitField';
import { useT } from '../../../i18n/i18n-context';
import type { SectionProps } from './section-props';

const P = ProgramSchema.shape;

/** Sasaran/penerima manfaat, lokasi, output, outcome and impact (fields 12–14). */
export const ResultsSection = ({ program: p, change }: SectionProps) => {
  const t = useT();
  return (
    <section className="drawer-section" aria-labelledby="program-results">
      <h3 id="program-results" className="drawer-section-title">
        {t('programs.section.results')}
      </h3>
      <div className="form-grid form-grid-2">
        <TextCommitField label={t('programs.field.beneficiaries')} stored={p.beneficiaries} schema={P.beneficiaries.removeDefault()} commit={(beneficiaries) => change({ beneficiaries })} maxLength={1000} />
        <TextCommitField label={t('programs.field.location')} stored={p.location} schema={P.location.removeDefault()} commit={(location) => change({ location })} maxLength={500} />
      </div>
      <TextCommitField label={t('programs.field.output')} stored={p.output} schema={P.output.removeDefault()} commit={(output) => change({ output })} multiline rows={2} maxLength={1000} />
      <TextCommitField label={t('programs.field.outcome')} stored={p.outcome} schema={P.outcome.removeDefault()} commit={(outcome) => change({ outcome })} multiline rows={2} maxLength={1000} />
      <TextCommitField label={t('programs.field.impact')} stored={p.impact} schema={P.impact.removeDefault()} commit={(impact) => change({ impact })} multiline rows={2} maxLength={1000} />
    </section>
  );
};
