import { useEffect, useState, type ReactNode } from 'react';
import { messageOf } from '../../api/api-error';
import { useBridge } from '../../api/api-context';
import { TopBar } from '../../components/TopBar';
import { useT } from '../../i18n/i18n-context';
import { detectBrowserRole, type BrowserRole } from '../../participant/session/participant-session';

type GateState = BrowserRole | { role: 'checking' } | { role: 'failed'; message: string };

/**
 * Who is using this page. The desktop app and the facilitator's own browser get the app as it is
 * (`children`); someone on the room's network who reached the facilitator's page is sent to the
 * participants' app (participant.html), where they join with a code.
 */
export const BrowserRoleGate = ({ children, checking = null, known = null }: { children: ReactNode; checking?: Promise<BrowserRole> | null; known?: BrowserRole | null }) => {
  const t = useT();
  const bridge = useBridge();
  // `known`: settled before the app started (the entry's early check), so nothing is asked or waited for.
  const [state, setState] = useState<GateState>(() => (bridge ? { role: 'facilitator' } : (known ?? { role: 'checking' })));
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (bridge || (attempt === 0 && known)) return;
    let live = true;
    // The first check may already be on its way (sent by the app's start); a retry asks again.
    (attempt === 0 && checking ? checking : detectBrowserRole(window.location.origin)).then(
      (role) => live && setState(role),
      (error: unknown) => live && setState({ role: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [bridge, attempt, checking, known]);

  switch (state.role) {
    case 'facilitator':
      return <>{children}</>;
    case 'participant':
    case 'guest':
      return <ToParticipantApp />;
    default:
      return (
        <div className="app-frame">
          <TopBar />
          <main className="home" id="main">
            {state.role === 'checking' ? (
              <p className="loading" role="status">
                {t('share.checking')}
              </p>
            ) : (
              <div className="card card-error" role="alert">
                <p>{t('share.unreachable', { message: state.message })}</p>
                <button
                  type="button"
                  className="btn btn-secondary"
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

/** The participants' own app, light and made for a phone. */
const ToParticipantApp = () => {
  const t = useT();
  useEffect(() => window.location.replace(new URL('participant.html', window.location.href).href), []);
  return (
    <p className="loading" role="status">
      {t('share.checking')}
    </p>
  );
};
