import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { CurrentUser, LoginInput, SignedIn, User, UserCreateInput, UserList } from '../contracts/auth.js';
import { BAD_BODY, failure, json, jsonBody, NO_CONTENT, route, routes } from '../http/route.js';
import type { AuthEnv } from './actor.js';
import type { AuthService } from './auth.service.js';
import { actionsOf } from './policy.js';
import { SESSION_COOKIE, sessionToken } from './session.middleware.js';

/** The client's address for the sign-in limiter; tests through app.request() have none. */
function clientAddress(c: Context<AuthEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const SIGN_IN_ERRORS = {
  400: BAD_BODY,
  401: failure('Wrong username or password (`invalid_credentials`)'),
  429: failure('Too many failed attempts for this username or address (`too_many_attempts`); wait and retry'),
};
const credentials = jsonBody(LoginInput, 'Username and password');

const login = route({
  method: 'post',
  path: '/login',
  tags: ['auth'],
  summary: 'Sign in for the dashboard: sets the httpOnly session cookie',
  request: { body: credentials },
  responses: {
    200: {
      ...json(SignedIn, 'Signed in; the session travels in the cookie, not in the body'),
      headers: {
        'Set-Cookie': {
          description: '`mt_session=<token>; HttpOnly; SameSite=Lax; Path=/` (Secure over HTTPS)',
          schema: { type: 'string' },
        },
      },
    },
    ...SIGN_IN_ERRORS,
  },
});

const token = route({
  method: 'post',
  path: '/token',
  tags: ['auth'],
  summary: 'Sign in for a field phone: returns a bearer token',
  request: { body: credentials },
  responses: { 200: json(SignedIn, 'Signed in; send `Authorization: Bearer <token>` from now on'), ...SIGN_IN_ERRORS },
});

const logout = route({
  method: 'post',
  path: '/logout',
  tags: ['auth'],
  summary: 'End the session (cookie or bearer token) and clear the cookie',
  access: 'optional',
  responses: { 204: NO_CONTENT },
});

const me = route({
  method: 'get',
  path: '/me',
  tags: ['auth'],
  summary: 'Who is signed in',
  access: 'optional',
  responses: { 200: json(CurrentUser, 'The user, or `{ user: null }` for nobody') },
});

/** Sign-in for the dashboard (httpOnly cookie) and for field phones (bearer token). */
export function authRoutes(auth: AuthService) {
  return routes()
    .openapi(login, async (c) => {
      const { token: session, ...signedIn } = await auth.login(c.req.valid('json'), 'cookie', clientAddress(c));
      setCookie(c, SESSION_COOKIE, session, {
        httpOnly: true,
        secure: new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https',
        sameSite: 'Lax',
        path: '/',
        expires: new Date(signedIn.expiresAt),
      });
      return c.json(signedIn, 200);
    })
    .openapi(token, async (c) => c.json(await auth.login(c.req.valid('json'), 'bearer', clientAddress(c)), 200))
    .openapi(logout, async (c) => {
      await auth.logout(sessionToken(c).token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(me, (c) => {
      const actor = c.get('actor');
      if (actor.kind !== 'user') return c.json({ user: null, actions: [] }, 200);
      const { kind: _kind, ...user } = actor;
      return c.json({ user, actions: actionsOf(actor) }, 200);
    });
}

const USERS = { actions: ['users.manage'] } as const;

const listUsers = route({
  method: 'get',
  path: '/users',
  tags: ['admin'],
  summary: 'Every account',
  access: USERS,
  responses: { 200: json(UserList, 'Accounts (never a password hash)') },
});

const createUser = route({
  method: 'post',
  path: '/users',
  tags: ['admin'],
  summary: 'Create an account',
  access: USERS,
  request: { body: jsonBody(UserCreateInput, 'The new account') },
  responses: {
    201: json(User, 'Created'),
    400: failure('Not JSON, invalid, or an unknown unitCode / teamId (`unknown_unit_or_team`)'),
    409: failure('The username is taken (`username_taken`)'),
  },
});

/** Accounts, for admins (under /api/admin). */
export function usersRoutes(auth: AuthService) {
  return routes()
    .openapi(listUsers, async (c) => c.json({ items: await auth.listUsers() }, 200))
    .openapi(createUser, async (c) => c.json(await auth.createUser(c.req.valid('json')), 201));
}
