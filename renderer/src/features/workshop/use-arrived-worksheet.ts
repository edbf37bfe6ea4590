import { useEffect, useState } from 'react';
import type { WorksheetId } from '../../../../shared/logic';
import { LOADED, loadWorksheet } from './worksheet-loaders';

/**
 * The worksheet to draw for the one the URL names: that one once its code has arrived, and until then
 * the one drawn before. Moving to a worksheet whose chunk was still on its way showed the new heading over
 * an empty page until React's Suspense throttle let the worksheet in, 300 ms after its fallback (about
 * 450 ms in all on loopback); now the page changes once, whole, as soon as the code is there.
 * The first worksheet of a page is drawn at once (the entry fetched its code with the app), and one whose
 * code fails to arrive is drawn too, so its loader's error reaches the crash boundary as before.
 */
export const useArrivedWorksheet = (wanted: WorksheetId): { shown: WorksheetId; pending: boolean } => {
  const [arrived, setArrived] = useState<WorksheetId>(wanted);
  const shown = LOADED.has(wanted) ? wanted : arrived;
  if (shown !== arrived) setArrived(shown);
  useEffect(() => {
    if (LOADED.has(wanted)) return;
    let live = true;
    const arrive = () => {
      if (live) setArrived(wanted);
    };
    loadWorksheet(wanted).then(arrive, arrive);
    return () => {
      live = false;
    };
  }, [wanted]);
  return { shown, pending: shown !== wanted };
};
