import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, appErrorFromZod } from '../../shared/commands';
import { CONTRACT } from '../../shared/contract';
import type { ShareService } from '../services/share';
import { readJsonBody } from './body';
import type { RateLimiter } from './rate-limit';
import { HttpRefusal } from './refusal';
import { sendJson } from './respond';

/** A join request is a code, a name and an OPD id: a few hundred bytes. */
export const JOIN_MAX_BODY_BYTES = 4096;

const tooManyAttempts = (waitMs: number): HttpRefusal => {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new HttpRefusal(429, new AppError('forbidden', { reason: 'share.tooManyJoins', params: { seconds } }).toJSON(), { 'Retry-After': String(seconds) });
};

/**
 * `POST /api/share.lookup` and `POST /api/share.join`: counted per client address (together)
 * before anything else is read, so the code cannot be guessed by trying.
 */
export const handleCodeCall = async (req: IncomingMessage, res: ServerResponse, method: 'share.join' | 'share.lookup', share: ShareService | undefined, limiter: RateLimiter): Promise<void> => {
  const wait = limiter.take(req.socket.remoteAddress ?? 'tidak-dikenal');
  if (wait > 0) throw tooManyAttempts(wait);
  if (!share) throw new AppError('not_found', { reason: 'share.unavailable' });
  const raw = await readJsonBody(req, JOIN_MAX_BODY_BYTES);
  if (method === 'share.lookup') {
    const parsed = CONTRACT['share.lookup'].input.safeParse(raw);
    if (!parsed.success) throw appErrorFromZod(parsed.error);
    sendJson(res, 200, await share.lookup(parsed.data.code));
    return;
  }
  const parsed = CONTRACT['share.join'].input.safeParse(raw);
  if (!parsed.success) throw appErrorFromZod(parsed.error);
  sendJson(res, 200, await share.join(parsed.data));
};
