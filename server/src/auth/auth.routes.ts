import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { LoginInput, UserCreateInput } from '../contracts/auth.js';
import { jsonBodyOr400, parseOr400 } from '../http/errors.js';
import type { AuthEnv } from './actor.js';
import type { AuthService } from './auth.service.js';
import { actionsOf, authorize } from './policy.js';
import { SESSION_COOKIE, sessionToken } from './session.middleware.js';

/** The client's address for the sign-in limiter; tests through app.request() have none. */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Sign-in for the dashboard (httpOnly cookie) and for field phones (bearer token). */
export function authRoutes(auth: AuthService) {
  return new Hono<AuthEnv>()
    .post('/login', async (c) => {
      const input = parseOr400(LoginInput, await jsonBodyOr400(c), 'sign-in');
      const { token, ...signedIn } = await auth.login(input, 'cookie', clientAddress(c));
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        secure: new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https',
        sameSite: 'Lax',
        path: '/',
        expires: new Date(signedIn.expiresAt),
      });
      return c.json(signedIn);
    })
    .post('/token', async (c) => {
      const input = parseOr400(LoginInput, await jsonBodyOr400(c), 'sign-in');
      return c.json(await auth.login(input, 'bearer', clientAddress(c)));
    })
    .post('/logout', async (c) => {
      await auth.logout(sessionToken(c).token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .get('/me', (c) => {
      const actor = c.get('actor');
      if (actor.kind !== 'user') return c.json({ user: null, actions: [] });
      const { kind: _kind, ...user } = actor;
      return c.json({ user, actions: actionsOf(actor) });
    });
}

/** Accounts, for admins. */
export function usersRoutes(auth: AuthService) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      authorize(c.get('actor'), 'users.manage');
      return c.json({ items: await auth.listUsers() });
    })
    .post('/', async (c) => {
      authorize(c.get('actor'), 'users.manage');
      const input = parseOr400(UserCreateInput, await jsonBodyOr400(c), 'user');
      return c.json(await auth.createUser(input), 201);
    });
}
