import { useEffect, useRef } from 'react';
import { NarrativeSectionSchema, type NarrativeSection, type SectionStatus, type Workshop } from '../../../../shared/model';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { RichTextEditor } from '../../components/RichTextEditor';
import { TextCommitField } from '../../forms/TextCommitField';
import { useT } from '../../i18n/i18n-context';
import { SectionStatusBadge } from './SectionStatusBadge';
import { useSectionCommands } from './use-section-commands';
import { OpdSelect } from '../../components/OpdSelect';

const STATUSES: readonly SectionStatus[] = ['draft', 'review', 'final'];
const TONES = { draft: undefined, review: 'amber', final: 'green' } as const;

interface Props {
  section: NarrativeSection;
  /** Where it sits in the outline, e.g. "BAB I Pendahuluan". */
  place: string;
  workshop: Workshop;
  readOnly: boolean;
  onBack(): void;
}

/** One narrative section: its title, owner OPD, status and text. */
export const SectionEditor = ({ section, place, workshop, readOnly, onBack }: Props) => {
  const t = useT();
  const { patch, remove } = useSectionCommands();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [section.id]);

  return (
    <section className="card form-card section-editor" aria-labelledby="section-editor-heading">
      <div className="section-editor-top">
        <button type="button" className="btn btn-small btn-secondary" onClick={onBack}>
          <span aria-hidden="true">←</span>
          {t('sections.back')}
        </button>
        <SectionStatusBadge status={section.status} />
      </div>
      <p className="section-editor-place">{t('sections.edit.outline', { place })}</p>
      <h2 id="section-editor-heading" className="card-title section-editor-title" ref={heading} tabIndex={-1}>
        {section.title}
      </h2>
      <fieldset className="worksheet-form section-editor-form" disabled={readOnly}>
        <legend className="visually-hidden">{section.title}</legend>
        <div className="section-editor-fields">
          <TextCommitField
            label={t('sections.edit.title')}
            stored={section.title}
            schema={NarrativeSectionSchema.shape.title}
            commit={(title) => patch(section.id, { title })}
            maxLength={300}
            className="section-editor-name"
          />
          <Field label={t('sections.edit.owner')}>
            {({ inputId }) => (
              <OpdSelect id={inputId} value={section.ownerOpdId} opds={workshop.opds} noneLabel={t('summary.noOpd')} onChange={(ownerOpdId) => patch(section.id, { ownerOpdId })} />
            )}
          </Field>
          <ChoiceGroup
            legend={t('sections.edit.status')}
            choices={STATUSES.map((s) => ({ value: s, label: t(`sections.status.${s}`), tone: TONES[s] }))}
            value={section.status}
            onChange={(status) => patch(section.id, { status })}
          />
        </div>
        <RichTextEditor
          key={section.id}
          label={t('sections.edit.content')}
          hint={t('sections.edit.contentHint')}
          value={section.content}
          commit={(content) => patch(section.id, { content })}
          readOnly={readOnly}
          rows={14}
        />
        <div className="section-editor-danger">
          <button
            type="button"
            className="btn btn-danger-quiet"
            onClick={() => {
              if (remove(section.id).ok) onBack();
            }}
          >
            <Icon name="trash" />
            {t('sections.edit.delete')}
          </button>
        </div>
      </fieldset>
    </section>
  );
};
