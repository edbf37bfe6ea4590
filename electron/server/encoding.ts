import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip, type BrotliCompress, type BrotliOptions, type Gzip, type ZlibOptions } from 'node:zlib';

/** The content codings this server sends, best first. */
export type ContentCoding = 'br' | 'gzip';

/** Bodies smaller than this go out as they are: compressing them saves less than it costs. */
export const COMPRESS_MIN_BYTES = 1024;

/**
 * The codings the client accepts, from its `Accept-Encoding` (RFC 9110 §12.5.3): a coding with
 * `q=0` is refused, `*` stands for any coding not named. Brotli is preferred where both are taken.
 */
export const acceptedCodings = (header: string | string[] | undefined): ContentCoding[] => {
  const raw = Array.isArray(header) ? header.join(',') : (header ?? '');
  const quality = new Map<string, number>();
  for (const part of raw.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param);
      if (match) q = Number(match[1]);
    }
    quality.set(name.trim(), Number.isFinite(q) ? q : 0);
  }
  const qualityOf = (coding: ContentCoding): number => quality.get(coding) ?? quality.get('*') ?? 0;
  return (['br', 'gzip'] as const).filter((coding) => qualityOf(coding) > 0);
};

/** Adds `Accept-Encoding` to the response's `Vary` (caches must keep one copy per coding). */
export const varyOnAcceptEncoding = (res: ServerResponse): void => {
  const current = res.getHeader('Vary');
  const values = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((v) => v.trim()).filter((v) => v !== '');
  if (!values.some((v) => v.toLowerCase() === 'accept-encoding')) values.push('Accept-Encoding');
  res.setHeader('Vary', values.join(', '));
};

/**
 * Streaming compressors for answers made per request (JSON): brotli at quality 5 and gzip at level 6
 * compress a 1.6 MB workshop in a few tens of milliseconds, a fraction of what it takes to send it
 * over a hotspot; the build's maximal settings are for static files, compressed once.
 */
const brotliFor = (size: number): BrotliOptions => ({
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 5,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
});
const GZIP: ZlibOptions = { level: 6 };
const compressorFor = (coding: ContentCoding, size: number): BrotliCompress | Gzip => (coding === 'br' ? createBrotliCompress(brotliFor(size)) : createGzip(GZIP));

const brotliWhole = promisify<string, BrotliOptions, Buffer>(brotliCompress);
const gzipWhole = promisify<string, ZlibOptions, Buffer>(gzip);
/** `payload` compressed as `endCompressed` would send it, in one piece (for answers kept compressed, see answer-cache.ts). */
export const compressWhole = (coding: ContentCoding, payload: string): Promise<Buffer> =>
  coding === 'br' ? brotliWhole(payload, brotliFor(Buffer.byteLength(payload))) : gzipWhole(payload, GZIP);

/**
 * Ends `res` with `payload`, compressed when the request accepts br or gzip and the payload is at
 * least 1 KB. Status and the other headers are set by the caller beforehand.
 */
export const endCompressed = (req: IncomingMessage | undefined, res: ServerResponse, payload: string): void => {
  const size = Buffer.byteLength(payload);
  varyOnAcceptEncoding(res);
  const coding = size >= COMPRESS_MIN_BYTES && req ? acceptedCodings(req.headers['accept-encoding'])[0] : undefined;
  if (!coding || req?.method === 'HEAD') {
    res.setHeader('Content-Length', size);
    res.end(req?.method === 'HEAD' ? undefined : payload);
    return;
  }
  res.removeHeader('Content-Length');
  res.setHeader('Content-Encoding', coding);
  const compressor = compressorFor(coding, size);
  compressor.on('error', () => res.destroy());
  compressor.pipe(res);
  compressor.end(payload);
};
