/**
 * URL checks for the shell. Pure: parsed with WHATWG `URL`, never matched as substrings,
 * so `https://localhost.evil.com` or `http://127.0.0.1@evil.com` cannot pass for the app.
 */

const parse = (raw: string): URL | null => {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
};

const hasCredentials = (url: URL): boolean => url.username !== '' || url.password !== '';

/** A link the OS browser may open: plain http(s) with a host and no user:password part. */
export const isSafeExternalUrl = (raw: string): boolean => {
  const url = parse(raw);
  if (!url) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.hostname !== '' && !hasCredentials(url);
};

/**
 * Whether `raw` belongs to the app itself (`appOrigin`, e.g. `app://masterplan` or the dev server).
 * Compares scheme, host and port exactly. `URL.origin` is not used because it is the string
 * "null" for custom schemes, which would make every custom-scheme URL look alike.
 */
export const isAppUrl = (raw: string, appOrigin: string): boolean => {
  const url = parse(raw);
  const app = parse(appOrigin);
  if (!url || !app || app.host === '') return false;
  if (hasCredentials(url)) return false;
  return url.protocol === app.protocol && url.host === app.host;
};
