import { formatTimerClock } from '../../../../shared/logic/worksheet-timer';
import { worksheetById, type WorksheetId } from '../../../../shared/logic';
import { useT } from '../../i18n/i18n-context';
import { useWorksheetTimer } from '../facilitator/use-worksheet-timer';

/**
 * The worksheet's session timer in the stage's corner, read-only: the facilitator starts and
 * pauses it from the working view (the same timer, kept per worksheet), the room watches it here.
 */
export const StageTimer = ({ workshopId, worksheetId }: { workshopId: string; worksheetId: WorksheetId }) => {
  const t = useT();
  const timer = useWorksheetTimer(workshopId, worksheetId);
  const worksheet = t(worksheetById(worksheetId).i18nKey);
  const running = timer.timer.runningSince !== null;
  return (
    <p className={`panggung-timer is-${timer.phase}${running ? ' is-ticking' : ''}`} role="timer" aria-live="off">
      <span className="visually-hidden">{t(timer.phase === 'over' ? 'stage.timerOver' : 'stage.timer', { worksheet })} </span>
      {formatTimerClock(timer.remainingMs)}
    </p>
  );
};
