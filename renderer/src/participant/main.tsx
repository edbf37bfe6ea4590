import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from '../api/api-context';
import { lazyApi } from '../api/lazy-api';
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
/** Joining's Api (share.lookup, share.join): its transport and contract load on the first call, so the join form paints first. */
const JOIN_API = lazyApi(() => import('../api/http-api').then((m) => m.createHttpApi(window.location.origin)));

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from participant.html');

createRoot(root).render(
  <StrictMode>
    <I18nProvider catalogues={PARTICIPANT_CATALOGUES}>
      {/* Joining goes over plain HTTP to the listener the page came from; once joined, calls carry the token (ParticipantWorkspace). */}
      <ApiProvider api={JOIN_API} bridge={null}>
        <ToastProvider>
          <ParticipantApp />
        </ToastProvider>
      </ApiProvider>
    </I18nProvider>
  </StrictMode>,
);
