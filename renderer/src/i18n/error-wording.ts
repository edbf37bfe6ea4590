import { isErrorReason, type ErrorParams } from '../../../shared/i18n/errors';
import { wordErrorWithField } from '../../../shared/i18n/validation';
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

/** An error's words in `language`: its reason and params when this build knows the reason, else its message. */
export const wordCodedError = (error: CodedError, language: Language = current): string => {
  if (error.reason === undefined || !isErrorReason(error.reason) || error.reason === 'legacy.text') return error.message;
  // A schema's code names no field: the field's label goes in front ("Uraian: Paling banyak 2.000 karakter").
  return wordErrorWithField(error.reason, error.params ?? {}, error.field, language, error.message);
};

export { fieldKey } from '../../../shared/i18n/fields';
