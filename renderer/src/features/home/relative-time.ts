import type { Language } from '../../i18n/i18n-context';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Each unit is used below the next one's size. */
const UNITS: { unit: Intl.RelativeTimeFormatUnit; seconds: number; below: number }[] = [
  { unit: 'minute', seconds: MINUTE, below: HOUR },
  { unit: 'hour', seconds: HOUR, below: DAY },
  { unit: 'day', seconds: DAY, below: 7 * DAY },
  { unit: 'week', seconds: 7 * DAY, below: 30 * DAY },
  { unit: 'month', seconds: 30 * DAY, below: 365 * DAY },
  { unit: 'year', seconds: 365 * DAY, below: Number.POSITIVE_INFINITY },
];

/**
 * "2 jam yang lalu", "kemarin", "3 days ago": how long since a change, in the UI's language.
 * `justNow` is said for the last minute (Intl's "sekarang" reads oddly after "Diubah").
 */
export const formatRelativeTime = (iso: string, language: Language, justNow: string, now: Date = new Date()): string => {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '–';
  const format = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
  const seconds = (then.getTime() - now.getTime()) / 1000;
  // Under a minute, or a clock slightly ahead of this one, reads as "now".
  if (Math.abs(seconds) < MINUTE) return justNow;
  const chosen = UNITS.find((u) => Math.abs(seconds) < u.below) ?? UNITS[UNITS.length - 1]!;
  return format.format(Math.round(seconds / chosen.seconds), chosen.unit);
};
