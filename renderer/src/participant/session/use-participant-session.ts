import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api } from '../../../../shared/contract';
import type { Command } from '../../../../shared/commands';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n/i18n-context';
import { WorkshopSession, type StaleWrite } from '../../session/workshop-session';
import { liveSourceFor } from './live-source';
import { isStaleItemError } from './participant-api';
import type { ParticipantSession } from './participant-session';
import type { StaleConflict } from './StaleItemDialog';

/** Why a participant's session is over: the share stopped, the facilitator revoked them, or the token is refused. */
export type ShareEnd = 'ended' | 'revoked' | 'refused';

const ENDS: Record<string, ShareEnd> = { ended: 'ended', revoked: 'revoked', refused: 'refused' };

/** The newer item and the participant's own, when a stale save was about one item that someone else changed. */
const conflictOf = (session: WorkshopSession, stale: StaleWrite): StaleConflict | null => {
  const { command } = stale;
  const view = session.getSnapshot().workshop;
  if (command.type === 'upsertSection') {
    const latest = view?.sections.find((s) => s.id === command.item.id);
    return latest ? { collection: 'section', latest, mine: command.item } : null;
  }
  if (command.type === 'upsertProgram') {
    const latest = view?.programs.find((p) => p.id === command.item.id);
    return latest ? { collection: 'program', latest, mine: command.item } : null;
  }
  return null;
};

/**
 * The shared workshop opened as one participant: their Api (token in a header), live updates,
 * the end of the session, and stale saves turned into a merge.
 */
export const useParticipantSession = (joined: ParticipantSession, api: Api) => {
  const toast = useToast();
  const t = useT();
  const [session, setSession] = useState<WorkshopSession | null>(null);
  const [end, setEnd] = useState<ShareEnd | null>(null);
  const [conflict, setConflict] = useState<StaleConflict | null>(null);
  const [reconnecting, setReconnecting] = useState(false);
  const words = useRef({ toast, t });
  words.current = { toast, t };

  useEffect(() => {
    const onStaleWrite = (stale: StaleWrite) => {
      const { toast: tell, t: say } = words.current;
      const found = isStaleItemError(stale.error) ? stale.error.current : null;
      if (found?.cause === 'colleague') {
        // Only another item of the OPD moved on: the participant's edit still holds, on the latest version.
        opened.dispatch(stale.command);
        tell({ tone: 'info', message: say('share.stale.colleague') });
        return;
      }
      const conflictFound = found?.item ? conflictOf(opened, stale) : null;
      if (conflictFound) setConflict(conflictFound);
      else tell({ tone: 'warning', message: stale.error.message });
    };
    const opened = new WorkshopSession(api, joined.workshopId, { onStaleWrite });
    setSession(opened);
    setEnd(null);
    const stopNotices = opened.onNotice((notice) => words.current.toast({ tone: notice.tone, message: notice.message }));
    void opened.load();
    const stopFollowing = opened.followLive(
      liveSourceFor(joined.workshopId, {
        bridge: null,
        origin: window.location.origin,
        token: joined.token,
        onEvent: (event) => {
          const reason = ENDS[event.event];
          if (reason) setEnd(reason);
        },
        onConnection: (state) => setReconnecting(state === 'reconnecting'),
      }),
    );
    return () => {
      stopFollowing();
      stopNotices();
      opened.dispose();
    };
  }, [api, joined.workshopId, joined.token]);

  /** Saves the participant's choice from the stale dialog on top of the latest version. */
  const resolveConflict = useCallback(
    (command: Command | null) => {
      setConflict(null);
      if (!command || !session) return;
      const outcome = session.dispatch(command);
      if (!outcome.ok) toast({ tone: 'error', message: outcome.message });
    },
    [session, toast],
  );

  return { session: session?.workshopId === joined.workshopId ? session : null, end, conflict, resolveConflict, reconnecting };
};
