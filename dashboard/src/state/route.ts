/**
 * The page the address bar names. Citizens land on /report and /track/:code from a QR code or
 * an SMS link, so every view has a real path (the server answers any path with index.html).
 */
export type Route =
  | { name: 'live' }
  | { name: 'report' }
  | { name: 'track'; code: string | null }
  | { name: 'public' }
  | { name: 'units' }
  | { name: 'planning' }
  | { name: 'signin' }
  | { name: 'notFound' };

type SimpleName = 'report' | 'public' | 'units' | 'planning' | 'signin';
const SIMPLE: ReadonlySet<string> = new Set<SimpleName>(['report', 'public', 'units', 'planning', 'signin']);

/** `/track/K3F9Q-7ZP2M` → `{ name: 'track', code: 'K3F9Q-7ZP2M' }`; trailing slashes do not matter. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((p) => p.length > 0);
  const [first, second, ...rest] = parts;
  if (first === undefined) return { name: 'live' };
  if (rest.length > 0) return { name: 'notFound' };
  if (second === undefined && SIMPLE.has(first)) return { name: first as SimpleName };
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
    case 'public':
    case 'units':
    case 'planning':
    case 'signin':
      return `/${route.name}`;
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
