import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A short random id, lower-case letters and digits only: safe in URLs and file names, and
 * distinct on case-insensitive disks (Windows, macOS). 12 characters ≈ 62 bits of randomness.
 */
export const newId = (length = 12): string => {
  const bytes = randomBytes(length * 2);
  let id = '';
  for (const byte of bytes) {
    // 252 = 7 × 36: dropping larger bytes keeps every character equally likely.
    if (byte < 252) id += ALPHABET[byte % ALPHABET.length];
    if (id.length === length) return id;
  }
  return id + newId(length - id.length);
};

/** A timestamp that sorts as text and is a valid file name everywhere: 20250131T081502123Z. */
export const fileStamp = (date: Date): string => date.toISOString().replace(/[-:.]/g, '');

/** Reads back a `fileStamp`, or null when the text is not one. */
export const parseFileStamp = (stamp: string): Date | null => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
};
