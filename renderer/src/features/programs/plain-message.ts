import type { DispatchResult } from '../../session/workshop-session';

/**
 * A dispatch outcome as the program worksheet shows it. Refusals arrive worded in the UI's language from
 * their reason (session `refusal`), with the field at fault as data, so nothing is parsed out of the text.
 * Kept as a pass-through while use-program-commands.ts still calls it.
 */
export const plainOutcome = (result: DispatchResult): DispatchResult => result;

/** "item.budget.0.amount" → "budget": which program field a refusal is about, read from the error's `field`. */
export const refusedField = (result: DispatchResult): string | undefined => (result.ok ? undefined : result.field?.replace(/^item\./, '').split('.')[0]);
