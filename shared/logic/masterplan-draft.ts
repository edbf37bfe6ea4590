import type { Workshop } from '../model';
import { stageProgress } from './progress';

/**
 * The masterplan stays a draft until Tahap IV (finalisation and commitment) is complete:
 * the commitment sheet signed off and every narrative section final. Exports carry "DRAF" until then.
 */
export const finalisationMissing = (workshop: Workshop): string[] =>
  stageProgress(workshop, 'tahap-4').worksheets.flatMap((sheet) => sheet.missing);

export const finalisationComplete = (workshop: Workshop): boolean => {
  const progress = stageProgress(workshop, 'tahap-4');
  return progress.total > 0 && progress.done === progress.total;
};

/** Whether an export is a draft when nobody says otherwise. */
export const draftByDefault = (workshop: Workshop): boolean => !finalisationComplete(workshop);
