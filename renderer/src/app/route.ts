import { useEffect, useState } from 'react';
import { hrefFor, parseRoute, type Route } from './route-parse';

export { hrefFor, parseRoute, STAGE_SEGMENT, type Route } from './route-parse';

export const navigate = (route: Route): void => {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.hash = href;
};

export const useRoute = (): Route => {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
};
