import { lazy, Suspense, useEffect, useRef } from 'react';
import { isWorksheetId, type WorksheetId } from '../../../../shared/logic';
import { hrefFor } from '../../app/route';
import { useProjectorMode } from '../../app/projector-mode';
import { useBridge } from '../../api/api-context';
import { TopBar } from '../../components/TopBar';
import { useT } from '../../i18n/i18n-context';
import { SessionProvider, useSessionSnapshot } from '../../session/session-context';
import type { WorkshopSession } from '../../session/workshop-session';
import { StopPresentingButton, WorksheetTimer } from '../facilitator';
import { ShareTools } from '../share';
import { PREVIEW_PAGE } from '../export/route';
import { HISTORY_PAGE } from '../history/route';
import { ConflictPanel } from './ConflictPanel';
import { OpenNotices } from './OpenNotices';
import { SaveIndicator } from './SaveIndicator';
import { UndoRedoButtons } from './UndoRedoButtons';
import { useArrivedWorksheet } from './use-arrived-worksheet';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { useWorkshopSession } from './use-workshop-session';
import { WorksheetNav } from './WorksheetNav';
import { WorksheetPage } from './WorksheetPage';
import { DEFAULT_WORKSHEET } from './worksheet-views';

export { DEFAULT_WORKSHEET };

// The preview/export page and Riwayat are their own chunks: opening a worksheet never loads them.
const ExportScreen = lazy(() => import('../export/ExportScreen').then((m) => ({ default: m.ExportScreen })));
const HistoryScreen = lazy(() => import('../history/HistoryScreen').then((m) => ({ default: m.HistoryScreen })));

/** An opened workshop: top bar with its save state, the Tahap I–IV stepper and the current worksheet. */
export const WorkshopScreen = ({ workshopId, worksheet }: { workshopId: string; worksheet: string | null }) => {
  const session = useWorkshopSession(workshopId);
  const bridge = useBridge();
  useUndoShortcuts(session);

  // Undo/Redo from the desktop app's Edit menu.
  useEffect(() => {
    if (!bridge || !session) return;
    return bridge.onMenuCommand((command) => {
      if (command === 'undo') session.undo();
      if (command === 'redo') session.redo();
    });
  }, [bridge, session]);

  if (!session) return <LoadingFrame />;
  const worksheetId = worksheet !== null && isWorksheetId(worksheet) ? worksheet : DEFAULT_WORKSHEET;
  // The preview and export page and the Riwayat page sit beside the worksheets, in the same layout.
  const page = worksheet === PREVIEW_PAGE ? PREVIEW_PAGE : worksheet === HISTORY_PAGE ? HISTORY_PAGE : worksheetId;
  return (
    <SessionProvider session={session}>
      <OpenedWorkshop session={session} worksheetId={worksheetId} page={page} />
    </SessionProvider>
  );
};

const OpenedWorkshop = ({ session, worksheetId: wanted, page }: { session: WorkshopSession; worksheetId: WorksheetId; page: WorksheetId | typeof PREVIEW_PAGE | typeof HISTORY_PAGE }) => {
  const t = useT();
  // The worksheet on screen stays until the next one's code has arrived, so the page changes once, whole;
  // the stepper marks the one asked for at once.
  const { shown: worksheetId, pending } = useArrivedWorksheet(wanted);
  const snapshot = useSessionSnapshot();
  const { presenting, stopPresenting } = useProjectorMode();
  // Leaving the workshop (Beranda, another workshop) ends a presentation.
  useEffect(() => stopPresenting, [stopPresenting]);
  // Move focus to the worksheet heading only after the user navigated, not on first load.
  const initialWorksheet = useRef(page);
  const navigated = useRef(false);
  if (page !== initialWorksheet.current) navigated.current = true;
  const previewing = page === PREVIEW_PAGE;
  const inHistory = page === HISTORY_PAGE;
  if (snapshot.status === 'loading' || !snapshot.workshop) {
    if (snapshot.status === 'failed') {
      return (
        <div className="app-frame">
          <TopBar />
          <main className="home" id="main">
            <div className="card card-error" role="alert">
              <h1 className="card-title">{t('workshop.openFailed')}</h1>
              <p>{snapshot.loadError}</p>
              <div className="button-row">
                <button type="button" className="btn btn-primary" onClick={() => void session.load()}>
                  {t('common.retry')}
                </button>
                <a className="btn btn-secondary" href={hrefFor({ screen: 'home' })}>
                  {t('workshop.backHome')}
                </a>
              </div>
            </div>
          </main>
        </div>
      );
    }
    return <LoadingFrame />;
  }
  return (
    <div className="app-frame">
      <TopBar
        title={snapshot.workshop.title}
        compact={presenting}
        tools={
          // One shape in both views, so the timer keeps its place (and its state) when presenting starts.
          <>
            <SaveIndicator />
            {presenting ? null : <UndoRedoButtons />}
            {previewing || inHistory ? null : <WorksheetTimer key={`${session.workshopId}/${worksheetId}`} workshopId={session.workshopId} worksheetId={worksheetId} />}
            {presenting ? <StopPresentingButton /> : null}
            {presenting ? null : <ShareTools />}
          </>
        }
      />
      <div className={`workshop-layout${presenting ? ' is-presenting' : ''}`}>
        {presenting ? null : <WorksheetNav current={previewing || inHistory ? null : wanted} page={inHistory ? HISTORY_PAGE : previewing ? PREVIEW_PAGE : null} />}
        <main className="worksheet-main" id="main" aria-busy={pending || undefined}>
          <OpenNotices />
          <ConflictPanel />
          {previewing ? (
            <Suspense fallback={<div className="worksheet-loading" aria-busy="true" />}>
              <ExportScreen focusOnOpen={navigated.current} />
            </Suspense>
          ) : inHistory ? (
            <Suspense fallback={<div className="worksheet-loading" aria-busy="true" />}>
              <HistoryScreen focusOnOpen={navigated.current} />
            </Suspense>
          ) : (
            <WorksheetPage worksheetId={worksheetId} focusOnChange={navigated.current} />
          )}
        </main>
      </div>
    </div>
  );
};

const LoadingFrame = () => {
  const t = useT();
  return (
    <div className="app-frame">
      <TopBar />
      <main className="home" id="main">
        <p className="loading" role="status">
          {t('workshop.loading')}
        </p>
      </main>
    </div>
  );
};
