import { nextProgramCode, programCodePrefix, programCodeSequence } from '../../../../../shared/logic';
import { PrioritySchema, ProgramSchema, ProgramStatusSchema, type Program, type Workshop } from '../../../../../shared/model';
import { TextCommitField } from '../../../forms/TextCommitField';
import { useT } from '../../../i18n/i18n-context';
import { CodeField } from './CodeField';
import type { SectionProps } from './section-props';
import { SelectField } from './SelectField';

const P = ProgramSchema.shape;

/** A code that still follows its element's pattern moves with the program to the new element. */
const movedTo = (w: Workshop, p: Program, dimensionId: string, elementId: string): Program => {
  const oldDimension = w.dimensionSet.dimensions.find((d) => d.id === p.dimensionId);
  const oldElement = oldDimension?.elements.find((e) => e.id === p.elementId);
  const followsPattern = oldDimension && oldElement && programCodeSequence(p.code, programCodePrefix(oldDimension.code, oldElement.code)) !== null;
  const code = followsPattern ? (nextProgramCode(w, dimensionId, elementId) ?? p.code) : p.code;
  return { ...p, dimensionId, elementId, code };
};

/** Kode, dimensi, elemen, nama, akronim, deskripsi, status and prioritas (reference §5 fields 1–5, 8, 21). */
export const IdentitySection = ({ program: p, workshop: w, lookups, change, update }: SectionProps) => {
  const t = useT();
  const dimension = w.dimensionSet.dimensions.find((d) => d.id === p.dimensionId);
  const element = dimension?.elements.find((e) => e.id === p.elementId);
  const prefix = dimension && element ? programCodePrefix(dimension.code, element.code) : null;
  const suggestion = prefix !== null && programCodeSequence(p.code, prefix) === null ? nextProgramCode(w, p.dimensionId, p.elementId) : null;
  return (
    <section className="drawer-section" aria-labelledby="program-identity">
      <h3 id="program-identity" className="drawer-section-title">
        {t('programs.section.identity')}
      </h3>
      <div className="form-grid form-grid-2">
        <SelectField
          label={t('programs.field.dimension')}
          value={p.dimensionId}
          options={w.dimensionSet.dimensions.map((d) => ({ value: d.id, label: lookups.dimension(d.id) }))}
          onChange={(dimensionId) => {
            const first = w.dimensionSet.dimensions.find((d) => d.id === dimensionId)?.elements[0];
            return update((latest) => movedTo(w, latest, dimensionId, first?.id ?? ''));
          }}
        />
        <SelectField
          label={t('programs.field.element')}
          value={p.elementId}
          options={(dimension?.elements ?? []).map((e) => ({ value: e.id, label: `${e.code} · ${lookups.element(e.id)}` }))}
          onChange={(elementId) => update((latest) => movedTo(w, latest, latest.dimensionId, elementId))}
        />
      </div>
      <CodeField
        label={t('programs.field.code')}
        hint={t('programs.field.codeHint')}
        autoLabel={t('programs.field.codeAuto')}
        stored={p.code}
        suggestion={suggestion}
        commit={(code) => change({ code })}
      />
      <TextCommitField label={t('programs.field.name')} stored={p.name} schema={P.name} commit={(name) => change({ name })} maxLength={320} />
      <TextCommitField label={t('programs.field.acronym')} hint={t('programs.field.acronymHint')} stored={p.acronym} schema={P.acronym.removeDefault()} commit={(acronym) => change({ acronym })} maxLength={40} />
      <TextCommitField label={t('programs.field.description')} stored={p.description} schema={P.description.removeDefault()} commit={(description) => change({ description })} multiline rows={3} maxLength={10_000} />
      <div className="form-grid form-grid-2">
        <SelectField
          label={t('programs.field.status')}
          value={p.status}
          options={ProgramStatusSchema.options.map((s) => ({ value: s, label: t(`programs.status.${s}`) }))}
          onChange={(value) => change({ status: ProgramStatusSchema.parse(value) })}
        />
        <SelectField
          label={t('programs.field.priority')}
          value={p.priority}
          options={PrioritySchema.options.map((s) => ({ value: s, label: t(`programs.priority.${s}`) }))}
          onChange={(value) => change({ priority: PrioritySchema.parse(value) })}
        />
      </div>
    </section>
  );
};
