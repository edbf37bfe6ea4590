import { useEffect, useState } from 'react';
import { useApi, useBridge } from '../../api/api-context';
import { useToast } from '../../components/Toasts';
import { WorkshopSession } from '../../session/workshop-session';
import { liveSourceFor } from '../share';

/**
 * Opens the workshop in a session for as long as the screen shows it; session notices become toasts.
 * The session exists from the first render (its constructor does nothing outside itself), so the
 * screen renders once with it rather than once without and again with it; the effect starts it and
 * disposes it. A disposed session (React's development double mount, or the API changing) is replaced.
 */
export const useWorkshopSession = (workshopId: string): WorkshopSession | null => {
  const api = useApi();
  const bridge = useBridge();
  const toast = useToast();
  const [session, setSession] = useState(() => new WorkshopSession(api, workshopId));

  useEffect(() => {
    if (session.isDisposed || session.workshopId !== workshopId) {
      setSession(new WorkshopSession(api, workshopId));
      return;
    }
    const stopNotices = session.onNotice((notice) => toast({ tone: notice.tone, message: notice.message }));
    void session.load();
    // Participants' saves and other windows' edits appear without reloading.
    const stopFollowing = session.followLive(liveSourceFor(workshopId, { bridge, origin: window.location.origin }));
    return () => {
      stopFollowing();
      stopNotices();
      session.dispose();
    };
  }, [session, api, bridge, workshopId, toast]);

  // Closing the tab with writes still on their way would lose them: ask first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (session.hasUnsavedWrites()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [session]);

  return session.workshopId === workshopId && !session.isDisposed ? session : null;
};
