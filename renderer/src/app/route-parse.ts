/*
 * The route as the URL names it, without React: the entry (main.tsx) reads it before React or the app
 * has been fetched, so this module imports nothing. route.ts re-exports it with the hook.
 */

/** Where the user is. Kept in the URL hash so a reload (or a browser on the LAN) lands in the same place. */
export type Route =
  | { screen: 'home' }
  | { screen: 'workshop'; workshopId: string; worksheet: string | null }
  /** Presentasi: the read-only stage views for the projector (features/stage). */
  | { screen: 'stage'; workshopId: string; view: string | null };

/** The path segment after the workshop id that opens the stage: #/lokakarya/<id>/panggung/<view>. */
export const STAGE_SEGMENT = 'panggung';

export const parseRoute = (hash: string): Route => {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'lokakarya' && parts[1] && parts[2] === STAGE_SEGMENT) return { screen: 'stage', workshopId: parts[1], view: parts[3] ?? null };
  if (parts[0] === 'lokakarya' && parts[1]) return { screen: 'workshop', workshopId: parts[1], worksheet: parts[2] ?? null };
  return { screen: 'home' };
};

export const hrefFor = (route: Route): string =>
  route.screen === 'home'
    ? '#/'
    : route.screen === 'stage'
      ? `#/lokakarya/${encodeURIComponent(route.workshopId)}/${STAGE_SEGMENT}${route.view ? `/${encodeURIComponent(route.view)}` : ''}`
      : `#/lokakarya/${encodeURIComponent(route.workshopId)}${route.worksheet ? `/${encodeURIComponent(route.worksheet)}` : ''}`;
