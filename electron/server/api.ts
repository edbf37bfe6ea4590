import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../shared/commands';
import { dispatch, isMethodName, type Handlers } from '../../shared/contract';
import { readJsonBody } from './body';
import { describeContract } from './listing';
import { methodNotAllowed } from './refusal';
import { sendJson } from './respond';

export const API_PREFIX = '/api';

export const isApiPath = (pathname: string): boolean => pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`);

/**
 * `GET /api` lists the contract; `POST /api/<method>` runs one call.
 * The input is validated by the same `dispatch` the IPC transport uses.
 */
export const handleApi = async (req: IncomingMessage, res: ServerResponse, pathname: string, handlers: Handlers, maxBodyBytes: number): Promise<void> => {
  const method = pathname.slice(API_PREFIX.length + 1);
  if (method === '') {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed('GET, HEAD');
    sendJson(res, 200, describeContract());
    return;
  }
  if (!isMethodName(method)) throw new AppError('not_found', `Metode tidak dikenal: ${method.slice(0, 100)}`);
  if (req.method !== 'POST') throw methodNotAllowed('POST');
  const input = await readJsonBody(req, maxBodyBytes);
  const output = await dispatch(handlers, method, input);
  sendJson(res, 200, output);
};
