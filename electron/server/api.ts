import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../shared/commands';
import { EXPORT_MAX_BODY_BYTES, dispatch, isMethodName, type Handlers, type MethodName, type MethodOutput } from '../../shared/contract';
import type { ShareService } from '../services/share';
import type { AnswerCache } from './answer-cache';
import { readJsonBody } from './body';
import { SIGN_IN_REQUIRED, unauthorized, type Caller } from './caller';
import { handleCodeCall } from './join';
import { describeContract } from './listing';
import { callAsParticipant } from './participant-api';
import type { RateLimiter } from './rate-limit';
import { methodNotAllowed } from './refusal';
import { varyOnAcceptEncoding } from './encoding';
import { sendJson, sendJsonPayload } from './respond';
import { contentTag, matchesIfNoneMatch, openedWorkshopTag, sendNotModified } from './revalidate';

export const API_PREFIX = '/api';

export const isApiPath = (pathname: string): boolean => pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`);

/** Participants send small edits; their bodies are held to this. */
export const PARTICIPANT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The Word export carries the renderer's diagram pictures, so its body may be larger (still capped, see EXPORT_LIMITS). */
const facilitatorBodyLimit = (method: MethodName, maxBodyBytes: number): number =>
  method === 'export.docx' ? Math.max(maxBodyBytes, EXPORT_MAX_BODY_BYTES) : maxBodyBytes;

export interface ApiContext {
  handlers: Handlers;
  share: ShareService | undefined;
  maxBodyBytes: number;
  joinLimiter: RateLimiter;
  /** The facilitator's opened workshops, kept compressed by their tag. */
  answers: AnswerCache;
}

/**
 * `GET /api` lists the contract; `POST /api/<method>` runs one call.
 * The facilitator's input is validated by the same `dispatch` the IPC transport uses; a participant
 * reaches only an allow-list; without a token on the room's network only joining is possible.
 */
export const handleApi = async (req: IncomingMessage, res: ServerResponse, pathname: string, ctx: ApiContext, callerOf: () => Caller): Promise<void> => {
  const method = pathname.slice(API_PREFIX.length + 1);
  if (method === '') {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed('GET, HEAD');
    sendJson(res, 200, describeContract());
    return;
  }
  if (!isMethodName(method)) throw new AppError('not_found', { reason: 'api.unknownMethod', params: { method: method.slice(0, 100) } });
  if (req.method !== 'POST') throw methodNotAllowed('POST');
  if (method === 'share.join' || method === 'share.lookup') {
    await handleCodeCall(req, res, method, ctx.share, ctx.joinLimiter);
    return;
  }
  const caller = callerOf();
  if (caller.role === 'anonymous') throw unauthorized(SIGN_IN_REQUIRED);
  if (caller.role === 'participant') {
    const input = await readJsonBody(req, Math.min(ctx.maxBodyBytes, PARTICIPANT_MAX_BODY_BYTES));
    // A participant exists only while a share does, so `share` is there.
    const output = await callAsParticipant(ctx.handlers, ctx.share as ShareService, caller.participant, method, input);
    if (method !== 'workshop.open') {
      sendJson(res, 200, output);
      return;
    }
    // A participant's view is small and shaped by the share (their scope, the context shown): tagged by its content.
    const payload = JSON.stringify(output);
    const tag = contentTag(payload);
    await sendTagged(req, res, tag, () => sendJsonPayload(res, 200, payload, revalidateHeaders(tag)));
    return;
  }
  const input = await readJsonBody(req, facilitatorBodyLimit(method, ctx.maxBodyBytes));
  const output = await dispatch(ctx.handlers, method, input);
  if (method !== 'workshop.open') {
    sendJson(res, 200, output);
    return;
  }
  // The facilitator's workshop is tagged by id and revision: a copy the renderer kept is confirmed with a 304, unserialised;
  // else the answer compressed once for that tag is sent (a reload, a second tab), serialised only when it is not kept.
  const tag = openedWorkshopTag(output as MethodOutput<'workshop.open'>, 'facilitator');
  await sendTagged(req, res, tag, () => ctx.answers.send(req, res, tag, () => JSON.stringify(output), revalidateHeaders(tag)));
};

/** Kept by the client, but asked about every time (`If-None-Match`). */
const revalidateHeaders = (tag: string): Record<string, string> => ({ 'Cache-Control': 'private, no-cache', ETag: tag });

/**
 * `workshop.open` is a POST, so no cache between keeps it; the renderer keeps the last answer per
 * workshop with its ETag and sends `If-None-Match` (renderer/src/api/http-api.ts). The same
 * answer is a 304 without a body.
 */
const sendTagged = async (req: IncomingMessage, res: ServerResponse, tag: string, sendFull: () => void | Promise<void>): Promise<void> => {
  if (!matchesIfNoneMatch(req, tag)) {
    await sendFull();
    return;
  }
  varyOnAcceptEncoding(res);
  sendNotModified(res, revalidateHeaders(tag));
};
