import { isWorksheetId, type WorksheetId } from '../../../shared/logic';

/**
 * The worksheet last opened in each workshop on this computer, so the home screen can offer
 * "Lanjutkan di …". Kept in localStorage: a convenience, never part of the workshop.
 */
const keyFor = (workshopId: string) => `msc.lastWorksheet.${workshopId}`;

export const rememberLastWorksheet = (workshopId: string, worksheetId: WorksheetId): void => {
  try {
    window.localStorage.setItem(keyFor(workshopId), worksheetId);
  } catch {
    // Storage refused: the home screen simply offers the workshop's first worksheet.
  }
};

export const lastWorksheetOf = (workshopId: string): WorksheetId | null => {
  try {
    const value = window.localStorage.getItem(keyFor(workshopId));
    return value !== null && isWorksheetId(value) ? value : null;
  } catch {
    return null;
  }
};
