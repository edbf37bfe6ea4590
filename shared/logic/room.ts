import type { FgdGroup, Workshop, WorksheetKey } from '../model';

/*
 * The room's cards as the stage view, the Word document and the workbook show them: without the
 * cards the facilitator hid, and with the groups that marked a worksheet "Selesai".
 */

/** The cards that are shown: every card but those the facilitator hid. */
export const visibleCards = <T extends { hidden?: boolean | undefined }>(cards: readonly T[]): T[] => cards.filter((c) => c.hidden !== true);

/** The workshop with hidden cards left out of the issues, SWOT items and gap rows (for documents and the workbook). */
export const withoutHiddenCards = (w: Workshop): Workshop => ({
  ...w,
  issues: visibleCards(w.issues),
  swotItems: visibleCards(w.swotItems),
  gapAnalyses: visibleCards(w.gapAnalyses),
});

/** The groups that marked a worksheet done, in the order of the groups' list (a removed group's mark is ignored). */
export const groupsDone = (w: Workshop, worksheet: WorksheetKey): FgdGroup[] =>
  w.groups.filter((g) => w.room.done.some((d) => d.groupId === g.id && d.worksheet === worksheet));

/** Whether the facilitator locked a worksheet for the groups. */
export const isWorksheetLocked = (w: Workshop, worksheet: WorksheetKey): boolean => w.room.locks.includes(worksheet);

/** The group a card came from, or null for the facilitator's (or a removed group's). */
export const cardGroup = (w: Workshop, card: { groupId?: string | null | undefined }): FgdGroup | null =>
  (card.groupId ? w.groups.find((g) => g.id === card.groupId) : undefined) ?? null;
