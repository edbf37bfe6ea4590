import { createReadStream } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../shared/commands';
import { contentTypeFor } from './content-types';
import { acceptedCodings, varyOnAcceptEncoding, type ContentCoding } from './encoding';
import { methodNotAllowed } from './refusal';

const isInside = (root: string, candidate: string): boolean => {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

const decodePath = (pathname: string): string => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    throw new AppError('invalid_input', { reason: 'http.badPath', field: 'path' });
  }
  if (decoded.includes('\0')) throw new AppError('invalid_input', { reason: 'http.badPath', field: 'path' });
  return decoded;
};

/** The page a directory or an app route falls back to: the facilitator's app. */
export const DEFAULT_INDEX = 'index.html';
/** The participants' phone app (renderer/participant.html), at the root of the room-network listener. */
export const PARTICIPANT_INDEX = 'participant.html';

const outsideRoot = (): AppError => new AppError('forbidden', { reason: 'http.outsideRoot' });

/** The regular file at `candidate`, if there is one, after following links (which must stay inside the root too). */
export interface StaticFile {
  file: string;
  size: number;
  mtimeMs: number;
}

const regularFile = async (realRoot: string, candidate: string, indexFile: string): Promise<StaticFile | undefined> => {
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    return undefined;
  }
  if (!isInside(realRoot, real)) throw outsideRoot();
  const info = await stat(real);
  if (info.isFile()) return { file: real, size: info.size, mtimeMs: info.mtimeMs };
  if (info.isDirectory()) return regularFile(realRoot, path.join(real, indexFile), indexFile);
  return undefined;
};

/**
 * Finds the file a URL path names inside `root`. A path that would leave the root is refused (403);
 * an unknown path without a file extension falls back to `indexFile` (the single-page app's own routes):
 * `index.html` (the facilitator's app), or `participant.html` on the participants' listener.
 */
export const resolveStaticFile = async (root: string, pathname: string, indexFile = DEFAULT_INDEX): Promise<StaticFile | undefined> => {
  const decoded = decodePath(pathname);
  const absoluteRoot = path.resolve(root);
  const candidate = path.join(absoluteRoot, decoded);
  if (!isInside(absoluteRoot, candidate)) throw outsideRoot();
  let realRoot: string;
  try {
    realRoot = await realpath(absoluteRoot);
  } catch {
    return undefined;
  }
  const found = await regularFile(realRoot, candidate, indexFile);
  if (found || path.extname(decoded) !== '') return found;
  return regularFile(realRoot, path.join(realRoot, indexFile), indexFile);
};

/** Build output named with a content hash (`assets/index-B3xCs9gH.js`): never changes, so kept for a year. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** Hashed assets are immutable; everything else (index.html above all) is revalidated on every use. */
const cacheControlFor = (file: StaticFile, pathname: string): string =>
  HASHED_ASSET.test(pathname) && !file.file.endsWith('.html') ? 'public, max-age=31536000, immutable' : 'no-cache';

/** Weak validator from size and modification time, the same for every coding of the file. */
const etagOf = (file: StaticFile): string => `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;

const SUFFIX: Record<ContentCoding, string> = { br: '.br', gzip: '.gz' };

/**
 * The build's precompressed copy (`<file>.br`, `<file>.gz`, scripts/precompress.ts) for the best
 * coding the client accepts: a regular file (not a link), beside the original and not older than it.
 */
const precompressed = async (file: StaticFile, accepted: readonly ContentCoding[]): Promise<{ coding: ContentCoding; file: string; size: number } | undefined> => {
  for (const coding of accepted) {
    const variant = file.file + SUFFIX[coding];
    try {
      const info = await lstat(variant);
      if (info.isFile() && info.mtimeMs >= file.mtimeMs) return { coding, file: variant, size: info.size };
    } catch {
      // No such copy: try the next coding, or send the file as it is.
    }
  }
  return undefined;
};

/** Whether the client's copy is current: `If-None-Match` first, else `If-Modified-Since` (RFC 9110 §13.2.2). */
const isNotModified = (req: IncomingMessage, file: StaticFile, etag: string): boolean => {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const bare = (value: string): string => value.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(file.mtimeMs / 1000) * 1000 <= since;
};

/**
 * Serves the built renderer (GET/HEAD only): the precompressed copy the client accepts
 * (`Vary: Accept-Encoding`), hashed assets cached as immutable, `index.html` revalidated
 * (ETag/Last-Modified, 304 when unchanged).
 */
export const serveStatic = async (req: IncomingMessage, res: ServerResponse, root: string | null, pathname: string, indexFile = DEFAULT_INDEX): Promise<void> => {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed('GET, HEAD');
  const found = root === null ? undefined : await resolveStaticFile(root, pathname, indexFile);
  if (!found) throw new AppError('not_found', { reason: 'http.fileNotFound' });
  const etag = etagOf(found);
  res.setHeader('Cache-Control', cacheControlFor(found, pathname));
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', new Date(found.mtimeMs).toUTCString());
  varyOnAcceptEncoding(res);
  if (isNotModified(req, found, etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const variant = await precompressed(found, acceptedCodings(req.headers['accept-encoding']));
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(found.file));
  if (variant) res.setHeader('Content-Encoding', variant.coding);
  res.setHeader('Content-Length', variant?.size ?? found.size);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(variant?.file ?? found.file), res);
  } catch (error) {
    // The browser went away mid-file (a closed tab, a dropped phone): nothing to answer, nothing wrong here.
    if (res.destroyed || req.destroyed) return;
    throw error;
  }
};
