import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorksheetId } from '../../../../shared/logic';
import {
  DEFAULT_TIMER_MINUTES,
  pauseTimer,
  resetTimer,
  setTimerMinutes,
  startTimer,
  timerPhase,
  timerRemainingMs,
  type TimerPhase,
  type WorksheetTimer,
} from '../../../../shared/logic/worksheet-timer';
import { readTimer, writeTimer } from './timer-storage';

const TICK_MS = 250;

/**
 * One worksheet's timer, kept in localStorage. `ended` turns true when the time runs out while
 * this screen watches (not when a reload finds it already over), for the one announcement.
 */
export const useWorksheetTimer = (workshopId: string, worksheetId: WorksheetId) => {
  const [timer, setTimer] = useState<WorksheetTimer>(() => readTimer(workshopId, worksheetId));
  const [now, setNow] = useState(() => Date.now());
  const [ended, setEnded] = useState(false);
  const lastPhase = useRef<TimerPhase>(timerPhase(timer, now));

  const update = useCallback(
    (change: (t: WorksheetTimer, at: number) => WorksheetTimer) => {
      const at = Date.now();
      setTimer((current) => {
        const next = change(current, at);
        writeTimer(workshopId, worksheetId, next);
        lastPhase.current = timerPhase(next, at);
        return next;
      });
      setNow(at);
      setEnded(false);
    },
    [workshopId, worksheetId],
  );

  const running = timer.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(id);
  }, [running]);

  const phase = timerPhase(timer, now);
  useEffect(() => {
    if (lastPhase.current === 'running' && phase === 'over') setEnded(true);
    lastPhase.current = phase;
  }, [phase]);

  // Another window of the same browser changed this timer.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key?.endsWith(`.${workshopId}.${worksheetId}`)) setTimer(readTimer(workshopId, worksheetId));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [workshopId, worksheetId]);

  return {
    timer,
    phase,
    remainingMs: timerRemainingMs(timer, now),
    ended,
    defaultMinutes: DEFAULT_TIMER_MINUTES[worksheetId],
    start: () => update(startTimer),
    pause: () => update(pauseTimer),
    reset: () => update((t) => resetTimer(t)),
    setMinutes: (minutes: number) => update((t) => setTimerMinutes(t, minutes)),
  };
};
