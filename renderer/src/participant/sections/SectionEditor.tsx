import { useEffect, useRef } from 'react';
import type { NarrativeSection, SectionStatus } from '../../../../shared/model';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { RichTextEditor } from '../../components/RichTextEditor';
import { useParticipantT } from '../i18n/participant-catalogue';
import { DraftNote } from '../drafts/DraftNote';
import { useEditableItem } from '../drafts/outbox-context';

const STATUSES: readonly SectionStatus[] = ['draft', 'review', 'final'];
const TONES = { draft: undefined, review: 'amber', final: 'green' } as const;

interface Props {
  section: NarrativeSection;
  place: string;
  readOnly: boolean;
  backHref: string;
}

/** One section as its OPD writes it on a phone: the text and how far along it is (title, owner and place stay the facilitator's). */
const SectionEditor = ({ section, place, readOnly, backHref }: Props) => {
  const t = useParticipantT();
  const { shown, draft, change } = useEditableItem('section', section);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [section.id]);
  return (
    <section className="p-screen p-editor" aria-labelledby="p-section-heading">
      <a className="btn btn-secondary p-back" href={backHref}>
        <span aria-hidden="true">←</span> {t('participant.sections.back')}
      </a>
      {place ? <p className="p-row-kicker">{t('sections.edit.outline', { place })}</p> : null}
      <h1 id="p-section-heading" className="p-title" ref={heading} tabIndex={-1}>
        {section.title}
      </h1>
      {draft ? <DraftNote draft={draft} /> : null}
      <fieldset className="p-form" disabled={readOnly}>
        <legend className="visually-hidden">{section.title}</legend>
        <ChoiceGroup
          legend={t('sections.edit.status')}
          choices={STATUSES.map((s) => ({ value: s, label: t(`sections.status.${s}`), tone: TONES[s] }))}
          value={shown.status}
          onChange={(status) => change({ ...shown, status })}
        />
        <RichTextEditor
          key={section.id}
          label={t('sections.edit.content')}
          hint={t('sections.edit.contentHint')}
          value={shown.content}
          commit={(content) => {
            change({ ...shown, content });
            return { ok: true };
          }}
          readOnly={readOnly}
          rows={10}
        />
      </fieldset>
    </section>
  );
};

export default SectionEditor;
