import type { IncomingMessage, ServerResponse } from 'node:http';
import { acceptedCodings, COMPRESS_MIN_BYTES, compressWhole, varyOnAcceptEncoding, type ContentCoding } from './encoding';
import { sendJsonPayload } from './respond';

/** How many compressed answers are kept (one per workshop revision and coding; each a few hundred KB at most). */
export const KEPT_ANSWERS = 4;

/**
 * Compressed answers kept by their entity tag: the same tag is the same answer (revalidate.ts), so a
 * page reloaded, a second tab or another device opening the same revision of a workshop gets bytes
 * compressed once instead of serialising and compressing megabytes of JSON again on every request.
 */
export const createAnswerCache = (kept = KEPT_ANSWERS) => {
  const answers = new Map<string, Promise<Buffer>>();
  return {
    /**
     * Sends `payload()` (serialised only when not kept) with status 200 and `headers`, compressed in
     * the best coding the request accepts; without one, for HEAD or under 1 KB as `sendJsonPayload` sends it, uncached.
     */
    send(req: IncomingMessage, res: ServerResponse, tag: string, payload: () => string, headers: Record<string, string>): Promise<void> {
      const coding: ContentCoding | undefined = acceptedCodings(req.headers['accept-encoding'])[0];
      if (!coding || req.method === 'HEAD') {
        sendJsonPayload(res, 200, payload(), headers);
        return Promise.resolve();
      }
      const key = `${coding} ${tag}`;
      let answer = answers.get(key);
      if (answer) {
        // Most recently used last, so the oldest goes first.
        answers.delete(key);
      } else {
        const text = payload();
        if (Buffer.byteLength(text) < COMPRESS_MIN_BYTES) {
          sendJsonPayload(res, 200, text, headers);
          return Promise.resolve();
        }
        answer = compressWhole(coding, text);
        // A failed compression is not kept: the next request tries again.
        answer.catch(() => answers.delete(key));
      }
      answers.set(key, answer);
      for (const oldest of answers.keys()) if (answers.size > kept) answers.delete(oldest);
      return answer.then((body) => {
        res.statusCode = 200;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        varyOnAcceptEncoding(res);
        res.setHeader('Content-Encoding', coding);
        res.setHeader('Content-Length', body.length);
        res.end(body);
      });
    },
  };
};
export type AnswerCache = ReturnType<typeof createAnswerCache>;
