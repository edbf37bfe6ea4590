import { useParticipantT } from '../i18n/participant-catalogue';
import { DraftNote } from '../drafts/DraftNote';
import { useOutboxSnapshot } from '../drafts/outbox-context';
import type { ScreenProps } from '../screens';
import { participantHref } from '../shell/route';
import { ProgramEditor } from './ProgramEditor';

const SCREEN = 'program';

/** The programs the participant's OPD leads, as a list of rows; one opened as a form. */
export const MyPrograms = ({ item, joined, workshop, readOnly }: ScreenProps) => {
  const t = useParticipantT();
  const { drafts } = useOutboxSnapshot();
  const open = item ? workshop.programs.find((p) => p.id === item) : undefined;
  if (open) return <ProgramEditor program={open} readOnly={readOnly} backHref={participantHref(SCREEN)} />;
  const programs = [...workshop.programs].sort((a, b) => a.code.localeCompare(b.code, 'id', { numeric: true }));
  return (
    <section className="p-screen" aria-labelledby="p-programs-title">
      <h1 id="p-programs-title" className="p-title">
        {t('participant.programs.title', { opd: joined.participant.opdName })}
      </h1>
      {programs.length === 0 ? (
        <p className="p-empty">{t('participant.programs.none')}</p>
      ) : (
        <ul className="p-list">
          {programs.map((program) => {
            const draft = drafts.find((d) => d.collection === 'program' && d.id === program.id);
            const name = draft && 'code' in draft.item ? draft.item.name : program.name;
            return (
              <li key={program.id}>
                <a className="p-row" href={participantHref(SCREEN, program.id)} aria-label={t('participant.programs.open', { name })}>
                  <span className="p-row-kicker">{program.code}</span>
                  <span className="p-row-title">{name}</span>
                  <span className="p-row-meta">
                    {program.years.length > 0 ? t('participant.programs.years', { years: program.years.join(', ') }) : t('participant.programs.noYears')} · {program.progress}%
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
