import { progressPercent, workshopProgress, STAGES, worksheetById, type WorksheetId } from '../../../../shared/logic';
import { hrefFor } from '../../app/route';
import { Dialog } from '../../components/Dialog';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { ProgressBar, ProgressMark } from '../workshop/ProgressMark';
import './facilitator.css';

interface Props {
  current: WorksheetId | null;
  onClose(): void;
}

/**
 * Kemajuan: every stage with what its worksheets still miss, in the words of the progress rules
 * (shared/logic/progress.ts), each with a link to the worksheet concerned.
 */
export const ProgressDialog = ({ current, onClose }: Props) => {
  const t = useT();
  const { language } = useLanguage();
  const workshop = useWorkshop();
  const progress = workshopProgress(workshop, language);
  return (
    <Dialog
      title={t('facilitator.progress.title')}
      description={t('facilitator.progress.description', { percent: progressPercent(progress), done: progress.done, total: progress.total })}
      onClose={onClose}
      actions={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('facilitator.progress.close')}
        </button>
      }
    >
      <div className="progress-panel">
        {progress.stages.map((stage) => {
          const info = STAGES.find((s) => s.id === stage.stage);
          const headingId = `progress-${stage.stage}`;
          const complete = stage.total > 0 && stage.done >= stage.total;
          return (
            <section key={stage.stage} className={`progress-stage${complete ? ' is-complete' : ''}`} aria-labelledby={headingId}>
              <div className="progress-stage-head">
                <h3 id={headingId} className="progress-stage-title">
                  {info ? t(info.i18nKey) : stage.stage}
                </h3>
                <span className="progress-stage-percent">{complete ? t('facilitator.progress.stageDone') : `${progressPercent(stage)}%`}</span>
              </div>
              <ProgressBar progress={stage} label={info ? t(info.i18nKey) : stage.stage} />
              <ul className="progress-sheets">
                {stage.worksheets.map((sheet) => {
                  const name = t(worksheetById(sheet.worksheetId).i18nKey);
                  const done = sheet.missing.length === 0 && sheet.done >= sheet.total;
                  return (
                    <li key={sheet.worksheetId} className="progress-sheet">
                      <a
                        className="progress-sheet-link"
                        href={hrefFor({ screen: 'workshop', workshopId: workshop.id, worksheet: sheet.worksheetId })}
                        aria-current={sheet.worksheetId === current ? 'page' : undefined}
                        onClick={onClose}
                      >
                        <ProgressMark progress={sheet} />
                        <span className="progress-sheet-name">{name}</span>
                        <span className="progress-sheet-count">{done ? t('facilitator.progress.sheetDone') : t('facilitator.progress.count', { done: sheet.done, total: sheet.total })}</span>
                      </a>
                      {sheet.missing.length > 0 || sheet.warnings.length > 0 ? (
                        <ul className="progress-missing" aria-label={t('facilitator.progress.missingOf', { worksheet: name })}>
                          {sheet.missing.map((item) => (
                            <li key={item}>{item}</li>
                          ))}
                          {sheet.warnings.map((item) => (
                            <li key={`w-${item}`} className="is-warning">
                              <span className="visually-hidden">{t('facilitator.progress.warning')}: </span>
                              {item}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </Dialog>
  );
};
