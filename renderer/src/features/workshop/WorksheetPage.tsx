import { useEffect, useId, useMemo, useRef } from 'react';
import { STAGES, worksheetById, worksheetProgress, type WorksheetId } from '../../../../shared/logic';
import { rememberLastWorksheet } from '../../app/last-worksheet';
import { Icon } from '../../components/Icon';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { StageEntryButton } from '../stage/StageEntryButton';
import { ProgressMark } from './ProgressMark';
import { useRememberedToggle } from './use-remembered-toggle';
import { WORKSHEET_VIEWS } from './worksheet-views';

/**
 * One worksheet: a single line of stage, title, what is still missing and the way to present it,
 * then the content at once. What the worksheet is for sits behind an info button, open or closed
 * as the facilitator last left it on this worksheet.
 */
export const WorksheetPage = ({ worksheetId, focusOnChange }: { worksheetId: WorksheetId; focusOnChange: boolean }) => {
  const t = useT();
  const { language } = useLanguage();
  const workshop = useWorkshop();
  const worksheet = worksheetById(worksheetId);
  const stage = STAGES.find((s) => s.id === worksheet.stage);
  const progress = useMemo(() => worksheetProgress(workshop, worksheetId, language), [workshop, worksheetId, language]);
  const heading = useRef<HTMLHeadingElement>(null);
  const leadId = useId();
  const [infoOpen, toggleInfo] = useRememberedToggle(`msc.worksheetInfo.${worksheetId}`);
  const View = WORKSHEET_VIEWS[worksheetId];
  const title = t(worksheet.i18nKey);

  useEffect(() => {
    if (focusOnChange) heading.current?.focus();
  }, [worksheetId, focusOnChange]);

  useEffect(() => rememberLastWorksheet(workshop.id, worksheetId), [workshop.id, worksheetId]);

  useEffect(() => {
    document.title = `${title} · ${workshop.title} · ${t('app.name')}`;
  }, [t, title, workshop.title]);

  return (
    <article className="worksheet" aria-labelledby="worksheet-heading">
      <header className="worksheet-header is-compact">
        <div className="worksheet-titlebar">
          <div className="worksheet-titlebar-start">
          {stage ? (
            <span className="worksheet-stage-chip" title={t(stage.i18nKey)}>
              <span aria-hidden="true">{t('worksheet.stageShort', { numeral: stage.numeral })}</span>
              <span className="visually-hidden">{t(stage.i18nKey)}</span>
            </span>
          ) : null}
          <h1 id="worksheet-heading" className="worksheet-title" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <button
            type="button"
            className={`btn-info${infoOpen ? ' is-open' : ''}`}
            aria-expanded={infoOpen}
            aria-controls={leadId}
            title={t(infoOpen ? 'worksheet.info.hide' : 'worksheet.info.show')}
            onClick={toggleInfo}
          >
            <Icon name="info" />
            <span className="visually-hidden">{t('worksheet.info.label', { worksheet: title })}</span>
          </button>
          {progress.total > 0 ? (
            <details className="worksheet-checklist">
              <summary>
                <ProgressMark progress={progress} />
                <span>
                  {progress.missing.length === 0 ? t('progress.complete') : t('progress.missingCount', { count: progress.missing.length, done: progress.done, total: progress.total })}
                </span>
              </summary>
              {progress.missing.length > 0 ? (
                <ul>
                  {progress.missing.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              ) : null}
            </details>
          ) : null}
          </div>
          <span className="worksheet-titlebar-end">
            <StageEntryButton worksheetId={worksheetId} />
          </span>
        </div>
        <p id={leadId} className="worksheet-lead" hidden={!infoOpen}>
          {t(`${worksheet.i18nKey}.lead`)}
        </p>
      </header>
      <View />
    </article>
  );
};
