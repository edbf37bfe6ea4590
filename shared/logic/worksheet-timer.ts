import { z } from 'zod';
import { code } from '../i18n/validation';
import type { WorksheetId } from './worksheets';

/**
 * The facilitator's countdown for one worksheet. It keeps timestamps, not ticks, so it runs on
 * while the screen shows another worksheet and survives a reload.
 */
export const WorksheetTimerSchema = z.object({
  durationSeconds: z.number().int().min(60).max(240 * 60),
  /** When the current run started (ms since the epoch); null while stopped. */
  runningSince: z.number().nonnegative().nullable(),
  /** Time used by earlier runs, before the last pause. */
  spentMs: z.number().nonnegative(),
});
export type WorksheetTimer = z.infer<typeof WorksheetTimerSchema>;

/** Minutes typed by the facilitator for a worksheet's session. */
export const TimerMinutesSchema = z
  .number({ error: code('invalid.notNumber') })
  .int(code('invalid.notInteger'))
  .min(1, code('invalid.minutesTooFew'))
  .max(240, code('invalid.minutesTooMany'));

/**
 * Suggested session lengths in minutes (a proposal: Bimtek agendas differ by mentor and region).
 * The facilitator changes them per worksheet; the change is kept with the timer.
 */
export const DEFAULT_TIMER_MINUTES: Record<WorksheetId, number> = {
  profil: 20,
  'data-rujukan': 15,
  pelaksanaan: 15,
  kesiapan: 90,
  isu: 60,
  swot: 90,
  kesenjangan: 45,
  'jajak-pendapat': 15,
  visi: 60,
  program: 120,
  usulan: 30,
  'pemetaan-rpjmd': 60,
  inovasi: 60,
  roadmap: 60,
  'quick-win': 90,
  komitmen: 45,
  bagian: 60,
};

export const freshTimer = (minutes: number): WorksheetTimer => ({ durationSeconds: Math.round(minutes * 60), runningSince: null, spentMs: 0 });

export const timerForWorksheet = (worksheetId: WorksheetId): WorksheetTimer => freshTimer(DEFAULT_TIMER_MINUTES[worksheetId]);

export const isTimerRunning = (t: WorksheetTimer): boolean => t.runningSince !== null;

/** Time used so far; a clock set back never makes it negative. */
export const timerSpentMs = (t: WorksheetTimer, now: number): number => t.spentMs + (t.runningSince === null ? 0 : Math.max(0, now - t.runningSince));

/** Time left; below zero once the session runs over. */
export const timerRemainingMs = (t: WorksheetTimer, now: number): number => t.durationSeconds * 1000 - timerSpentMs(t, now);

export type TimerPhase = 'ready' | 'running' | 'paused' | 'over';

/** ready: never started (or reset) · running · paused · over: the time is up (it keeps counting the overrun while running). */
export const timerPhase = (t: WorksheetTimer, now: number): TimerPhase => {
  if (timerRemainingMs(t, now) <= 0) return 'over';
  if (isTimerRunning(t)) return 'running';
  return t.spentMs > 0 ? 'paused' : 'ready';
};

/** Start or resume; starting a timer whose time is up starts a new session of the same length. */
export const startTimer = (t: WorksheetTimer, now: number): WorksheetTimer => {
  if (timerRemainingMs(t, now) <= 0) return { ...t, spentMs: 0, runningSince: now };
  return isTimerRunning(t) ? t : { ...t, runningSince: now };
};

export const pauseTimer = (t: WorksheetTimer, now: number): WorksheetTimer =>
  isTimerRunning(t) ? { ...t, spentMs: timerSpentMs(t, now), runningSince: null } : t;

export const resetTimer = (t: WorksheetTimer): WorksheetTimer => ({ ...t, spentMs: 0, runningSince: null });

/** A new length for this worksheet's session; time already used stays used. */
export const setTimerMinutes = (t: WorksheetTimer, minutes: number): WorksheetTimer => ({ ...t, durationSeconds: Math.round(minutes * 60) });

const two = (n: number): string => String(n).padStart(2, '0');

/** "25:00", "1:30:00", and "+02:15" for a session that ran over by two minutes and a quarter. */
export const formatTimerClock = (remainingMs: number): string => {
  const over = remainingMs <= -1000;
  // Counting down, a second shows until it has fully passed (00:01 until the very end); counting up, once it has.
  const seconds = over ? Math.floor(-remainingMs / 1000) : Math.max(0, Math.ceil(remainingMs / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const clock = h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
  return over ? `+${clock}` : clock;
};
