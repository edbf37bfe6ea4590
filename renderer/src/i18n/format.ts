import type { Language } from './i18n-context';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

const pad = (n: number): string => String(n).padStart(2, '0');

/** "23 Nov 2026 15.30" (Indonesian uses a dot between hours and minutes), "23 Nov 2026 15:30" in English. */
export const formatDateTime = (iso: string, language: Language): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '–';
  const day = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric' }).format(date).replace(/\.$/, '');
  const separator = language === 'id' ? '.' : ':';
  return `${day} ${pad(date.getHours())}${separator}${pad(date.getMinutes())}`;
};

/** "15.30" in Indonesian, "15:30" in English. */
export const formatClock = (iso: string, language: Language): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '–';
  return `${pad(date.getHours())}${language === 'id' ? '.' : ':'}${pad(date.getMinutes())}`;
};

/** "1.234,5" in Indonesian, "1,234.5" in English, whatever the operating system's locale. */
export const formatNumber = (value: number, language: Language, maximumFractionDigits = 2): string =>
  new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits }).format(value);

