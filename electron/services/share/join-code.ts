import { randomInt, timingSafeEqual } from 'node:crypto';

/** No 0/O, 1/I/L, so a code read off a projector is typed right. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export const newJoinCode = (): string => {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
};

/** What a participant typed, as a code: upper case, without spaces or dashes. */
export const normalizeJoinCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

/** Compares in constant time (for codes of the right length). */
export const joinCodeMatches = (typed: string, code: string): boolean => {
  const a = Buffer.from(normalizeJoinCode(typed), 'utf8');
  const b = Buffer.from(code, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Shown as "K7M-Q2X" for reading aloud; either form is accepted. */
export const displayJoinCode = (code: string): string => (code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code);
