import { describe, expect, it } from 'vitest';
import { SignedIn } from '../contracts/auth.js';
import { jsonPost, useTestApp } from '../testing/app.js';
import { signIn } from '../testing/auth.js';

const ctx = useTestApp();
const PASSWORD = 'correct horse battery staple';
const login = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  ctx.a.app.request(`/api/auth/${path}`, jsonPost(body, headers));

describe('sign-in: cookies for the dashboard, bearer tokens for field phones', () => {
  it('sets an httpOnly, SameSite cookie whose session identifies the user; logout ends it', async () => {
    const { user } = await signIn(ctx.t.db, 'operator');
    const res = await login('login', { username: user.username, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(SignedIn.parse(await res.json()).user).toEqual(user);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^mt_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const session = cookie.split(';')[0]!;
    const me = await ctx.a.app.request('/api/auth/me', { headers: { cookie: session } });
    const mine = (await me.json()) as { user: { id: string }; actions: string[] };
    expect(mine.user.id).toBe(user.id);
    expect(mine.actions).toContain('report.read_internal');
    const out = await ctx.a.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: session, origin: 'http://localhost', host: 'localhost' },
    });
    expect(out.status).toBe(204);
    const after = await ctx.a.app.request('/api/auth/me', { headers: { cookie: session } });
    expect(await after.json()).toEqual({ user: null, actions: [] });
  });

  it('never stores the token or the password in clear', async () => {
    const { user } = await signIn(ctx.t.db, 'dispatcher');
    const res = await login('token', { username: user.username, password: PASSWORD });
    const { token } = SignedIn.parse(await res.json());
    const { rows } = await ctx.t.db.query<{ token_hash: string; password_hash: string }>(
      'SELECT s.token_hash, u.password_hash FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.id = $1',
      [user.id],
    );
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]!.password_hash).not.toContain(PASSWORD);
  });

  it('gives a wrong password and an unknown user the same 401, and waits after repeated failures', async () => {
    const { user } = await signIn(ctx.t.db, 'planner');
    const wrong = await login('login', { username: user.username, password: 'nope' }, { 'accept-language': 'en' });
    const unknown = await login('login', { username: 'nobody-here', password: 'nope' }, { 'accept-language': 'en' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
    for (let i = 0; i < 4; i++) await login('login', { username: user.username, password: 'nope' });
    const limited = await login('login', { username: user.username, password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('too_many_attempts');
  });

  it('refuses a state-changing request signed in by cookie from another site (CSRF)', async () => {
    const { user } = await signIn(ctx.t.db, 'admin');
    const res = await login('login', { username: user.username, password: PASSWORD });
    const session = res.headers.get('set-cookie')!.split(';')[0]!;
    const body = {
      username: 'new-operator',
      displayName: 'Điều hành viên',
      role: 'operator',
      password: 'a long password',
    };
    const evil = await ctx.a.app.request(
      '/api/admin/users',
      jsonPost(body, { cookie: session, origin: 'https://evil.example', host: 'localhost' }),
    );
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as { error: { code: string } }).error.code).toBe('cross_site_request');
    const ours = await ctx.a.app.request(
      '/api/admin/users',
      jsonPost(body, { cookie: session, origin: 'http://localhost', host: 'localhost' }),
    );
    expect(ours.status).toBe(201);
    const again = await ctx.a.app.request(
      '/api/admin/users',
      jsonPost(body, { cookie: session, origin: 'http://localhost', host: 'localhost' }),
    );
    expect(again.status).toBe(409);
  });

  it('rejects bad sign-in bodies with 400 and an unknown unit for a new user with 400', async () => {
    expect((await login('login', { username: '' })).status).toBe(400);
    const bad = await ctx.a.app.request('/api/auth/login', {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    const admin = await signIn(ctx.t.db, 'admin');
    const res = await ctx.a.app.request(
      '/api/admin/users',
      jsonPost(
        { username: 'ward-x', displayName: 'X', role: 'unit_staff', unitCode: 'NOPE', password: 'a long password' },
        admin.headers,
      ),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unknown_unit_or_team');
  });
});
