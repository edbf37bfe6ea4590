import { useEffect, useMemo, useRef, useState } from 'react';
import { richDocWordCount } from '../../../../shared/logic/rich-doc';
import { sectionOutline } from '../../../../shared/logic/section-outline';
import type { NarrativeSection, SectionStatus } from '../../../../shared/model';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { RichTextEditor } from '../../components/RichTextEditor';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { SectionStatusBadge } from '../sections/SectionStatusBadge';
import { useSectionCommands } from '../sections/use-section-commands';
import '../sections/sections.css';

const STATUSES: readonly SectionStatus[] = ['draft', 'review', 'final'];
const TONES = { draft: undefined, review: 'amber', final: 'green' } as const;

/** Where each section sits in the masterplan's outline, e.g. "BAB I Pendahuluan". */
const usePlaces = (): Map<string, string> => {
  const workshop = useWorkshop();
  return useMemo(() => {
    const places = new Map<string, string>();
    for (const group of sectionOutline(workshop)) {
      for (const slot of group.slots) if (slot.section) places.set(slot.section.id, group.numeral ? `${group.numeral} ${group.title}` : group.title);
    }
    return places;
  }, [workshop]);
};

/** A participant's own sections (the server shows them no others), each opened to write in. */
export const ParticipantSections = ({ readOnly }: { readOnly: boolean }) => {
  const t = useT();
  const workshop = useWorkshop();
  const places = usePlaces();
  const [openId, setOpenId] = useState<string | null>(null);
  const returnTo = useRef<string | null>(null);
  const open = workshop.sections.find((s) => s.id === openId) ?? null;

  useEffect(() => {
    if (openId !== null || returnTo.current === null) return;
    document.getElementById(returnTo.current)?.focus();
    returnTo.current = null;
  }, [openId]);

  if (open) {
    return (
      <ParticipantSectionEditor
        section={open}
        place={places.get(open.id) ?? ''}
        readOnly={readOnly}
        onBack={() => {
          returnTo.current = `tulis-${open.id}`;
          setOpenId(null);
        }}
      />
    );
  }
  if (workshop.sections.length === 0) return <p className="empty-note">{t('share.participant.noSections')}</p>;
  return (
    <ul className="participant-sections">
      {workshop.sections.map((section) => (
        <li key={section.id} className="participant-section-row">
          <div>
            <p className="participant-section-place">{places.get(section.id)}</p>
            <h3 className="row-title">{section.title}</h3>
            <p className="muted">
              <SectionStatusBadge status={section.status} /> {t('share.participant.words', { count: richDocWordCount(section.content) })}
            </p>
          </div>
          <button
            type="button"
            id={`tulis-${section.id}`}
            className="btn btn-primary"
            aria-label={t('share.participant.writeLabel', { title: section.title })}
            onClick={() => setOpenId(section.id)}
          >
            {t('share.participant.write')}
          </button>
        </li>
      ))}
    </ul>
  );
};

interface EditorProps {
  section: NarrativeSection;
  place: string;
  readOnly: boolean;
  onBack(): void;
}

/** One section as its OPD writes it: the text and how far along it is (title, owner and place stay the facilitator's). */
const ParticipantSectionEditor = ({ section, place, readOnly, onBack }: EditorProps) => {
  const t = useT();
  const { patch } = useSectionCommands();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [section.id]);
  return (
    <section className="section-editor" aria-labelledby="participant-section-heading">
      <div className="section-editor-top">
        <button type="button" className="btn btn-small btn-secondary" onClick={onBack}>
          <span aria-hidden="true">←</span>
          {t('share.participant.back')}
        </button>
        <SectionStatusBadge status={section.status} />
      </div>
      {place ? <p className="section-editor-place">{t('sections.edit.outline', { place })}</p> : null}
      <h2 id="participant-section-heading" className="card-title section-editor-title" ref={heading} tabIndex={-1}>
        {section.title}
      </h2>
      <fieldset className="worksheet-form section-editor-form" disabled={readOnly}>
        <legend className="visually-hidden">{section.title}</legend>
        <ChoiceGroup
          legend={t('sections.edit.status')}
          choices={STATUSES.map((s) => ({ value: s, label: t(`sections.status.${s}`), tone: TONES[s] }))}
          value={section.status}
          onChange={(status) => patch(section.id, { status })}
        />
        <RichTextEditor
          key={section.id}
          label={t('sections.edit.content')}
          hint={t('sections.edit.contentHint')}
          value={section.content}
          commit={(content) => patch(section.id, { content })}
          readOnly={readOnly}
          rows={14}
        />
      </fieldset>
    </section>
  );
};
