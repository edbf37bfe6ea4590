import { createReadStream } from 'node:fs';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../shared/commands';
import { contentTypeFor } from './content-types';
import { acceptedCodings, varyOnAcceptEncoding, type ContentCoding } from './encoding';
import { methodNotAllowed } from './refusal';

const isMissingFile = (error: unknown): boolean => typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'ENOENT';

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
const precompressed = async (file: StaticFile, accepted: readonly ContentCoding[]): Promise<{ coding: ContentCoding; file: string; size: number; mtimeMs: number } | undefined> => {
  for (const coding of accepted) {
    const variant = file.file + SUFFIX[coding];
    try {
      const info = await lstat(variant);
      if (info.isFile() && info.mtimeMs >= file.mtimeMs) return { coding, file: variant, size: info.size, mtimeMs: info.mtimeMs };
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

/*
 * Files in memory: during a room's join storm eighty phones ask for the same few files at once, and
 * reading each from disk per request queues behind the log's fsyncs in libuv's small thread pool.
 * The bytes of a file (each coding's copy) are kept in memory, keyed by the file's path, size and
 * modification time, so a rebuilt file is read again. A hashed asset's name never changes content,
 * so its whole lookup (path resolution, precompressed copy) is kept too and it is then served with
 * no file-system call at all; other files (index.html) are still looked up (stat) on every request.
 * Bounded: files above MAX_CACHED_FILE_BYTES are streamed from disk as before, and the oldest
 * entries go once the total passes MAX_CACHED_BYTES.
 */
export const MAX_CACHED_FILE_BYTES = 4 * 1024 * 1024;
export const MAX_CACHED_BYTES = 64 * 1024 * 1024;

interface Variant {
  coding: ContentCoding;
  file: string;
  size: number;
  mtimeMs: number;
}

/** How a URL path of a hashed asset was resolved, and the precompressed copy chosen for each list of accepted codings. */
interface KnownAsset {
  found: StaticFile;
  variants: Map<string, Variant | null>;
}

class StaticMemory {
  private readonly bytes = new Map<string, Buffer>();
  private readonly reading = new Map<string, Promise<Buffer | null>>();
  private total = 0;
  readonly assets = new Map<string, KnownAsset>();

  /** The file's bytes from memory, reading them once; null for a file too large to keep (stream it). */
  async read(file: string, size: number, mtimeMs: number): Promise<Buffer | null> {
    if (size > MAX_CACHED_FILE_BYTES) return null;
    const key = `${file}\0${size}\0${mtimeMs}`;
    const kept = this.bytes.get(key);
    if (kept) return kept;
    const inFlight = this.reading.get(key);
    if (inFlight) return inFlight;
    const read = readFile(file)
      .then((data) => {
        // Changed between the stat and the read: serve it from disk this time, keep nothing.
        if (data.length !== size) return null;
        this.keep(key, data);
        return data;
      })
      .finally(() => this.reading.delete(key));
    this.reading.set(key, read);
    return read;
  }

  private keep(key: string, data: Buffer): void {
    this.bytes.set(key, data);
    this.total += data.length;
    for (const [oldKey, old] of this.bytes) {
      if (this.total <= MAX_CACHED_BYTES) break;
      this.bytes.delete(oldKey);
      this.total -= old.length;
    }
  }

  /** Forgets what was kept about a file that could not be read (removed by a rebuild). */
  forget(assetKey: string): void {
    this.assets.delete(assetKey);
  }

  get cachedBytes(): number {
    return this.total;
  }
}

const memory = new StaticMemory();

/** Bytes of static files held in memory now (for tests and the bench). */
export const staticBytesInMemory = (): number => memory.cachedBytes;

/** Resolves a path, from memory for a hashed asset already found (its content never changes under its name). */
const resolveKnown = async (root: string, pathname: string, indexFile: string): Promise<{ found: StaticFile; asset: KnownAsset | null; key: string } | undefined> => {
  const key = `${root}\0${indexFile}\0${pathname}`;
  const hashed = HASHED_ASSET.test(pathname);
  const known = hashed ? memory.assets.get(key) : undefined;
  if (known) return { found: known.found, asset: known, key };
  const found = await resolveStaticFile(root, pathname, indexFile);
  if (!found) return undefined;
  let asset: KnownAsset | null = null;
  if (hashed && !found.file.endsWith('.html')) {
    asset = { found, variants: new Map() };
    // Bounded like the bytes: a client making up hashed-looking names cannot grow this without end.
    if (memory.assets.size >= 4096) memory.assets.clear();
    memory.assets.set(key, asset);
  }
  return { found, asset, key };
};

const variantFor = async (found: StaticFile, asset: KnownAsset | null, accepted: readonly ContentCoding[]): Promise<Variant | undefined> => {
  const acceptedKey = accepted.join(',');
  if (asset?.variants.has(acceptedKey)) return asset.variants.get(acceptedKey) ?? undefined;
  const variant = await precompressed(found, accepted);
  asset?.variants.set(acceptedKey, variant ?? null);
  return variant;
};

/**
 * Serves the built renderer (GET/HEAD only): the precompressed copy the client accepts
 * (`Vary: Accept-Encoding`), hashed assets cached as immutable, `index.html` revalidated
 * (ETag/Last-Modified, 304 when unchanged). Bytes come from memory (StaticMemory above).
 */
export const serveStatic = async (req: IncomingMessage, res: ServerResponse, root: string | null, pathname: string, indexFile = DEFAULT_INDEX): Promise<void> => {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed('GET, HEAD');
  const resolved = root === null ? undefined : await resolveKnown(root, pathname, indexFile);
  if (!resolved) throw new AppError('not_found', { reason: 'http.fileNotFound' });
  const { found, asset } = resolved;
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
  const variant = await variantFor(found, asset, acceptedCodings(req.headers['accept-encoding']));
  const source = variant ?? found;
  let data: Buffer | null;
  try {
    data = req.method === 'HEAD' ? null : await memory.read(source.file, source.size, source.mtimeMs);
  } catch (error) {
    // Gone since it was found (a rebuild removed it): look it up afresh next time.
    memory.forget(resolved.key);
    if (isMissingFile(error)) throw new AppError('not_found', { reason: 'http.fileNotFound' });
    throw error;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(found.file));
  if (variant) res.setHeader('Content-Encoding', variant.coding);
  res.setHeader('Content-Length', source.size);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (data) {
    res.end(data);
    return;
  }
  try {
    await pipeline(createReadStream(source.file), res);
  } catch (error) {
    // The browser went away mid-file (a closed tab, a dropped phone): nothing to answer, nothing wrong here.
    if (res.destroyed || req.destroyed) return;
    throw error;
  }
};
