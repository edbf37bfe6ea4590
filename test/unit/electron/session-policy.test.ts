import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { applySessionPolicy } from '../../../electron/main/session-policy';

type HeadersListener = (details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void;
type RequestHandler = (contents: { getURL(): string } | null, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void;
type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean;

/** A session that remembers the handlers the policy installs. */
const fakeSession = () => {
  const installed: { headers?: HeadersListener; request?: RequestHandler; check?: CheckHandler } = {};
  const session = {
    webRequest: { onHeadersReceived: (listener: HeadersListener) => (installed.headers = listener) },
    setPermissionRequestHandler: (handler: RequestHandler) => (installed.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (installed.check = handler),
  };
  return { session: session as unknown as Session, installed };
};

const APP = 'app://masterplan';

describe('the session policy', () => {
  it('puts our CSP on every response, replacing any the response brought', () => {
    const { session, installed } = fakeSession();
    applySessionPolicy(session, APP, "default-src 'self'");
    let headers: Record<string, string[]> | undefined;
    installed.headers?.({ responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } }, (response) => (headers = response.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });

  it('refuses permission requests by default and from other pages', () => {
    const { session, installed } = fakeSession();
    applySessionPolicy(session, APP, '');
    const answers: boolean[] = [];
    const page = { getURL: () => `${APP}/index.html` };
    installed.request?.(page, 'media', (granted) => answers.push(granted), { requestingUrl: `${APP}/index.html` });
    installed.request?.(page, 'geolocation', (granted) => answers.push(granted), {});
    installed.request?.(page, 'fullscreen', (granted) => answers.push(granted), { requestingUrl: 'https://evil.example/' });
    installed.request?.(page, 'fullscreen', (granted) => answers.push(granted), { requestingUrl: `${APP}/index.html` });
    expect(answers).toEqual([false, false, false, true]);
  });

  it('answers permission checks the same way', () => {
    const { session, installed } = fakeSession();
    applySessionPolicy(session, APP, '');
    expect(installed.check?.(null, 'notifications', APP)).toBe(false);
    expect(installed.check?.(null, 'fullscreen', 'https://evil.example')).toBe(false);
    expect(installed.check?.(null, 'clipboard-sanitized-write', APP)).toBe(true);
  });
});
