import { useState } from 'react';
import { formatTimerClock } from '../../../../shared/logic/worksheet-timer';
import { worksheetById, type WorksheetId } from '../../../../shared/logic';
import { useT } from '../../i18n/i18n-context';
import { TimerDurationDialog } from './TimerDurationDialog';
import { TimerIcon } from './TimerIcon';
import { useWorksheetTimer } from './use-worksheet-timer';
import './facilitator.css';

interface Props {
  workshopId: string;
  worksheetId: WorksheetId;
}

/**
 * The session timer of the current worksheet, in the top bar's corner: big digits for the room,
 * start/pause, reset and the session length. Screen readers hear it only when the time is up.
 */
export const WorksheetTimer = ({ workshopId, worksheetId }: Props) => {
  const t = useT();
  const timer = useWorksheetTimer(workshopId, worksheetId);
  const [editing, setEditing] = useState(false);
  const worksheet = t(worksheetById(worksheetId).i18nKey);
  const running = timer.phase === 'running' || (timer.phase === 'over' && timer.timer.runningSince !== null);
  const minutes = Math.round(timer.timer.durationSeconds / 60);
  return (
    <div className={`worksheet-timer is-${timer.phase}${running ? ' is-ticking' : ''}`} role="group" aria-label={t('facilitator.timer.group', { worksheet })}>
      <span className="worksheet-timer-clock" role="timer">
        <span className="visually-hidden">{t(timer.phase === 'over' ? 'facilitator.timer.overBy' : 'facilitator.timer.left')} </span>
        {formatTimerClock(timer.remainingMs)}
      </span>
      {running ? (
        <button type="button" className="btn btn-toolbar btn-timer" onClick={timer.pause} aria-label={t('facilitator.timer.pause')} title={t('facilitator.timer.pause')}>
          <TimerIcon name="pause" />
        </button>
      ) : (
        <button
          type="button"
          className="btn btn-toolbar btn-timer"
          onClick={timer.start}
          aria-label={t(timer.phase === 'paused' ? 'facilitator.timer.resume' : 'facilitator.timer.start')}
          title={t(timer.phase === 'paused' ? 'facilitator.timer.resume' : 'facilitator.timer.start')}
        >
          <TimerIcon name="play" />
        </button>
      )}
      <button
        type="button"
        className="btn btn-toolbar btn-timer"
        onClick={timer.reset}
        disabled={timer.phase === 'ready'}
        aria-label={t('facilitator.timer.reset')}
        title={t('facilitator.timer.reset')}
      >
        <TimerIcon name="reset" />
      </button>
      <button
        type="button"
        className="btn btn-toolbar btn-timer"
        onClick={() => setEditing(true)}
        aria-label={t('facilitator.timer.setLength', { minutes })}
        title={t('facilitator.timer.setLength', { minutes })}
      >
        <TimerIcon name="clock" />
      </button>
      <p className="visually-hidden" role="alert">
        {timer.ended ? t('facilitator.timer.ended', { worksheet }) : ''}
      </p>
      {editing ? (
        <TimerDurationDialog
          worksheet={worksheet}
          minutes={minutes}
          defaultMinutes={timer.defaultMinutes}
          onSave={(value) => {
            timer.setMinutes(value);
            setEditing(false);
          }}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </div>
  );
};
