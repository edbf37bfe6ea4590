import { useEffect, useMemo, useState } from 'react';
import { ApiProvider, useApi } from '../../api/api-context';
import { RoleProvider } from '../../app/role';
import { useParticipantT } from '../i18n/participant-catalogue';
import { SessionProvider, useSession, useSessionSnapshot } from '../../session/session-context';
import { ConflictDialog } from '../conflict/ConflictDialog';
import { OutboxProvider, useOutboxSnapshot } from '../drafts/outbox-context';
import { useRetryOnUnlock } from '../group/retry-on-unlock';
import { screensFor } from '../screens';
import { createParticipantApi } from '../session/participant-api';
import type { ParticipantSession } from '../session/participant-session';
import { useParticipantSession, type ShareEnd } from '../session/use-participant-session';
import { OutboxStatus, useDeliveryStatus } from './OutboxStatus';
import { ParticipantHeader } from './ParticipantHeader';
import { participantHref, useParticipantRoute } from './route';

interface Props {
  joined: ParticipantSession;
  /** Forget this tab's place and show the join screen again. */
  onRejoin(): void;
}

/** A participant on the room's network: their OPD's sections and programs, or their FGD group's worksheets, drafts kept on the phone. */
export const ParticipantWorkspace = ({ joined, onRejoin }: Props) => {
  const api = useMemo(() => createParticipantApi(window.location.origin, joined.token), [joined.token]);
  return (
    <ApiProvider api={api} bridge={null}>
      <Workspace joined={joined} onRejoin={onRejoin} />
    </ApiProvider>
  );
};

const Workspace = ({ joined, onRejoin }: Props) => {
  const t = useParticipantT();
  const api = useApi();
  const { opened, end, reconnecting } = useParticipantSession(joined, api);
  if (!opened) {
    return (
      <div className="p-app">
        <ParticipantHeader />
        <main className="p-main" id="main">
          <p className="loading" role="status">
            {t('workshop.loading')}
          </p>
        </main>
      </div>
    );
  }
  return (
    <RoleProvider role="participant">
      <SessionProvider session={opened.session}>
        <OutboxProvider outbox={opened.outbox}>
          <Shell joined={joined} end={end} reconnecting={reconnecting} onRejoin={onRejoin} />
        </OutboxProvider>
      </SessionProvider>
    </RoleProvider>
  );
};

const END_MESSAGE = { ended: 'share.live.ended', revoked: 'share.live.revoked', refused: 'share.live.refused' } as const;

interface ShellProps extends Props {
  end: ShareEnd | null;
  reconnecting: boolean;
}

/** Header, the screen in view, and the bottom navigation built from the participant's screens (screensFor). */
const Shell = ({ joined, end, reconnecting, onRejoin }: ShellProps) => {
  const t = useParticipantT();
  const session = useSession();
  const snapshot = useSessionSnapshot();
  const outbox = useOutboxSnapshot();
  const delivery = useDeliveryStatus();
  const route = useParticipantRoute();
  const { participant } = joined;
  const workshop = snapshot.workshop;
  const screens = useMemo(() => screensFor(participant), [participant]);
  const first = screens[0];
  const routed = screens.find((s) => s.path === route.screen);
  const screen = routed ?? first;
  // An OPD member's place is their OPD; a group member's, their FGD group.
  const where = participant.scope.kind === 'group' ? participant.groupName : participant.opdName;
  const badge = t('share.participantBadge', { name: participant.name, opd: where });
  const conflict = outbox.drafts.find((d) => d.state.kind === 'conflict');
  useRetryOnUnlock(workshop);

  useEffect(() => {
    document.title = `${participant.name} · ${workshop?.title ?? ''}`;
  }, [participant.name, workshop?.title]);

  const unsaved = outbox.drafts.length > 0;
  return (
    <div className="p-app">
      <ParticipantHeader who={{ name: participant.name, opd: where, label: badge }} status={end ? null : <OutboxStatus />} />
      <main className="p-main" id="main">
        {end ? (
          <section className="p-card" role="alert" aria-labelledby="p-ended-title">
            <h1 id="p-ended-title" className="p-title">
              {t(END_MESSAGE[end])}
            </h1>
            {unsaved ? <p className="notice notice-warning">{t('share.live.unsaved')}</p> : null}
            <button type="button" className="btn btn-primary p-wide" onClick={onRejoin}>
              {t('share.rejoin')}
            </button>
          </section>
        ) : snapshot.status === 'failed' ? (
          <div className="p-card" role="alert">
            <h1 className="p-title">{t('workshop.openFailed')}</h1>
            <p>{snapshot.loadError}</p>
            <button type="button" className="btn btn-primary p-wide" onClick={() => void session.load()}>
              {t('common.retry')}
            </button>
          </div>
        ) : !workshop || !screen ? (
          <p className="loading" role="status">
            {t('workshop.loading')}
          </p>
        ) : (
          <>
            {delivery === 'offline' || reconnecting ? (
              <p className="notice notice-warning p-notice" role="status">
                {delivery === 'offline' ? t('participant.offlineNote') : t('share.live.reconnecting')}
              </p>
            ) : null}
            {screen.render({ item: screen === routed ? route.item : null, joined, workshop, readOnly: snapshot.readOnly })}
            {/* Keyed by the screen: a "Keluar?" left open does not follow the participant to the next screen. */}
            <LeaveButton key={`${screen.path}/${route.item ?? ''}`} onLeave={onRejoin} />
          </>
        )}
      </main>
      {workshop && !end ? (
        <nav className="p-nav" aria-label={t('participant.nav')} data-count={screens.length}>
          {screens.map((s) => {
            const count = s.count(workshop);
            return (
              <a key={s.path} className="p-nav-item" href={participantHref(s.path)} aria-current={s === screen ? 'page' : undefined}>
                <span>{t(s.label)}</span>
                {count !== null ? <span className="p-nav-count">{count}</span> : null}
              </a>
            );
          })}
        </nav>
      ) : null}
      {conflict && !end ? <ConflictDialog key={`${conflict.collection}:${conflict.id}`} draft={conflict} /> : null}
    </div>
  );
};

/**
 * Keluar asks first: a thumb that brushes it in a crowded room would otherwise drop the participant to
 * the join screen (the code again, and a second entry in the facilitator's list).
 */
const LeaveButton = ({ onLeave }: { onLeave(): void }) => {
  const t = useParticipantT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <div className="p-leave">
        <button type="button" className="btn btn-secondary" aria-label={t('participant.leaveLabel')} onClick={() => setAsking(true)}>
          {t('participant.leave')}
        </button>
      </div>
    );
  }
  return (
    <div className="p-leave is-asking" role="group" aria-labelledby="p-leave-ask">
      <p id="p-leave-ask">{t('participant.leaveAsk')}</p>
      <button type="button" className="btn btn-secondary" autoFocus onClick={() => setAsking(false)}>
        {t('participant.leaveCancel')}
      </button>
      <button type="button" className="btn btn-primary" onClick={onLeave}>
        {t('participant.leaveYes')}
      </button>
    </div>
  );
};
