import type { CommitmentEntry } from '../model';

/**
 * Lembar komitmen rules the renderer shows before anything is stored: a signing date that is a real
 * day in a plausible year, and a warning when one OPD appears on two lines.
 */
export type SigningDateRead = { ok: true; date: string | null } | { ok: false; reason: 'format' | 'not-a-date' | 'year' };

export const SIGNING_YEAR_MIN = 2000;
export const SIGNING_YEAR_MAX = 2100;

/** "" clears the date; otherwise "TTTT-BB-HH" (what a date input gives) for a day that exists. */
export const readSigningDate = (text: string): SigningDateRead => {
  const value = text.trim();
  if (value === '') return { ok: true, date: null };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return { ok: false, reason: 'format' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { ok: false, reason: 'not-a-date' };
  if (year < SIGNING_YEAR_MIN || year > SIGNING_YEAR_MAX) return { ok: false, reason: 'year' };
  return { ok: true, date: value };
};

/** OPDs that appear on more than one line of the sheet. */
export const repeatedOpdIds = (entries: readonly Pick<CommitmentEntry, 'opdId'>[]): Set<string> => {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { opdId } of entries) {
    if (opdId === null) continue;
    if (seen.has(opdId)) repeated.add(opdId);
    seen.add(opdId);
  }
  return repeated;
};
