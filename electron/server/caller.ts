import type { IncomingMessage } from 'node:http';
import { bearerToken, type Participant, type ShareService } from '../services/share';
import { AppError } from '../../shared/commands';
import { HttpRefusal } from './refusal';

/** Who is calling: the facilitator (the local app), a participant with a token, or nobody known. */
export type Caller = { role: 'facilitator' } | { role: 'participant'; participant: Participant } | { role: 'anonymous' };

/** Decides whether a request without a token comes from the facilitator's own computer. */
export type TrustPolicy = (req: IncomingMessage) => boolean;

/** Loopback connections (127.0.0.0/8, ::1, and IPv4 loopback seen on an IPv6 socket). */
export const isLoopbackRequest: TrustPolicy = (req) => {
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(address);
};

export const unauthorized = (reason: 'share.signInRequired' | 'share.tokenRefused'): HttpRefusal =>
  new HttpRefusal(401, new AppError('forbidden', { reason }).toJSON(), { 'WWW-Authenticate': 'Bearer' });

export const SIGN_IN_REQUIRED = 'share.signInRequired' as const;
const TOKEN_REFUSED = 'share.tokenRefused' as const;

/**
 * A request with `Authorization: Bearer <token>` is that participant (or 401). Without one, a
 * trusted (loopback) request is the facilitator; anything else is anonymous.
 */
export const resolveCaller = (req: IncomingMessage, share: ShareService | undefined, trust: TrustPolicy): Caller => {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const token = bearerToken(header);
    const participant = token === null ? null : (share?.authenticate(token) ?? null);
    if (!participant) throw unauthorized(TOKEN_REFUSED);
    return { role: 'participant', participant };
  }
  return trust(req) ? { role: 'facilitator' } : { role: 'anonymous' };
};
