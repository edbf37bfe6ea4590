import type { IncomingMessage } from 'node:http';
import { AppError } from '../../shared/commands';
import { unsupportedMediaType } from './refusal';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

const MIB = 1024 * 1024;

const readableSize = (bytes: number): string => (bytes >= MIB ? `${Math.round((bytes / MIB) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`);

const tooLarge = (maxBytes: number): AppError => new AppError('too_large', { reason: 'http.bodyTooLarge', params: { limit: readableSize(maxBytes) } });

const hasBody = (req: IncomingMessage): boolean => {
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return req.headers['transfer-encoding'] !== undefined;
};

const isJsonMediaType = (contentType: string): boolean => {
  const mediaType = contentType.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
};

/** Only JSON is accepted, which also keeps out the "simple" cross-site form posts browsers allow. */
const checkContentType = (req: IncomingMessage): void => {
  const contentType = req.headers['content-type'];
  if (contentType === undefined ? hasBody(req) : !isJsonMediaType(contentType)) throw unsupportedMediaType();
};

/** Reads the body up to `maxBytes`; past the limit it stops reading (pauses) instead of buffering the rest. */
const readText = (req: IncomingMessage, maxBytes: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > maxBytes) {
        cleanup();
        req.pause();
        chunks.length = 0;
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const onAborted = (): void => onError(new Error('request aborted'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });

/**
 * Reads a request's JSON body. An empty body means `{}`.
 * Throws an `HttpRefusal` (415), `AppError('too_large')` (413) or `AppError('invalid_input')` (400).
 */
export const readJsonBody = async (req: IncomingMessage, maxBytes: number): Promise<unknown> => {
  checkContentType(req);
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const text = await readText(req, maxBytes);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('invalid_input', { reason: 'http.bodyNotJson', field: 'body' });
  }
};
