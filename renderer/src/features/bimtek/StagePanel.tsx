import { z } from 'zod';
import { BIMTEK_NUMERALS } from '../../../../shared/logic/bimtek';
import { bimtekFindings, wordFinding } from '../../../../shared/logic/bimtek-decisions';
import { code } from '../../../../shared/i18n/validation';
import { MAX_AGENDA_LINES, multilineText, optionalLine, type BimtekStageId, type Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { TextCommitField } from '../../forms/TextCommitField';
import { useT } from '../../i18n/i18n-context';
import { StageDateField } from './StageDateField';
import { useBimtekCommands } from './use-bimtek-commands';
import { useBimtekDownload } from './use-bimtek-download';
import { useBimtekWords } from './use-bimtek-words';

const VENUE = optionalLine(300);
const PERSON = optionalLine(200);
const NOTES = multilineText(5000);
/** The agenda as typed: one item per line, at most MAX_AGENDA_LINES of them. */
const AGENDA_TEXT = z.string().refine((text) => text.split(/\r?\n/).filter((l) => l.trim() !== '').length <= MAX_AGENDA_LINES, { message: code('invalid.listTooLong'), params: { max: MAX_AGENDA_LINES } });

/** One Tahap as held: dates, venue, mentor, agenda, notes; what it decided; its two papers to download. */
export const StagePanel = ({ workshop, stage, readOnly }: { workshop: Workshop; stage: BimtekStageId; readOnly: boolean }) => {
  const t = useT();
  const { patchStage } = useBimtekCommands();
  const { busy, download } = useBimtekDownload();
  const s = workshop.bimtek.stages[stage];
  const numeral = BIMTEK_NUMERALS[stage];
  const words = useBimtekWords();
  const decisions = bimtekFindings(workshop, stage).map((f) => wordFinding(f, words.decisions));
  const heading = t('bimtek.stage.heading', { numeral, theme: words.theme(stage) });
  const headingId = `bimtek-stage-${stage}-heading`;
  return (
    <section className="card form-card bimtek-stage" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {heading}
      </h2>
      <div className="bimtek-stage-grid">
        <fieldset className="bimtek-stage-fields" disabled={readOnly}>
          <legend className="visually-hidden">{heading}</legend>
          <StageDateField key={`${stage}-start`} label={t('bimtek.startDate')} stored={s.startDate} commit={(startDate) => patchStage(stage, { startDate })} />
          <StageDateField key={`${stage}-end`} label={t('bimtek.endDate')} stored={s.endDate} commit={(endDate) => patchStage(stage, { endDate })} />
          <TextCommitField key={`${stage}-venue`} className="bimtek-wide" label={t('bimtek.venue')} stored={s.venue} schema={VENUE} commit={(venue) => patchStage(stage, { venue })} maxLength={300} placeholder={t('bimtek.venue.placeholder')} wrap />
          <TextCommitField key={`${stage}-mentor`} className="bimtek-wide" label={t('bimtek.mentor')} stored={s.mentor} schema={PERSON} commit={(mentor) => patchStage(stage, { mentor })} maxLength={200} wrap />
          <TextCommitField key={`${stage}-role`} className="bimtek-wide" label={t('bimtek.mentorRole')} stored={s.mentorRole} schema={PERSON} commit={(mentorRole) => patchStage(stage, { mentorRole })} maxLength={200} wrap />
            <TextCommitField
              className="bimtek-wide"
              key={`${stage}-agenda`}
              label={t('bimtek.agenda')}
              hint={t('bimtek.agenda.hint')}
              stored={s.agenda.join('\n')}
              schema={AGENDA_TEXT}
              commit={(text) => patchStage(stage, { agenda: text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) })}
              multiline
              rows={5}
            />
            <TextCommitField key={`${stage}-notes`} className="bimtek-wide" label={t('bimtek.notes')} hint={t('bimtek.notes.hint')} stored={s.notes} schema={NOTES} commit={(notes) => patchStage(stage, { notes })} multiline rows={5} maxLength={5000} />
        </fieldset>
        <div className="bimtek-outputs">
          <h3 className="bimtek-subheading">{t('bimtek.download.heading', { numeral })}</h3>
          <div className="button-row bimtek-downloads">
            <button type="button" className="btn btn-primary" disabled={busy !== null} aria-busy={busy === 'daftar-hadir'} onClick={() => void download(stage, 'daftar-hadir', numeral)}>
              <Icon name={busy === 'daftar-hadir' ? 'spinner' : 'file'} className={busy === 'daftar-hadir' ? 'spin' : undefined} />
              <span>{busy === 'daftar-hadir' ? t('bimtek.download.busy') : t('bimtek.download.attendance')}</span>
            </button>
            <button type="button" className="btn btn-secondary" disabled={busy !== null} aria-busy={busy === 'berita-acara'} onClick={() => void download(stage, 'berita-acara', numeral)}>
              <Icon name={busy === 'berita-acara' ? 'spinner' : 'file'} className={busy === 'berita-acara' ? 'spin' : undefined} />
              <span>{busy === 'berita-acara' ? t('bimtek.download.busy') : t('bimtek.download.minutes')}</span>
            </button>
          </div>
          <h3 className="bimtek-subheading">{t('bimtek.decisions')}</h3>
          {decisions.length === 0 ? (
            <p className="empty-note">{t('bimtek.decisions.empty')}</p>
          ) : (
            <ol className="bimtek-decisions">
              {decisions.map((d, i) => (
                <li key={i}>
                  {d.text}
                  {d.items.length > 0 ? (
                    <ul>
                      {d.items.map((item, j) => (
                        <li key={j}>{item}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
};
