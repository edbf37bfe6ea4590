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
import { catalogueEn, catalogueId } from './i18n/catalogue';
import { I18nProvider, type Catalogues } from './i18n/i18n-context';
import { detectBrowserRole } from './participant/session/participant-session';

/** The facilitator's app shows every worksheet, so it holds the full catalogue in both languages. */
const CATALOGUES: Catalogues = { id: catalogueId, en: catalogueEn };

/**
 * The facilitator's app proper, loaded by the entry (main.tsx) once it has sent the calls the first
 * screen waits for. `opening` is the route the page was loaded with.
 */
export const boot = (root: HTMLElement, opening: Route, early: EarlyStart): void => {
  const transport = createApiForThisWindow(early);
  const bridge = transport.bridge;
  const api = withEarlyOpen(transport.api, opening.screen === 'home' ? null : opening.workshopId);
  // In a browser, who is asking (facilitator or someone on the room's network) is asked now, not after the first render.
  const role = bridge ? null : detectBrowserRole(window.location.origin);
  role?.catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <I18nProvider catalogues={CATALOGUES}>
        <ProjectorModeProvider>
          <ApiProvider api={api} bridge={bridge}>
            <ToastProvider>
              <CrashBoundary>
                <App role={role} />
              </CrashBoundary>
            </ToastProvider>
          </ApiProvider>
        </ProjectorModeProvider>
      </I18nProvider>
    </StrictMode>,
  );
};
