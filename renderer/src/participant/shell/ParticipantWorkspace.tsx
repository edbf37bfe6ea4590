import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useApi, ApiProvider } from '../../api/api-context';
import { RoleProvider } from '../../app/role';
import { TopBar } from '../../components/TopBar';
import { useT } from '../../i18n/i18n-context';
import { SessionProvider, useSession, useSessionSnapshot } from '../../session/session-context';
import { ProgramsWorksheet } from '../programs';
import { SaveIndicator } from '../workshop/SaveIndicator';
import { createParticipantApi } from './participant-api';
import type { ParticipantSession } from './participant-session';
import { ParticipantSections } from './ParticipantSections';
import { StaleItemDialog } from './StaleItemDialog';
import { useParticipantSession, type ShareEnd } from './use-participant-session';
import './share.css';

interface Props {
  joined: ParticipantSession;
  /** Forget this tab's place and show the join screen again. */
  onRejoin(): void;
}

/** An OPD head on the room's network: their OPD's sections and programs in the shared workshop, saved live. */
export const ParticipantScreen = ({ joined, onRejoin }: Props) => {
  const api = useMemo(() => createParticipantApi(window.location.origin, joined.token), [joined.token]);
  return (
    <ApiProvider api={api} bridge={null}>
      <ParticipantWorkspace joined={joined} onRejoin={onRejoin} />
    </ApiProvider>
  );
};

const ParticipantWorkspace = ({ joined, onRejoin }: Props) => {
  const t = useT();
  const api = useApi();
  const { session, end, conflict, resolveConflict, reconnecting } = useParticipantSession(joined, api);
  if (!session) {
    return (
      <div className="app-frame">
        <TopBar />
        <main className="home" id="main">
          <p className="loading" role="status">
            {t('workshop.loading')}
          </p>
        </main>
      </div>
    );
  }
  return (
    <RoleProvider role="participant">
      <SessionProvider session={session}>
        <ParticipantView joined={joined} end={end} reconnecting={reconnecting} onRejoin={onRejoin} />
        {conflict && !end ? <StaleItemDialog conflict={conflict} onResolve={resolveConflict} /> : null}
      </SessionProvider>
    </RoleProvider>
  );
};

type Tab = 'sections' | 'programs';

const END_MESSAGE = { ended: 'share.live.ended', revoked: 'share.live.revoked', refused: 'share.live.refused' } as const;

interface ViewProps {
  joined: ParticipantSession;
  end: ShareEnd | null;
  reconnecting: boolean;
  onRejoin(): void;
}

const ParticipantView = ({ joined, end, reconnecting, onRejoin }: ViewProps) => {
  const t = useT();
  const session = useSession();
  const snapshot = useSessionSnapshot();
  const [tab, setTab] = useState<Tab>('sections');
  const { participant } = joined;
  const badge = t('share.participantBadge', { name: participant.name, opd: participant.opdName });
  const workshop = snapshot.workshop;

  useEffect(() => {
    document.title = `${badge} · ${workshop?.title ?? ''}`;
  }, [badge, workshop?.title]);

  const moveTab = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next: Tab = event.key === 'Home' ? 'sections' : event.key === 'End' ? 'programs' : tab === 'sections' ? 'programs' : 'sections';
    setTab(next);
    document.getElementById(`peserta-tab-${next}`)?.focus();
  };

  return (
    <div className="app-frame participant-frame">
      <TopBar
        title={workshop?.title}
        tools={
          <>
            <p className="participant-badge">{badge}</p>
            {end ? null : <SaveIndicator />}
          </>
        }
      />
      <main className="participant-main" id="main">
        {end ? (
          <section className="card share-ended" role="alert" aria-labelledby="share-ended-title">
            <h1 id="share-ended-title" className="card-title">
              {t(END_MESSAGE[end])}
            </h1>
            {session.hasUnsavedWrites() ? <p className="notice notice-warning">{t('share.live.unsaved')}</p> : null}
            <button type="button" className="btn btn-primary" onClick={onRejoin}>
              {t('share.rejoin')}
            </button>
          </section>
        ) : snapshot.status === 'failed' || !workshop ? (
          snapshot.status === 'failed' ? (
            <div className="card card-error" role="alert">
              <h1 className="card-title">{t('workshop.openFailed')}</h1>
              <p>{snapshot.loadError}</p>
              <button type="button" className="btn btn-primary" onClick={() => void session.load()}>
                {t('common.retry')}
              </button>
            </div>
          ) : (
            <p className="loading" role="status">
              {t('workshop.loading')}
            </p>
          )
        ) : (
          <div className="participant-content">
            <h1 className="page-title">{participant.opdName}</h1>
            <p className="page-lead">{t('share.participant.lead', { opd: participant.opdName })}</p>
            {reconnecting ? (
              <p className="notice notice-warning" role="status">
                {t('share.live.reconnecting')}
              </p>
            ) : null}
            <section className="card form-card sections-card">
              <div className="section-tabs" role="tablist" aria-label={t('share.participant.tabs')} onKeyDown={moveTab}>
                {(['sections', 'programs'] as const).map((id) => (
                  <button
                    key={id}
                    type="button"
                    role="tab"
                    id={`peserta-tab-${id}`}
                    className="section-tab"
                    aria-selected={tab === id}
                    aria-controls={`peserta-panel-${id}`}
                    tabIndex={tab === id ? 0 : -1}
                    onClick={() => setTab(id)}
                  >
                    {id === 'sections' ? t('share.participant.sections', { count: workshop.sections.length }) : t('share.participant.programs', { count: workshop.programs.length })}
                  </button>
                ))}
              </div>
              <div className="section-panel" role="tabpanel" id={`peserta-panel-${tab}`} aria-labelledby={`peserta-tab-${tab}`}>
                {tab === 'sections' ? <ParticipantSections readOnly={snapshot.readOnly} /> : <ProgramsWorksheet />}
              </div>
            </section>
          </div>
        )}
      </main>
    </div>
  );
};
