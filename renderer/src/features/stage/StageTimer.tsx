import { useEffect, useState } from 'react';
import { formatTimerClock, timerPhase } from '../../../../shared/logic/worksheet-timer';
import { WORKSHEETS, worksheetById, type WorksheetId } from '../../../../shared/logic';
import { useT } from '../../i18n/i18n-context';
import { useWorksheetTimer } from '../facilitator/use-worksheet-timer';
import { readTimer } from '../facilitator/timer-storage';

const SCAN_MS = 1000;

/**
 * The timer the room should see: the view's own worksheet's once it has been started; while it has
 * not, the one counting down for another worksheet (group work on SWOT goes on while a poll is
 * projected), or else the view's own, still full.
 */
const useShownTimer = (workshopId: string, worksheetId: WorksheetId): WorksheetId => {
  const pick = (): WorksheetId => {
    const now = Date.now();
    if (timerPhase(readTimer(workshopId, worksheetId), now) !== 'ready') return worksheetId;
    return WORKSHEETS.find((w) => w.id !== worksheetId && timerPhase(readTimer(workshopId, w.id), now) === 'running')?.id ?? worksheetId;
  };
  const [shown, setShown] = useState(pick);
  useEffect(() => {
    const update = () => setShown(pick());
    update();
    const id = setInterval(update, SCAN_MS);
    window.addEventListener('storage', update);
    return () => {
      clearInterval(id);
      window.removeEventListener('storage', update);
    };
    // pick reads only these two.
  }, [workshopId, worksheetId]);
  return shown;
};

/**
 * A worksheet's session timer in the stage's corner, read-only: the facilitator starts and pauses
 * it from the working view (the same timer, kept per worksheet), the room watches it here.
 */
export const StageTimer = ({ workshopId, worksheetId }: { workshopId: string; worksheetId: WorksheetId }) => {
  const shown = useShownTimer(workshopId, worksheetId);
  return <TimerClock key={shown} workshopId={workshopId} worksheetId={shown} named={shown !== worksheetId} />;
};

const TimerClock = ({ workshopId, worksheetId, named }: { workshopId: string; worksheetId: WorksheetId; named: boolean }) => {
  const t = useT();
  const timer = useWorksheetTimer(workshopId, worksheetId);
  const worksheet = t(worksheetById(worksheetId).i18nKey);
  const running = timer.timer.runningSince !== null;
  return (
    <p className={`panggung-timer is-${timer.phase}${running ? ' is-ticking' : ''}`} role="timer" aria-live="off" data-worksheet={worksheetId}>
      <span className="visually-hidden">{t(timer.phase === 'over' ? 'stage.timerOver' : 'stage.timer', { worksheet })} </span>
      {/* Another worksheet's timer says whose it is: the view on screen is not what is being timed. */}
      {named ? (
        <span className="panggung-timer-name" aria-hidden="true">
          {worksheet}
        </span>
      ) : null}
      {formatTimerClock(timer.remainingMs)}
    </p>
  );
};
