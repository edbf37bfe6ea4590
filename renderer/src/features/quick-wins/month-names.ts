import type { Language } from '../../i18n/i18n-context';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** "Januari" / "Jan" for month 1 in the user's language (the Word export prints calendar months too). */
export const monthName = (month: number, language: Language, width: 'long' | 'short' = 'long'): string =>
  new Intl.DateTimeFormat(LOCALES[language], { month: width }).format(new Date(2000, month - 1, 1));
