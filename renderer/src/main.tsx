import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { createApiForThisWindow } from './api/create-api';
import { App } from './app/App';
import { ProjectorModeProvider } from './app/projector-mode';
import { ToastProvider } from './components/Toasts';
import { I18nProvider } from './i18n/i18n-context';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/home.css';
import './styles/worksheet.css';
import './styles/summary.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const { api, bridge } = createApiForThisWindow();

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
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
