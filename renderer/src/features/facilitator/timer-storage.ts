import { WorksheetTimerSchema, timerForWorksheet, type WorksheetTimer } from '../../../../shared/logic/worksheet-timer';
import type { WorksheetId } from '../../../../shared/logic';

/** Timers live in this browser only (per workshop and worksheet): they are the facilitator's, not the plan's. */
const storageKey = (workshopId: string, worksheetId: WorksheetId): string => `masterplan.timer.${workshopId}.${worksheetId}`;

export const readTimer = (workshopId: string, worksheetId: WorksheetId): WorksheetTimer => {
  try {
    const text = window.localStorage.getItem(storageKey(workshopId, worksheetId));
    if (text === null) return timerForWorksheet(worksheetId);
    const parsed = WorksheetTimerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : timerForWorksheet(worksheetId);
  } catch {
    // Unreadable or blocked storage: start from the worksheet's default.
    return timerForWorksheet(worksheetId);
  }
};

export const writeTimer = (workshopId: string, worksheetId: WorksheetId, timer: WorksheetTimer): void => {
  try {
    window.localStorage.setItem(storageKey(workshopId, worksheetId), JSON.stringify(timer));
  } catch {
    // Private mode or full storage: the timer still runs, it just will not survive a reload.
  }
};
