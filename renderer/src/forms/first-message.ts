import { wordIssue } from '../../../shared/i18n/validation';
import { errorLanguage } from '../i18n/error-wording';

/**
 * The first problem of a failed zod parse in the UI's language, or undefined when the value is valid.
 * Schema messages are codes (shared/i18n/validation.ts): shown under the field's own label, so the
 * words name no field ("Wajib diisi", "Paling banyak 2.000 karakter").
 */
export const firstMessage = (
  result: { success: true } | { success: false; error: { issues: readonly { message: string; code?: string; path?: readonly PropertyKey[] }[] } },
): string | undefined => {
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue ? wordIssue(issue, errorLanguage()) : wordIssue({ code: 'custom' }, errorLanguage());
};
