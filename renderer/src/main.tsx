import { StrictMode } from 'react';
import { isWorksheetId } from '../../shared/logic';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { createApiForThisWindow } from './api/create-api';
import { withEarlyOpen } from './api/early-open';
import { App } from './app/App';
import { parseRoute } from './app/route';
import { ProjectorModeProvider } from './app/projector-mode';
import { ToastProvider } from './components/Toasts';
import { DEFAULT_WORKSHEET } from './features/workshop/WorkshopScreen';
import { preloadWorksheet } from './features/workshop/worksheet-views';
import { catalogueEn, catalogueId } from './i18n/catalogue';
import { I18nProvider, type Catalogues } from './i18n/i18n-context';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/home.css';
import './styles/worksheet.css';
import './styles/summary.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const transport = createApiForThisWindow();
const bridge = transport.bridge;
// A workshop named in the URL (a reload, a link to a worksheet) is opened, and its worksheet's code
// fetched, while the app is still starting, instead of one after the other once it has started.
const opening = parseRoute(window.location.hash);
const api = withEarlyOpen(transport.api, opening.screen === 'home' ? null : opening.workshopId);
if (opening.screen === 'workshop') {
  const worksheet = opening.worksheet ?? DEFAULT_WORKSHEET;
  if (isWorksheetId(worksheet)) preloadWorksheet(worksheet);
}
/** The facilitator's app shows every worksheet, so it holds the full catalogue in both languages. */
const CATALOGUES: Catalogues = { id: catalogueId, en: catalogueEn };

createRoot(root).render(
  <StrictMode>
    <I18nProvider catalogues={CATALOGUES}>
      <ProjectorModeProvider>
        <ApiProvider api={api} bridge={bridge}>
          <ToastProvider>
            <App />
          </ToastProvider>
        </ApiProvider>
      </ProjectorModeProvider>
    </I18nProvider>
  </StrictMode>,
);
