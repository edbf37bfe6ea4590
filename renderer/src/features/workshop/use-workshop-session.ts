import { useEffect, useState } from 'react';
import { useApi, useBridge } from '../../api/api-context';
import { useToast } from '../../components/Toasts';
import { WorkshopSession } from '../../session/workshop-session';
import { liveSourceFor } from '../share';

/** Opens the workshop in a session for as long as the screen shows it; session notices become toasts. */
export const useWorkshopSession = (workshopId: string): WorkshopSession | null => {
  const api = useApi();
  const bridge = useBridge();
  const toast = useToast();
  const [session, setSession] = useState<WorkshopSession | null>(null);

  useEffect(() => {
    const opened = new WorkshopSession(api, workshopId);
    setSession(opened);
    const stopNotices = opened.onNotice((notice) => toast({ tone: notice.tone, message: notice.message }));
    void opened.load();
    // Participants' saves and other windows' edits appear without reloading.
    const stopFollowing = opened.followLive(liveSourceFor(workshopId, { bridge, origin: window.location.origin }));
    return () => {
      stopFollowing();
      stopNotices();
      opened.dispose();
    };
  }, [api, bridge, workshopId, toast]);

  // Closing the tab with writes still on their way would lose them: ask first.
  useEffect(() => {
    if (!session) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (session.hasUnsavedWrites()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [session]);

  return session?.workshopId === workshopId ? session : null;
};
