import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/pool.js';
import type { LoginInput, SignedIn, User, UserCreateInput } from '../contracts/auth.js';
import { AppError } from '../http/errors.js';
import { newId } from '../reports/ids.js';
import type { Actor } from './actor.js';
import * as repo from './auth.repository.js';
import type { LoginLimiter } from './login-limiter.js';
import { hashPassword, verifyPassword } from './passwords.js';

export type SessionKind = 'cookie' | 'bearer';
const LIFETIME_MS: Record<SessionKind, number> = { cookie: 12 * 3600_000, bearer: 30 * 24 * 3600_000 };

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(db: Db, limiter: LoginLimiter, clock: () => Date) {
  /** Signs in; a wrong name and a wrong password get the same answer, and repeated failures wait. */
  async function login(input: LoginInput, kind: SessionKind, client: string): Promise<SignedIn & { token: string }> {
    // Per account, and per client address with a looser bar (an office or a NAT shares one).
    const keys = [`u:${input.username.toLowerCase()}`, ...(client === 'unknown' ? [] : [`c:${client}`])];
    const now = clock();
    const wait = limiter.retryAfter(keys, now.getTime());
    if (wait > 0) {
      throw new AppError(429, 'too_many_attempts', {
        vi: `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${Math.ceil(wait / 60)} phút.`,
        en: `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minutes.`,
      });
    }
    const found = await repo.findUserForLogin(db, input.username.toLowerCase());
    if (!found || !(await verifyPassword(found.passwordHash, input.password))) {
      limiter.fail(keys, now.getTime());
      throw new AppError(401, 'invalid_credentials', {
        vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
        en: 'Wrong username or password.',
      });
    }
    limiter.succeed(keys);
    return { user: found.user, ...(await openSession(found.user.id, kind)) };
  }

  async function openSession(userId: string, kind: SessionKind): Promise<{ token: string; expiresAt: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(clock().getTime() + LIFETIME_MS[kind]);
    await repo.insertSession(db, { tokenHash: tokenHash(token), userId, kind, expiresAt });
    return { token, expiresAt: expiresAt.toISOString() };
  }

  /** The actor a session token stands for; anonymous for none, an unknown or an expired one. */
  async function actorFor(token: string | undefined): Promise<Actor> {
    if (!token || token.length > 200) return { kind: 'anonymous' };
    const user = await repo.findSessionUser(db, tokenHash(token), clock());
    return user ? { kind: 'user', ...user } : { kind: 'anonymous' };
  }

  async function logout(token: string | undefined): Promise<void> {
    if (token) await repo.deleteSession(db, tokenHash(token));
  }

  /** Creates an account (admins, seeds, tests). 409 when the username is taken. */
  async function createUser(input: UserCreateInput): Promise<User> {
    const user: User = {
      id: newId(clock().getTime()),
      username: input.username.toLowerCase(),
      displayName: input.displayName,
      role: input.role,
      unitCode: input.unitCode,
      teamId: input.teamId,
    };
    const inserted = await repo
      .insertUser(db, { ...user, passwordHash: await hashPassword(input.password) })
      .catch((err: { code?: string }) => {
        if (err.code === '23503') throw unknownUnitOrTeam();
        throw err;
      });
    if (!inserted) {
      throw new AppError(409, 'username_taken', {
        vi: `Tên đăng nhập "${input.username}" đã có. Hãy chọn tên khác.`,
        en: `The username "${input.username}" is taken. Choose another.`,
      });
    }
    return user;
  }

  return { login, openSession, actorFor, logout, createUser, listUsers: () => repo.listUsers(db) };
}

function unknownUnitOrTeam(): AppError {
  return new AppError(400, 'unknown_unit_or_team', {
    vi: 'Không có đơn vị hoặc đội với mã đã cho. Hãy kiểm tra unitCode và teamId.',
    en: 'No unit or team has the given code. Check unitCode and teamId.',
  });
}
