import { describe, expect, it } from 'vitest';
import { wordIssue } from '../../../shared/i18n/validation';
import { WORKSHEET_IDS } from '../../../shared/logic';
import {
  DEFAULT_TIMER_MINUTES,
  TimerMinutesSchema,
  WorksheetTimerSchema,
  formatTimerClock,
  pauseTimer,
  resetTimer,
  setTimerMinutes,
  startTimer,
  timerForWorksheet,
  timerPhase,
  timerRemainingMs,
} from '../../../shared/logic/worksheet-timer';

const MINUTE = 60_000;
const NINE_AM = Date.parse('2025-11-16T09:00:00+07:00');
const at = (minutes: number) => NINE_AM + minutes * MINUTE;

describe('the facilitator timer of a worksheet', () => {
  it('every worksheet has a suggested session length', () => {
    for (const id of WORKSHEET_IDS) expect(DEFAULT_TIMER_MINUTES[id], id).toBeGreaterThan(0);
  });

  it('the readiness session starts ready with its full 90 minutes', () => {
    const timer = timerForWorksheet('kesiapan');
    expect(timerPhase(timer, at(0))).toBe('ready');
    expect(formatTimerClock(timerRemainingMs(timer, at(30)))).toBe('1:30:00');
  });

  it('after ten minutes of discussion 80 minutes are left', () => {
    const timer = startTimer(timerForWorksheet('kesiapan'), at(0));
    expect(timerPhase(timer, at(10))).toBe('running');
    expect(timerRemainingMs(timer, at(10))).toBe(80 * MINUTE);
  });

  it('a coffee break does not eat the session: a paused timer keeps its time', () => {
    const paused = pauseTimer(startTimer(timerForWorksheet('isu'), at(0)), at(20));
    expect(timerPhase(paused, at(50))).toBe('paused');
    expect(timerRemainingMs(paused, at(50))).toBe(40 * MINUTE);
    const resumed = startTimer(paused, at(50));
    expect(timerRemainingMs(resumed, at(60))).toBe(30 * MINUTE);
  });

  it('reset brings back the full session and stops the clock', () => {
    const reset = resetTimer(startTimer(timerForWorksheet('isu'), at(0)));
    expect(timerPhase(reset, at(15))).toBe('ready');
    expect(timerRemainingMs(reset, at(15))).toBe(60 * MINUTE);
  });

  it('when the time is up it says so and counts the overrun', () => {
    const timer = startTimer(timerForWorksheet('data-rujukan'), at(0));
    expect(timerPhase(timer, at(15))).toBe('over');
    expect(formatTimerClock(timerRemainingMs(timer, at(17.25)))).toBe('+02:15');
  });

  it('starting again after the time is up starts a new session of the same length', () => {
    const over = pauseTimer(startTimer(timerForWorksheet('data-rujukan'), at(0)), at(16));
    const again = startTimer(over, at(20));
    expect(timerRemainingMs(again, at(20))).toBe(15 * MINUTE);
  });

  it('a longer session keeps the time already used', () => {
    const timer = setTimerMinutes(startTimer(timerForWorksheet('profil'), at(0)), 45);
    expect(timerRemainingMs(timer, at(5))).toBe(40 * MINUTE);
  });

  it('a clock set back never adds time', () => {
    const timer = startTimer(timerForWorksheet('profil'), at(10));
    expect(timerRemainingMs(timer, at(0))).toBe(20 * MINUTE);
  });

  it('reads like a wall clock: the last second shows until it has passed', () => {
    expect(formatTimerClock(25 * MINUTE)).toBe('25:00');
    expect(formatTimerClock(1)).toBe('00:01');
    expect(formatTimerClock(0)).toBe('00:00');
    expect(formatTimerClock(-999)).toBe('00:00');
    expect(formatTimerClock(-61_000)).toBe('+01:01');
  });

  it('a damaged stored timer is not accepted', () => {
    expect(WorksheetTimerSchema.safeParse({ durationSeconds: 'lama', runningSince: null, spentMs: 0 }).success).toBe(false);
    expect(WorksheetTimerSchema.safeParse(timerForWorksheet('visi')).success).toBe(true);
  });

  it('a session length outside 1 to 240 minutes is refused with a code worded with its unit, in id and en', () => {
    const issue = (value: number) => {
      const found = TimerMinutesSchema.safeParse(value).error?.issues[0];
      if (!found) throw new Error(`${value} was accepted`);
      return found;
    };
    expect(wordIssue(issue(0), 'id')).toBe('Paling sedikit 1 menit');
    expect(wordIssue(issue(0), 'en')).toBe('At least 1 min');
    expect(wordIssue(issue(300), 'id')).toBe('Paling lama 240 menit');
    expect(wordIssue(issue(300), 'en')).toBe('At most 240 min');
    expect(wordIssue(issue(2.5), 'id')).toBe('Harus bilangan bulat');
  });
});
