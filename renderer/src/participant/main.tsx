import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from '../api/api-context';
import { createHttpApi } from '../api/http-api';
import { ToastProvider } from '../components/Toasts';
import { I18nProvider } from '../i18n/i18n-context';
import { ParticipantApp } from './ParticipantApp';
import { PARTICIPANT_CATALOGUES } from './i18n/participant-catalogue';
import '../styles/base.css';
import '../styles/controls.css';
import './participant.css';

/*
 * The participants' entry (renderer/participant.html), served at the root of the room-network
 * listener: the join screen and the OPD's own sections and programs, made for a phone. It shares
 * components with the facilitator's app but none of its worksheets, diagrams or Excel.
 */
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from participant.html');

createRoot(root).render(
  <StrictMode>
    <I18nProvider catalogues={PARTICIPANT_CATALOGUES}>
      {/* Joining goes over plain HTTP to the listener the page came from; once joined, calls carry the token (ParticipantWorkspace). */}
      <ApiProvider api={createHttpApi(window.location.origin)} bridge={null}>
        <ToastProvider>
          <ParticipantApp />
        </ToastProvider>
      </ApiProvider>
    </I18nProvider>
  </StrictMode>,
);
