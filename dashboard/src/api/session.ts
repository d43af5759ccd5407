import type { CurrentUser, SignedIn } from '@matthan/server/contracts';
import type { Lang } from '../i18n/messages.js';
import { request } from './client.js';

/** Who the session cookie belongs to, and what they may do. */
export const fetchMe = (signal?: AbortSignal) => request<CurrentUser>('/api/auth/me', { signal });

/** Signs in with the dashboard's httpOnly cookie; the reply carries the user, never the token. */
export function signIn(username: string, password: string, lang?: Lang): Promise<SignedIn> {
  return request(
    '/api/auth/login',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) },
    lang,
  );
}

export const signOut = () => request<void>('/api/auth/logout', { method: 'POST' });
