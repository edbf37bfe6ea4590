import { useCallback, useState } from 'react';
import type { Opd } from '../../../../shared/model';

const keyFor = (workshopId: string) => `masterplan.opdSaya.${workshopId}`;

const read = (workshopId: string): string | null => {
  try {
    return window.localStorage.getItem(keyFor(workshopId));
  } catch {
    return null;
  }
};

/**
 * "OPD saya": the office this computer's user drafts for, remembered per workshop on this machine
 * (a participant's laptop belongs to one OPD; the facilitator's may switch).
 */
export const useMyOpd = (workshopId: string, opds: readonly Opd[]): [string | null, (opdId: string | null) => void] => {
  const [chosen, setChosen] = useState<string | null>(() => read(workshopId));
  const choose = useCallback(
    (opdId: string | null) => {
      setChosen(opdId);
      try {
        if (opdId === null) window.localStorage.removeItem(keyFor(workshopId));
        else window.localStorage.setItem(keyFor(workshopId), opdId);
      } catch {
        // Private mode or storage full: the choice lasts for this visit only.
      }
    },
    [workshopId],
  );
  // An OPD removed from the workshop's list is no longer a choice.
  const known = chosen !== null && opds.some((o) => o.id === chosen) ? chosen : null;
  return [known, choose];
};
