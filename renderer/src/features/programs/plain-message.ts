import type { DispatchResult } from '../../session/workshop-session';

/**
 * The reducer names the field it refused in brackets ("Anggaran tidak boleh negatif (item.budget.0.amount)")
 * for logs and the HTTP API; beside the field itself that part only gets in the way.
 */
export const plainMessage = (message: string): string => message.replace(/\s*\((?:item|id)(?:\.[\w-]+)*\)$/, '');

/** A dispatch outcome with a message fit to show next to the field. */
export const plainOutcome = (result: DispatchResult): DispatchResult => (result.ok ? result : { ...result, message: plainMessage(result.message) });

/** "item.budget.0.amount" → "budget": which program field a refusal is about. */
export const refusedField = (result: DispatchResult): string | undefined => (result.ok ? undefined : result.field?.replace(/^item\./, '').split('.')[0]);
