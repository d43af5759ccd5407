// Sign-in, accounts and API keys.
import { z } from 'zod';
import { ApiKeyCreateInput } from '../contracts/api-key.js';
import { LoginInput, UserCreateInput } from '../contracts/auth.js';
import { BAD_BODY, error, NO_CONTENT, type RouteDoc } from './route-doc.js';

const SIGN_IN_ERRORS = {
  400: BAD_BODY,
  401: error('Wrong username or password (`invalid_credentials`)'),
  429: error('Too many failed attempts for this username or address (`too_many_attempts`); wait and retry'),
};

export const ACCESS_ROUTES: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/auth/login',
    tag: 'auth',
    summary: 'Sign in for the dashboard: sets the httpOnly session cookie',
    body: { schema: LoginInput, contentTypes: ['application/json'], description: 'Username and password' },
    responses: {
      200: {
        description: 'Signed in; the session travels in the cookie, not in the body',
        schema: 'SignedIn',
        headers: { 'Set-Cookie': '`mt_session=<token>; HttpOnly; SameSite=Lax; Path=/` (Secure over HTTPS)' },
      },
      ...SIGN_IN_ERRORS,
    },
  },
  {
    method: 'post',
    path: '/api/auth/token',
    tag: 'auth',
    summary: 'Sign in for a field phone: returns a bearer token',
    body: { schema: LoginInput, contentTypes: ['application/json'], description: 'Username and password' },
    responses: {
      200: { description: 'Signed in; send `Authorization: Bearer <token>` from now on', schema: 'SignedIn' },
      ...SIGN_IN_ERRORS,
    },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    tag: 'auth',
    summary: 'End the session (cookie or bearer token) and clear the cookie',
    security: 'optional',
    responses: { 204: NO_CONTENT },
  },
  {
    method: 'get',
    path: '/api/auth/me',
    tag: 'auth',
    summary: 'Who is signed in',
    security: 'optional',
    responses: { 200: { description: 'The user, or `{ user: null }` for nobody', schema: 'CurrentUser' } },
  },
  {
    method: 'get',
    path: '/api/admin/users',
    tag: 'admin',
    summary: 'Every account',
    security: { actions: ['users.manage'] },
    responses: { 200: { description: 'Accounts (never a password hash)', schema: 'UserList' } },
  },
  {
    method: 'post',
    path: '/api/admin/users',
    tag: 'admin',
    summary: 'Create an account',
    security: { actions: ['users.manage'] },
    body: { schema: UserCreateInput, contentTypes: ['application/json'], description: 'The new account' },
    responses: {
      201: { description: 'Created', schema: 'User' },
      400: error('Not JSON, invalid, or an unknown unitCode / teamId (`unknown_unit_or_team`)'),
      409: error('The username is taken (`username_taken`)'),
    },
  },
  {
    method: 'get',
    path: '/api/admin/api-keys',
    tag: 'admin',
    summary: 'Every API key for Open311 clients (never the keys themselves)',
    security: { actions: ['apikeys.manage'] },
    responses: { 200: { description: 'Keys, newest first', schema: 'ApiKeyList' } },
  },
  {
    method: 'post',
    path: '/api/admin/api-keys',
    tag: 'admin',
    summary: 'Issue an API key',
    security: { actions: ['apikeys.manage'] },
    body: { schema: ApiKeyCreateInput, contentTypes: ['application/json'], description: 'Who the key is for' },
    responses: {
      201: { description: 'Issued: the only time the key is shown', schema: 'ApiKeyIssued' },
      400: BAD_BODY,
    },
  },
  {
    method: 'delete',
    path: '/api/admin/api-keys/{id}',
    tag: 'admin',
    summary: 'Revoke an API key',
    security: { actions: ['apikeys.manage'] },
    pathParams: { id: { schema: z.string().uuid(), description: 'API key id' } },
    responses: {
      200: { description: 'The key, now revoked', schema: 'ApiKey' },
      404: error('No such key (`api_key_not_found`)'),
    },
  },
];
