import type { Role, User } from '../contracts/auth.js';
import type { Db } from '../db/pool.js';
import { createAuthService } from '../auth/auth.service.js';
import { createLoginLimiter } from '../auth/login-limiter.js';

export interface SignedInUser {
  user: User;
  /** Headers that sign a request in as this user (a bearer session). */
  headers: Record<string, string>;
}

let n = 0;

/** Creates a user with the role (and unit/team) and opens a bearer session for it. */
export async function signIn(
  db: Db,
  role: Role,
  opts: { unitCode?: string | null; teamId?: string | null } = {},
): Promise<SignedInUser> {
  const auth = createAuthService(db, createLoginLimiter(), () => new Date());
  const user = await auth.createUser({
    username: `${role.replace('_', '-')}-${process.pid}-${++n}`,
    displayName: `Test ${role}`,
    role,
    unitCode: opts.unitCode ?? null,
    teamId: opts.teamId ?? null,
    password: 'correct horse battery staple',
  });
  const { token } = await auth.openSession(user.id, 'bearer');
  return { user, headers: { authorization: `Bearer ${token}` } };
}
