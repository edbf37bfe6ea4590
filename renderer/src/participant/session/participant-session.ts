import type { ShareParticipant } from '../../../../shared/contract';
import { isApiError, messageOf } from '../../api/api-error';

/** A participant's place in the shared workshop, kept for this browser tab only (sessionStorage, never the URL). */
export interface ParticipantSession {
  token: string;
  workshopId: string;
  participant: ShareParticipant;
}

const STORAGE_KEY = 'masterplan.peserta';

const isParticipantSession = (value: unknown): value is ParticipantSession => {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.token === 'string' && typeof record.workshopId === 'string' && typeof record.participant === 'object' && record.participant !== null;
};

export const loadParticipantSession = (): ParticipantSession | null => {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return isParticipantSession(value) ? value : null;
  } catch {
    return null;
  }
};

export const saveParticipantSession = (session: ParticipantSession): void => {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Private mode: the session lasts until the page is reloaded.
  }
};

export const clearParticipantSession = (): void => {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
};

const DEVICE_KEY = 'masterplan.perangkat';

/**
 * This phone's own key: 128 random bits made once and kept in localStorage (every tab and reload of
 * this browser shares it), sent with each join so the server gives a participant who taps Keluar
 * and joins again their own place back (same id, ballots, cards, drafts) instead of a second voter.
 * Not an identity: clearing the browser's data, a private tab or another browser makes a new device.
 * Without storage (blocked), a key for this page only.
 */
export const deviceKey = (): string => {
  try {
    const known = window.localStorage.getItem(DEVICE_KEY);
    if (known && /^[A-Za-z0-9_-]{22,64}$/.test(known)) return known;
  } catch {
    // storage blocked: a fresh key below
  }
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  const key = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  try {
    window.localStorage.setItem(DEVICE_KEY, key);
  } catch {
    // kept for this page only
  }
  return key;
};

/**
 * Who this browser is to the server it was loaded from: the facilitator (same computer), a
 * participant who joined in this tab, or a guest who must join with a code first (with the reason
 * when a stored place was refused: revoked, or the share ended).
 */
export type BrowserRole = { role: 'facilitator' } | { role: 'participant'; session: ParticipantSession } | { role: 'guest'; notice: string | null };

/**
 * The participants' app: the place this tab joined before, if the server still accepts it, else the
 * join screen (with the reason a stored place was refused). Unreachable server: thrown.
 */
export const resumeParticipant = async (origin: string): Promise<Exclude<BrowserRole, { role: 'facilitator' }>> => {
  const stored = loadParticipantSession();
  if (!stored) return { role: 'guest', notice: null };
  // Loaded only when there is a place to check (the join screen is painted without the Api's contract);
  // outside the try: a failed load is the network's failure, never a refused place to forget.
  const { createParticipantApi } = await import('./participant-api');
  let notice: string | null = null;
  try {
    const me = await createParticipantApi(origin, stored.token)['share.me']({});
    if (me.role === 'participant') return { role: 'participant', session: { token: stored.token, participant: me.participant, workshopId: me.workshopId } };
  } catch (error) {
    if (isApiError(error) && error.code === 'network') throw error;
    // Worded in the phone's language (error.message is the core's Indonesian, shown under an English screen).
    notice = isApiError(error) ? messageOf(error) : null;
  }
  clearParticipantSession();
  return { role: 'guest', notice };
};

export const detectBrowserRole = async (origin: string): Promise<BrowserRole> => {
  let notice: string | null = null;
  const stored = loadParticipantSession();
  if (stored) {
    const { createParticipantApi } = await import('./participant-api');
    try {
      const me = await createParticipantApi(origin, stored.token)['share.me']({});
      if (me.role === 'participant') return { role: 'participant', session: { token: stored.token, participant: me.participant, workshopId: me.workshopId } };
    } catch (error) {
      if (isApiError(error) && error.code === 'network') throw error;
      notice = isApiError(error) ? error.message : null;
    }
    clearParticipantSession();
  }
  const { createHttpApi } = await import('../../api/http-api');
  try {
    await createHttpApi(origin)['share.me']({});
  } catch (error) {
    if (isApiError(error) && error.code === 'forbidden') return { role: 'guest', notice };
    // Server unreachable or confused: the app itself says so, with its own "Coba lagi".
  }
  return { role: 'facilitator' };
};
