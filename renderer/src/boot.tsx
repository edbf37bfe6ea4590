import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { createApiForThisWindow } from './api/create-api';
import { withEarlyOpen } from './api/early-open';
import type { EarlyStart } from './api/early-start';
import { App } from './app/App';
import type { Route } from './app/route';
import { ProjectorModeProvider } from './app/projector-mode';
import { ToastProvider } from './components/Toasts';
import { CrashBoundary } from './components/CrashBoundary';
import { catalogueId } from './i18n/catalogue';
import { I18nProvider, readStoredLanguage, type LoadableCatalogues } from './i18n/i18n-context';
import { detectBrowserRole, loadParticipantSession, type BrowserRole } from './participant/session/participant-session';

/**
 * The facilitator's app shows every worksheet, so it holds the full catalogue: the Indonesian with its
 * first screen, the English in a chunk of its own, loaded when English is chosen.
 */
const loadEnglish = () => import('./i18n/catalogue-en').then((module) => module.catalogueEn);
const CATALOGUES: LoadableCatalogues = { id: catalogueId, en: loadEnglish };

/** The catalogues to start with: English chosen last time is loaded before the first render, so no screen shows in Indonesian first. */
const startingCatalogues = (): Promise<LoadableCatalogues> =>
  readStoredLanguage() === 'en' ? loadEnglish().then((en) => ({ id: catalogueId, en }), () => CATALOGUES) : Promise.resolve(CATALOGUES);

/** How long the app waits for the entry's role check (and the worksheet's code) before it starts on a "checking" screen instead. */
export const ROLE_WAIT_MS = 300;

/**
 * The facilitator's app proper, loaded by the entry (main.tsx) once it has sent the calls the first
 * screen waits for. `opening` is the route the page was loaded with; `worksheet` settles when the
 * code of the worksheet it names has arrived (the entry fetches it alongside the app).
 */
export const boot = (root: HTMLElement, opening: Route, early: EarlyStart, worksheet: Promise<void> | null = null): void => {
  const transport = createApiForThisWindow(early);
  const bridge = transport.bridge;
  const api = withEarlyOpen(transport.api, opening.screen === 'home' ? null : opening.workshopId);
  const catalogues = startingCatalogues();
  const start = (known: BrowserRole | null) => {
    // In a browser, who is asking (facilitator or someone on the room's network) is asked now, not
    // after the first render, unless the entry's check has settled it already.
    const role = bridge || known ? null : detectBrowserRole(window.location.origin);
    role?.catch(() => undefined);
    void catalogues.then((loaded) => render(loaded, role, known));
  };
  const render = (catalogues: LoadableCatalogues, role: Promise<BrowserRole> | null, known: BrowserRole | null) => {
    createRoot(root).render(
      <StrictMode>
        <I18nProvider catalogues={catalogues}>
          <ProjectorModeProvider>
            <ApiProvider api={api} bridge={bridge}>
              <ToastProvider>
                <CrashBoundary>
                  <App role={role} known={known} />
                </CrashBoundary>
              </ToastProvider>
            </ApiProvider>
          </ProjectorModeProvider>
        </I18nProvider>
      </StrictMode>,
    );
  };
  // The entry's `share.me`, sent before the app's code arrived, is usually answered by now: when it says
  // this is the facilitator's browser and the tab holds no participant's place (what detectBrowserRole
  // would conclude), the first render is the screen itself rather than a "checking" screen, a second
  // role check and a render again. The worksheet's code is waited for too: rendered before it is there,
  // the worksheet would suspend and React would hold it back for 300 ms after its fallback. Neither is
  // waited for beyond ROLE_WAIT_MS.
  if (bridge || !early.facilitator || loadParticipantSession() !== null) {
    start(null);
    return;
  }
  let started = false;
  const startOnce = (known: BrowserRole | null) => {
    if (started) return;
    started = true;
    start(known);
  };
  const timer = window.setTimeout(() => startOnce(null), ROLE_WAIT_MS);
  void Promise.all([early.facilitator, worksheet]).then(([facilitator]) => {
    window.clearTimeout(timer);
    startOnce(facilitator ? { role: 'facilitator' } : null);
  });
};
