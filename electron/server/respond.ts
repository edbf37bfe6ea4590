import type { ServerResponse } from 'node:http';
import { AppError, type AppErrorData } from '../../shared/commands';
import { StaleItemError } from '../services/share/stale-item';
import { HttpRefusal } from './refusal';
import { httpStatusFor } from './status';

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
  const payload = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(payload));
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  res.end(payload);
};

/** Sends `{ error: { code, message, field? } }` with an explicit status (used for transport-level refusals). */
export const sendErrorStatus = (res: ServerResponse, status: number, error: AppErrorData, extraHeaders: Record<string, string> = {}): void => {
  sendJson(res, status, { error }, extraHeaders);
};

/** Sends an error thrown by the contract or the services; anything unexpected becomes a generic 500. */
export const sendError = (res: ServerResponse, error: unknown, log: (error: unknown) => void): void => {
  if (error instanceof HttpRefusal) {
    sendErrorStatus(res, error.status, error.error, error.headers);
    return;
  }
  if (error instanceof StaleItemError) {
    // A participant's stale edit: the stored version of the item comes along, to merge into.
    sendJson(res, 409, { error: error.toJSON(), current: error.current });
    return;
  }
  if (error instanceof AppError) {
    sendErrorStatus(res, httpStatusFor(error.code), error.toJSON());
    return;
  }
  log(error);
  sendErrorStatus(res, 500, new AppError('internal', { reason: 'internal.http' }).toJSON());
};
