import type { Workshop } from '../model';
import { workshopProgress } from './progress';
import type { ProgressLanguage } from './progress-words';
import type { StageId, WorksheetId } from './worksheets';

/** What one worksheet (or one stage's narrative sections) still lacks, in the words of the progress rules. */
export interface DraftGap {
  stage: StageId;
  worksheetId: WorksheetId;
  part: 'worksheet' | 'sections';
  missing: string[];
}

/**
 * Why the masterplan is still a draft: every gap the progress rules find, in every stage, worksheets
 * and narrative sections alike. The DRAF notice and "Kemajuan" read the same function (workshopProgress),
 * so the document is final exactly when progress says 100%.
 */
export const draftGaps = (workshop: Workshop, language: ProgressLanguage = 'id'): DraftGap[] =>
  workshopProgress(workshop, language).stages.flatMap((stage) =>
    stage.worksheets.filter((sheet) => sheet.missing.length > 0).map((sheet) => ({ stage: stage.stage, worksheetId: sheet.worksheetId, part: sheet.part, missing: sheet.missing })),
  );

/** Every gap as one flat list of messages, for the headless export and logs. */
export const draftMissing = (workshop: Workshop): string[] => draftGaps(workshop).flatMap((gap) => gap.missing);

/** Complete when every rule of every stage holds: what progress shows as 100%. */
export const masterplanComplete = (workshop: Workshop): boolean => {
  const progress = workshopProgress(workshop);
  return progress.total > 0 && progress.done === progress.total;
};

/** Whether an export is a draft when nobody says otherwise. */
export const draftByDefault = (workshop: Workshop): boolean => !masterplanComplete(workshop);
