import { lazy, Suspense, useMemo } from 'react';
import { richDocWordCount } from '../../../../shared/logic/rich-doc';
import { sectionOutline } from '../../../../shared/logic/section-outline';
import type { Workshop } from '../../../../shared/model';
import { useParticipantT } from '../i18n/participant-catalogue';
import { useOutboxSnapshot } from '../drafts/outbox-context';
import { DraftNote } from '../drafts/DraftNote';
import type { ScreenProps } from '../screens';
import { participantHref } from '../shell/route';

/** The rich-text editor (tiptap) is loaded only when a section is opened. */
const SectionEditor = lazy(() => import('./SectionEditor'));

const SCREEN = 'naskah';

/** Where each section sits in the masterplan's outline, e.g. "BAB I Pendahuluan". */
const placesOf = (workshop: Workshop): Map<string, string> => {
  const places = new Map<string, string>();
  for (const group of sectionOutline(workshop)) {
    for (const slot of group.slots) if (slot.section) places.set(slot.section.id, group.numeral ? `${group.numeral} ${group.title}` : group.title);
  }
  return places;
};

/** The participant's own sections (the server shows them no others); one opened to write in. */
export const MySections = ({ item, joined, workshop, readOnly }: ScreenProps) => {
  const t = useParticipantT();
  const places = useMemo(() => placesOf(workshop), [workshop]);
  const { drafts } = useOutboxSnapshot();
  const open = item ? workshop.sections.find((s) => s.id === item) : undefined;

  if (open) {
    return (
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t('participant.sections.loadingEditor')}
          </p>
        }
      >
        <SectionEditor section={open} place={places.get(open.id) ?? ''} readOnly={readOnly} backHref={participantHref(SCREEN)} />
      </Suspense>
    );
  }
  return (
    <section className="p-screen" aria-labelledby="p-sections-title">
      <h1 id="p-sections-title" className="p-title">
        {t('participant.sections.title', { opd: joined.participant.opdName })}
      </h1>
      {workshop.sections.length === 0 ? (
        <p className="p-empty">{t('participant.sections.none')}</p>
      ) : (
        <ul className="p-list">
          {workshop.sections.map((section) => {
            const draft = drafts.find((d) => d.collection === 'section' && d.id === section.id);
            return (
              <li key={section.id}>
                <a className="p-row" href={participantHref(SCREEN, section.id)} aria-label={t('participant.sections.open', { title: section.title })}>
                  <span className="p-row-kicker">{places.get(section.id)}</span>
                  <span className="p-row-title">{section.title}</span>
                  <span className="p-row-meta">
                    {t(`sections.status.${section.status}`)} · {t('share.participant.words', { count: richDocWordCount(section.content) })}
                  </span>
                  {draft ? <DraftNote draft={draft} /> : null}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
};
