/**
 * The page the address bar names. Citizens land on /report and /track/:code from a QR code or
 * an SMS link, so every view has a real path (the server answers any path with index.html).
 */
export type Route =
  | { name: 'live' }
  | { name: 'report' }
  | { name: 'track'; code: string | null }
  | { name: 'public' }
  | { name: 'notFound' };

/** `/track/K3F9Q-7ZP2M` → `{ name: 'track', code: 'K3F9Q-7ZP2M' }`; trailing slashes do not matter. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((p) => p.length > 0);
  const [first, second, ...rest] = parts;
  if (first === undefined) return { name: 'live' };
  if (rest.length > 0) return { name: 'notFound' };
  if (first === 'report' && second === undefined) return { name: 'report' };
  if (first === 'public' && second === undefined) return { name: 'public' };
  if (first === 'track') return { name: 'track', code: second ? safeDecode(second) : null };
  return { name: 'notFound' };
}

/** The path of a route, the inverse of {@link parseRoute}. */
export function routePath(route: Route): string {
  switch (route.name) {
    case 'live':
    case 'notFound':
      return '/';
    case 'report':
      return '/report';
    case 'public':
      return '/public';
    case 'track':
      return route.code ? `/track/${encodeURIComponent(route.code)}` : '/track';
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
