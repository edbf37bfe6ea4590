import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { createApiForThisWindow } from './api/create-api';
import { App } from './app/App';
import { ProjectorModeProvider } from './app/projector-mode';
import { ToastProvider } from './components/Toasts';
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

const { api, bridge } = createApiForThisWindow();
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
