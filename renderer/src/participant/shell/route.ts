import { useEffect, useState } from 'react';

/** Where the participant is: `#/<screen>` or `#/<screen>/<item id>` (e.g. `#/program/prg-12`). */
export interface ParticipantRoute {
  screen: string;
  item: string | null;
}

export const parseParticipantRoute = (hash: string): ParticipantRoute => {
  const [screen = '', item] = hash.replace(/^#\/?/, '').split('/');
  return { screen: decodeURIComponent(screen), item: item ? decodeURIComponent(item) : null };
};

export const participantHref = (screen: string, item: string | null = null): string =>
  `#/${encodeURIComponent(screen)}${item ? `/${encodeURIComponent(item)}` : ''}`;

export const goTo = (screen: string, item: string | null = null): void => {
  window.location.hash = participantHref(screen, item);
};

export const useParticipantRoute = (): ParticipantRoute => {
  const [route, setRoute] = useState(() => parseParticipantRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseParticipantRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
};
