import type { Session } from 'electron';
import { isPermissionAllowed } from './permissions';

/**
 * Session-wide rules: the CSP header on every response (pages served over the dev server
 * included; `app://` responses carry it too) and permissions denied unless allow-listed.
 */
export const applySessionPolicy = (session: Session, appOrigin: string, csp: string): void => {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents?.getURL() ?? '', appOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, appOrigin));
};
