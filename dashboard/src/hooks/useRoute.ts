import { useCallback, useEffect, useState } from 'react';
import { parseRoute, type Route } from '../state/route.js';

export interface Location {
  route: Route;
  /** The query string without `?`; the live view keeps its filters and camera there. */
  search: string;
}

function current(): Location {
  return { route: parseRoute(window.location.pathname), search: window.location.search.replace(/^\?/, '') };
}

/**
 * The History API as a tiny router: `navigate` pushes a new entry (or replaces the current one),
 * and back/forward comes back through popstate.
 */
export function useRoute(): [Location, (path: string, opts?: { replace?: boolean }) => void] {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const onPop = () => setLocation(current());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((path: string, opts: { replace?: boolean } = {}) => {
    if (path === `${window.location.pathname}${window.location.search}`) return;
    if (opts.replace) window.history.replaceState(null, '', path);
    else window.history.pushState(null, '', path);
    setLocation(current());
  }, []);
  return [location, navigate];
}
