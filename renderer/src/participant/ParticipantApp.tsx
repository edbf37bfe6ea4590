import { useEffect, useState } from 'react';
import { messageOf } from '../api/api-error';
import { useParticipantT } from './i18n/participant-catalogue';
import { JoinScreen } from './join/JoinScreen';
import { clearParticipantSession, resumeParticipant, type ParticipantSession } from './session/participant-session';
import { ParticipantHeader } from './shell/ParticipantHeader';
import { ParticipantWorkspace } from './shell/ParticipantWorkspace';

type GateState = { role: 'checking' } | { role: 'failed'; message: string } | { role: 'guest'; notice: string | null } | { role: 'participant'; session: ParticipantSession };

/** The participants' phone app: join with the code, then the OPD's own part of the shared workshop. */
export const ParticipantApp = () => {
  const t = useParticipantT();
  const [state, setState] = useState<GateState>({ role: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    resumeParticipant(window.location.origin).then(
      (found) => live && setState(found),
      (error: unknown) => live && setState({ role: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  switch (state.role) {
    case 'participant':
      return (
        <ParticipantWorkspace
          key={state.session.token}
          joined={state.session}
          onRejoin={() => {
            clearParticipantSession();
            setState({ role: 'guest', notice: null });
          }}
        />
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
                <p>{t('share.unreachable', { message: state.message })}</p>
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
