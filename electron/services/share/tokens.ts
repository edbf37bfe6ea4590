import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the participant's key for every call after joining. */
export const newParticipantToken = (): string => randomBytes(32).toString('base64url');

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Only a hash of each token is kept in memory, so a heap dump or log of the state reveals none. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** The token of an `Authorization: Bearer <token>` header, or null when the header is not that. */
export const bearerToken = (header: string): string | null => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const token = match?.[1];
  return token !== undefined && TOKEN_SHAPE.test(token) ? token : null;
};
