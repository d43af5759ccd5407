import type { CurrentUser, User } from '@matthan/server/contracts';

/** The signed-in user as the dashboard sees it: nobody until /api/auth/me answers. */
export interface Session {
  /** False until the first answer, so a view does not flash "sign in" at a signed-in user. */
  known: boolean;
  user: User | null;
  actions: ReadonlySet<string>;
}

export const NOBODY: Session = { known: true, user: null, actions: new Set() };
export const UNKNOWN: Session = { known: false, user: null, actions: new Set() };

export function sessionFrom(me: CurrentUser): Session {
  return { known: true, user: me.user, actions: new Set(me.actions) };
}

/** Whether the user may take an action somewhere (the server still checks each report's unit). */
export function may(session: Session, action: string): boolean {
  return session.actions.has(action);
}

/** The pages of the header, and which action opens each one to a user. */
export const PAGES = [
  { name: 'live', path: '/', needs: null },
  { name: 'planning', path: '/planning', needs: 'stats.read' },
  { name: 'units', path: '/units', needs: 'stats.read' },
  { name: 'report', path: '/report', needs: null },
  { name: 'track', path: '/track', needs: null },
  { name: 'public', path: '/public', needs: null },
] as const;
export type PageName = (typeof PAGES)[number]['name'];

/** The header's pages for this session: staff pages only for those who may open them. */
export function visiblePages(session: Session): readonly (typeof PAGES)[number][] {
  return PAGES.filter((p) => p.needs === null || may(session, p.needs));
}

/** The page to return to after signing in, from `?next=`: only a path of this site, never another origin. */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/')) return '/';
  // Parsed as the browser would (it drops tabs and newlines: "/\t/evil.example" is "//evil.example").
  const base = 'http://this.site';
  try {
    const url = new URL(next, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
