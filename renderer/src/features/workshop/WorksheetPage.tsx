import { useEffect, useMemo, useRef } from 'react';
import { STAGES, worksheetById, worksheetProgress, type WorksheetId } from '../../../../shared/logic';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { StageEntryButton } from '../stage';
import { ProgressMark } from './ProgressMark';
import { WORKSHEET_VIEWS } from './worksheet-views';

/** One worksheet: where it sits in the Bimtek, what it is for, what is still missing, and its content. */
export const WorksheetPage = ({ worksheetId, focusOnChange }: { worksheetId: WorksheetId; focusOnChange: boolean }) => {
  const t = useT();
  const workshop = useWorkshop();
  const worksheet = worksheetById(worksheetId);
  const stage = STAGES.find((s) => s.id === worksheet.stage);
  const progress = useMemo(() => worksheetProgress(workshop, worksheetId), [workshop, worksheetId]);
  const heading = useRef<HTMLHeadingElement>(null);
  const View = WORKSHEET_VIEWS[worksheetId];

  useEffect(() => {
    if (focusOnChange) heading.current?.focus();
  }, [worksheetId, focusOnChange]);

  useEffect(() => {
    document.title = `${t(worksheet.i18nKey)} · ${workshop.title} · ${t('app.name')}`;
  }, [t, worksheet.i18nKey, workshop.title]);

  return (
    <article className="worksheet" aria-labelledby="worksheet-heading">
      <header className="worksheet-header">
        <p className="worksheet-stage">{stage ? t(stage.i18nKey) : null}</p>
        <div className="worksheet-header-row">
          <h1 id="worksheet-heading" className="page-title" ref={heading} tabIndex={-1}>
            {t(worksheet.i18nKey)}
          </h1>
          <StageEntryButton worksheetId={worksheetId} />
        </div>
        <p className="page-lead">{t(`${worksheet.i18nKey}.lead`)}</p>
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
      </header>
      <View />
    </article>
  );
};
