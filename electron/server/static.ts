import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../shared/commands';
import { contentTypeFor } from './content-types';
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

const outsideRoot = (): AppError => new AppError('forbidden', { reason: 'http.outsideRoot' });

/** The regular file at `candidate`, if there is one, after following links (which must stay inside the root too). */
const regularFile = async (realRoot: string, candidate: string): Promise<{ file: string; size: number } | undefined> => {
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    return undefined;
  }
  if (!isInside(realRoot, real)) throw outsideRoot();
  const info = await stat(real);
  if (info.isFile()) return { file: real, size: info.size };
  if (info.isDirectory()) return regularFile(realRoot, path.join(real, 'index.html'));
  return undefined;
};

/**
 * Finds the file a URL path names inside `root`. A path that would leave the root is refused (403);
 * an unknown path without a file extension falls back to `index.html` (the single-page app's own routes).
 */
export const resolveStaticFile = async (root: string, pathname: string): Promise<{ file: string; size: number } | undefined> => {
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
  const found = await regularFile(realRoot, candidate);
  if (found || path.extname(decoded) !== '') return found;
  return regularFile(realRoot, path.join(realRoot, 'index.html'));
};

const cacheControlFor = (file: string, pathname: string): string =>
  pathname.startsWith('/assets/') && !file.endsWith('.html') ? 'public, max-age=31536000, immutable' : 'no-cache';

/** Serves the built renderer (GET/HEAD only). */
export const serveStatic = async (req: IncomingMessage, res: ServerResponse, root: string | null, pathname: string): Promise<void> => {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed('GET, HEAD');
  const found = root === null ? undefined : await resolveStaticFile(root, pathname);
  if (!found) throw new AppError('not_found', { reason: 'http.fileNotFound' });
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(found.file));
  res.setHeader('Content-Length', found.size);
  res.setHeader('Cache-Control', cacheControlFor(found.file, pathname));
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(found.file), res);
};
