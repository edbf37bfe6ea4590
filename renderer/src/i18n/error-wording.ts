import { isErrorReason, wordError, type ErrorParams } from '../../../shared/i18n/errors';
import { wordField } from '../../../shared/i18n/fields';
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
  field?: string | undefined;
  message: string;
}

/** Reasons whose sentence does not name the field (a schema's own message): the field's label is put in front. */
const UNNAMED_FIELD = new Set(['input.invalid', 'input.invalidEmpty']);

/** An error's words in `language`: its reason and params when this build knows the reason, else its message. */
export const wordCodedError = (error: CodedError, language: Language = current): string => {
  if (error.reason === undefined || !isErrorReason(error.reason) || error.reason === 'legacy.text') return error.message;
  const words = wordError(error.reason, error.params ?? {}, language, error.message);
  const label = UNNAMED_FIELD.has(error.reason) ? wordField(error.field, language) : undefined;
  return label === undefined || words.startsWith(label) ? words : `${label}: ${words}`;
};

export { fieldKey } from '../../../shared/i18n/fields';
