import type { ServerResponse } from 'node:http';
import { AppError, type AppErrorData } from '../../shared/commands';
import type { Refusal } from '../../shared/contract';
import { EditConflictError } from '../services/store/conflicts';
import { endCompressed } from './encoding';
import { HttpRefusal } from './refusal';
import { httpStatusFor } from './status';
import { languageOfAccept, wordErrorWithField } from '../../shared/i18n/validation';

/** The app only ever loads its own files; nothing remote, no framing. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";


/** Headers every response carries, API or static. */
export const setSecurityHeaders = (res: ServerResponse): void => {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
};

export const sendJson = (res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void => {
  sendJsonPayload(res, status, JSON.stringify(body), extraHeaders);
};

/** `sendJson` for a body already serialised. */
export const sendJsonPayload = (res: ServerResponse, status: number, payload: string, extraHeaders: Record<string, string> = {}): void => {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  // Compressed (br or gzip, from 1 KB) when the request accepts it: an opened workshop is megabytes of JSON.
  endCompressed(res.req, res, payload);
};

/** Sends `{ error: { code, message, field? } }` with an explicit status (used for transport-level refusals). */
export const sendErrorStatus = (res: ServerResponse, status: number, error: AppErrorData, extraHeaders: Record<string, string> = {}): void => {
  sendJson(res, status, { error }, extraHeaders);
};

/**
 * An error body whose readable `message` is in the request's language (`Accept-Language`: Indonesian
 * unless English comes first); the reason, params and field stay data for clients that word it themselves.
 */
const inRequestLanguage = (res: ServerResponse, data: AppErrorData): AppErrorData => {
  const language = languageOfAccept(res.req?.headers['accept-language']);
  if (language === 'id' || data.reason === undefined) return data;
  return { ...data, message: wordErrorWithField(data.reason, data.params ?? {}, data.field, language, data.message) };
};

/** Sends an error thrown by the contract or the services; anything unexpected becomes a generic 500. */
export const sendError = (res: ServerResponse, error: unknown, log: (error: unknown) => void): void => {
  if (error instanceof HttpRefusal) {
    sendErrorStatus(res, error.status, error.error, error.headers);
    return;
  }
  if (error instanceof EditConflictError) {
    // An edit that met someone else's change (a participant's stale save too): the stored version comes along, with what was sent.
    const refusal: Refusal = { error: error.toJSON(), current: error.current };
    sendJson(res, 409, refusal);
    return;
  }
  if (error instanceof AppError) {
    sendErrorStatus(res, httpStatusFor(error.code), inRequestLanguage(res, error.toJSON()));
    return;
  }
  log(error);
  sendErrorStatus(res, 500, new AppError('internal', { reason: 'internal.http' }).toJSON());
};
