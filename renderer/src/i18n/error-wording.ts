import { isErrorReason, wordError, type ErrorParams } from '../../../shared/i18n/errors';
import type { Language } from './i18n-context';

/**
 * The renderer's side of the error catalogue (shared/i18n/errors.*): errors arrive as a reason and
 * params and are worded here in the UI's language. The I18nProvider keeps `current` in step with the
 * chosen language, so code outside React (callbacks, the session) words errors the same way.
 */
let current: Language = 'id';

export const setErrorLanguage = (language: Language): void => {
  current = language;
};
export const errorLanguage = (): Language => current;

export interface CodedError {
  reason?: string | undefined;
  params?: ErrorParams | undefined;
  message: string;
}

/** An error's words in `language`: its reason and params when this build knows the reason, else its message. */
export const wordCodedError = (error: CodedError, language: Language = current): string =>
  error.reason !== undefined && isErrorReason(error.reason) && error.reason !== 'legacy.text'
    ? wordError(error.reason, error.params ?? {}, language, error.message)
    : error.message;

/** "item.budget.0.amount" → "item.budget": a field path without list positions, for looking up its label. */
export const fieldKey = (field: string): string => field.split('.').filter((part) => !/^\d+$/.test(part)).join('.');
