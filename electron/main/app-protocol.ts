import { readFile } from 'node:fs/promises';
import { extname, relative, resolve, sep, isAbsolute } from 'node:path';

/**
 * The built renderer is served from `app://masterplan/…` rather than `file://`: a real origin
 * for CSP `'self'` and for the exact-origin checks, and no way to reach files outside `out/renderer`.
 * This module is plain Node (global `Response`), so it is tested without Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'masterplan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file inside `rendererDir` that an `app://masterplan/…` URL names, or null when the URL is
 * not ours or would escape the folder. A path without an extension is a client-side route: index.html.
 */
export const resolveAppFile = (rendererDir: string, requestUrl: string): string | null => {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const wanted = pathname === '/' || extname(pathname) === '' ? '/index.html' : pathname;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${wanted}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
};

const notFound = (): Response => new Response('Tidak ditemukan', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** Answers one request for the app scheme: only GET/HEAD of files inside `rendererDir`. */
export const serveAppRequest = async (rendererDir: string, request: Pick<Request, 'url' | 'method'>, csp: string): Promise<Response> => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const file = resolveAppFile(rendererDir, request.url);
  if (!file) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return notFound();
  }
  const headers = {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
};
