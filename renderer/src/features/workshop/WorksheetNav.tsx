import { useMemo, useState } from 'react';
import { progressPercent, workshopProgress, worksheetsByStage, type WorksheetId } from '../../../../shared/logic';
import { hrefFor } from '../../app/route';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { ProgressDialog } from '../facilitator';
import { PREVIEW_PAGE } from '../export/route';
import { HISTORY_PAGE } from '../history/route';
import { Icon } from '../../components/Icon';
import { ProgressBar, ProgressMark } from './ProgressMark';
import '../proposals/nav-badge.css';

/**
 * Tahap I–IV as a stepper, each with its worksheets and how far they are, then the pages beside them
 * (preview and export, Riwayat); `current` is null on those pages and `page` says which one is open.
 */
export const WorksheetNav = ({ current, page = null }: { current: WorksheetId | null; page?: typeof PREVIEW_PAGE | typeof HISTORY_PAGE | null }) => {
  const t = useT();
  const { language } = useLanguage();
  const workshop = useWorkshop();
  // Worked out again only when the workshop changes, not on every render of the frame around a worksheet.
  const progress = useMemo(() => workshopProgress(workshop, language), [workshop, language]);
  const groups = worksheetsByStage();
  const [showProgress, setShowProgress] = useState(false);
  // The Usulan inbox says how many proposals wait for a decision.
  const newProposals = workshop.proposals.filter((p) => p.status === 'baru').length;
  return (
    <nav className="worksheet-nav" aria-label={t('nav.label')}>
      <div className="nav-overall">
        <p className="nav-overall-label">
          {t('nav.overall')} <strong>{progressPercent(progress)}%</strong>
        </p>
        <ProgressBar progress={progress} label={t('nav.overall')} />
        <button type="button" className="btn btn-secondary btn-small nav-progress-button" aria-haspopup="dialog" onClick={() => setShowProgress(true)}>
          {t('facilitator.progress.open')}
        </button>
        {showProgress ? <ProgressDialog current={current} onClose={() => setShowProgress(false)} /> : null}
      </div>
      <ol className="stage-list">
        {groups.map(({ stage, worksheets }, index) => {
          const stageProgress = progress.stages[index] ?? { done: 0, total: 0, worksheets: [] };
          const active = worksheets.some((w) => w.id === current);
          return (
            <li key={stage.id} className={`stage${active ? ' is-active' : ''}`}>
              <div className="stage-header">
                <span className="stage-numeral" aria-hidden="true">
                  {stage.numeral}
                </span>
                <div className="stage-text">
                  <p className="stage-title" id={`stage-${stage.id}`}>
                    {t(stage.i18nKey)}
                  </p>
                  <p className="stage-progress">
                    <ProgressMark progress={stageProgress} />
                    <span aria-hidden="true">{progressPercent(stageProgress)}%</span>
                  </p>
                </div>
              </div>
              <ol className="worksheet-links" aria-labelledby={`stage-${stage.id}`}>
                {worksheets.map((worksheet) => {
                  const sheetProgress = stageProgress.worksheets.find((p) => p.worksheetId === worksheet.id) ?? { done: 0, total: 0 };
                  return (
                    <li key={worksheet.id}>
                      <a
                        className="worksheet-link"
                        href={hrefFor({ screen: 'workshop', workshopId: workshop.id, worksheet: worksheet.id })}
                        aria-current={worksheet.id === current ? 'page' : undefined}
                      >
                        {/* A worksheet the masterplan needs nothing from (Jajak Pendapat) has no ring to fill. */}
                        {sheetProgress.total > 0 ? <ProgressMark progress={sheetProgress} /> : <span className="progress-slot" aria-hidden="true" />}
                        <span>{t(worksheet.i18nKey)}</span>
                        {worksheet.id === 'usulan' && newProposals > 0 ? (
                          <span className="nav-count-badge" title={t('proposals.nav.badge', { count: newProposals })}>
                            <span aria-hidden="true">{newProposals}</span>
                            <span className="visually-hidden">{`, ${t('proposals.nav.badge', { count: newProposals })}`}</span>
                          </span>
                        ) : null}
                      </a>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
      <a
        className="worksheet-link nav-export-link"
        href={hrefFor({ screen: 'workshop', workshopId: workshop.id, worksheet: PREVIEW_PAGE })}
        aria-current={page === PREVIEW_PAGE ? 'page' : undefined}
      >
        <span>{t('export.nav')}</span>
      </a>
      <a
        className="worksheet-link nav-history-link"
        href={hrefFor({ screen: 'workshop', workshopId: workshop.id, worksheet: HISTORY_PAGE })}
        aria-current={page === HISTORY_PAGE ? 'page' : undefined}
      >
        <Icon name="history" />
        <span>{t('history.nav')}</span>
      </a>
    </nav>
  );
};
