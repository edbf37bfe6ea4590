import { lazy, Suspense, useEffect, useState } from 'react';
import { isApiError, messageOf } from '../api/api-error';
import { useParticipantT } from './i18n/participant-catalogue';
import { JoinScreen } from './join/JoinScreen';
import { clearParticipantSession, resumeParticipant, type ParticipantSession } from './session/participant-session';
import { ParticipantHeader } from './shell/ParticipantHeader';

/**
 * The joined participant's screens (the workshop session, commands, drafts, polls) are a chunk of their
 * own: the join screen needs none of it, so a phone on the hotspot can type the code before it arrives.
 * It is fetched while the participant types (idle after the join screen is shown), so joining rarely waits.
 */
const loadWorkspace = () => import('./shell/ParticipantWorkspace');
const ParticipantWorkspace = lazy(() => loadWorkspace().then((m) => ({ default: m.ParticipantWorkspace })));
const fetchWorkspaceWhenIdle = (): (() => void) => {
  const fetch = () => void loadWorkspace().catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(fetch, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fetch, 500);
  return () => window.clearTimeout(id);
};

type GateState = { role: 'checking' } | { role: 'failed'; error: unknown } | { role: 'guest'; notice: string | null } | { role: 'participant'; session: ParticipantSession };

/** The participants' phone app: join with the code, then the OPD's own part of the shared workshop. */
export const ParticipantApp = () => {
  const t = useParticipantT();
  const [state, setState] = useState<GateState>({ role: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    resumeParticipant(window.location.origin).then(
      (found) => live && setState(found),
      (error: unknown) => live && setState({ role: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => (state.role === 'guest' ? fetchWorkspaceWhenIdle() : undefined), [state.role]);

  switch (state.role) {
    case 'participant':
      return (
        <Suspense fallback={<Waiting label={t('workshop.loading')} />}>
          <ParticipantWorkspace
            key={state.session.token}
            joined={state.session}
            onRejoin={() => {
              clearParticipantSession();
              setState({ role: 'guest', notice: null });
            }}
          />
        </Suspense>
      );
    case 'guest':
      return <JoinScreen notice={state.notice} onJoined={(session) => setState({ role: 'participant', session })} />;
    default:
      return (
        <div className="p-app">
          <ParticipantHeader />
          <main className="p-main" id="main">
            {state.role === 'checking' ? (
              <p className="loading" role="status">
                {t('share.checking')}
              </p>
            ) : (
              <div className="p-card" role="alert">
                <p>{isApiError(state.error) && state.error.code === 'network' ? t('participant.network') : t('share.unreachable', { message: messageOf(state.error) })}</p>
                <button
                  type="button"
                  className="btn btn-primary p-wide"
                  onClick={() => {
                    setState({ role: 'checking' });
                    setAttempt((n) => n + 1);
                  }}
                >
                  {t('common.retry')}
                </button>
              </div>
            )}
          </main>
        </div>
      );
  }
};

/** The header and one status line: while the session is checked, or the workspace's code arrives. */
const Waiting = ({ label }: { label: string }) => (
  <div className="p-app">
    <ParticipantHeader />
    <main className="p-main" id="main">
      <p className="loading" role="status">
        {label}
      </p>
    </main>
  </div>
);
