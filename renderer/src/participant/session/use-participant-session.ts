import { useEffect, useRef, useState } from 'react';
import type { Api } from '../../../../shared/contract';
import { liveSourceFor } from '../../features/share/live-source';
import { useToast } from '../../components/Toasts';
import { WorkshopSession } from '../../session/workshop-session';
import { browserStorage, DraftStore } from '../drafts/drafts';
import { Outbox } from '../drafts/outbox';
import type { ParticipantSession } from './participant-session';

/** Why a participant's session is over: the share stopped, the facilitator revoked them, or the token is refused. */
export type ShareEnd = 'ended' | 'revoked' | 'refused';

const ENDS: Record<string, ShareEnd> = { ended: 'ended', revoked: 'revoked', refused: 'refused' };

/**
 * The shared workshop opened as one participant: what they see (a WorkshopSession that reads and
 * follows live updates), what they type (the Outbox of drafts kept on the phone), and the end of the session.
 */
export const useParticipantSession = (joined: ParticipantSession, api: Api) => {
  const toast = useToast();
  const tell = useRef(toast);
  tell.current = toast;
  const [opened, setOpened] = useState<{ session: WorkshopSession; outbox: Outbox } | null>(null);
  const [end, setEnd] = useState<ShareEnd | null>(null);
  const [reconnecting, setReconnecting] = useState(false);

  useEffect(() => {
    const session = new WorkshopSession(api, joined.workshopId);
    const outbox = new Outbox(api, joined.workshopId, new DraftStore(joined.workshopId, browserStorage()), (message) => tell.current({ tone: 'error', message }));
    setOpened({ session, outbox });
    setEnd(null);
    const stopNotices = session.onNotice((notice) => tell.current({ tone: notice.tone, message: notice.message }));
    // Drafts left from before a reload are sent once the workshop is there to compare them with.
    void session.load().then(() => outbox.flush());
    const stopFollowing = session.followLive(
      liveSourceFor(joined.workshopId, {
        bridge: null,
        origin: window.location.origin,
        token: joined.token,
        onEvent: (event) => {
          const reason = ENDS[event.event];
          if (reason) setEnd(reason);
        },
        onConnection: (state) => {
          setReconnecting(state === 'reconnecting');
          if (state === 'open') outbox.flush();
        },
      }),
    );
    const online = () => outbox.flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      stopFollowing();
      stopNotices();
      outbox.dispose();
      session.dispose();
    };
  }, [api, joined.workshopId, joined.token]);

  return { opened: opened?.session.workshopId === joined.workshopId ? opened : null, end, reconnecting };
};
