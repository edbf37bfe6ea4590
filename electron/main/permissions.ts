import { isAppUrl } from './trusted-url';

/**
 * The only browser permissions the app's own page gets: full screen (projector mode) and
 * writing to the clipboard (copy buttons). Everything else (camera, microphone, location,
 * notifications, MIDI, HID, ...) and every request from anywhere else is refused.
 */
const ALLOWED_FOR_APP = new Set(['fullscreen', 'clipboard-sanitized-write']);

export const isPermissionAllowed = (permission: string, requestingUrl: string, appOrigin: string): boolean =>
  ALLOWED_FOR_APP.has(permission) && isAppUrl(requestingUrl, appOrigin);
