import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../http/errors.js';
import type { AuthEnv } from './actor.js';
import type { AuthService } from './auth.service.js';

export const SESSION_COOKIE = 'mt_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The bearer token of a field phone, or the web session's cookie. */
export function sessionToken(c: Context): { token: string | undefined; viaCookie: boolean } {
  const auth = c.req.header('authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) return { token: auth.slice(7).trim(), viaCookie: false };
  return { token: getCookie(c, SESSION_COOKIE), viaCookie: true };
}

/** The same, from raw request headers (a Socket.IO handshake): bearer first, then the cookie. */
export function tokenFromHeaders(headers: Record<string, string | string[] | undefined>): string | undefined {
  const auth = headers.authorization;
  if (typeof auth === 'string' && auth.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  const cookie = typeof headers.cookie === 'string' ? headers.cookie : '';
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Sets `actor` for every request. A cookie is sent by the browser on its own, so a state-changing
 * request signed in by cookie must come from our own pages (Origin = Host): that stops another
 * site from acting in a signed-in user's name (CSRF). Bearer tokens are never sent on their own.
 */
export function sessionMiddleware(auth: AuthService): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const { token, viaCookie } = sessionToken(c);
    if (token && viaCookie && UNSAFE.has(c.req.method) && !sameOrigin(c)) {
      throw new AppError(403, 'cross_site_request', {
        vi: 'Yêu cầu này không đến từ trang của Mắt Thần. Hãy thao tác trên trang của hệ thống.',
        en: 'This request did not come from a Mắt Thần page. Act from the product’s own pages.',
      });
    }
    c.set('actor', await auth.actorFor(token));
    await next();
  };
}

function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  const host = c.req.header('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
