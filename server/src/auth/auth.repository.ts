import type { Queryable } from '../db/pool.js';
import type { Role, User } from '../contracts/auth.js';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  unit_code: string | null;
  team_id: string | null;
}

const USER_COLUMNS = 'u.id, u.username, u.display_name, u.role, u.unit_code, u.team_id';

function toUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    unitCode: r.unit_code,
    teamId: r.team_id,
  };
}

/** The active user with this username and their password hash, for sign-in. */
export async function findUserForLogin(
  db: Queryable,
  username: string,
): Promise<{ user: User; passwordHash: string } | null> {
  const { rows } = await db.query<UserRow & { password_hash: string }>(
    `SELECT ${USER_COLUMNS}, u.password_hash FROM users u WHERE u.username = $1 AND u.active`,
    [username],
  );
  return rows[0] ? { user: toUser(rows[0]), passwordHash: rows[0].password_hash } : null;
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitCode: string | null;
  teamId: string | null;
  passwordHash: string;
}

/** Inserts a user; false when the username is taken. */
export async function insertUser(db: Queryable, u: NewUser): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO users (id, username, display_name, role, unit_code, team_id, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (username) DO NOTHING`,
    [u.id, u.username, u.displayName, u.role, u.unitCode, u.teamId, u.passwordHash],
  );
  return rowCount === 1;
}

export async function listUsers(db: Queryable): Promise<User[]> {
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.active ORDER BY u.username`);
  return rows.map(toUser);
}

/** Usernames, id → name, for the audit trail. */
export async function usersByIds(db: Queryable, ids: string[]): Promise<Map<string, User>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id, toUser(r)]));
}

export async function insertSession(
  db: Queryable,
  s: { tokenHash: string; userId: string; kind: 'cookie' | 'bearer'; expiresAt: Date },
): Promise<void> {
  await db.query('INSERT INTO sessions (token_hash, user_id, kind, expires_at) VALUES ($1, $2, $3, $4)', [
    s.tokenHash,
    s.userId,
    s.kind,
    s.expiresAt,
  ]);
}

/** The active user of an unexpired session. */
export async function findSessionUser(db: Queryable, tokenHash: string, now: Date): Promise<User | null> {
  const { rows } = await db.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active`,
    [tokenHash, now],
  );
  return rows[0] ? toUser(rows[0]) : null;
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** The first field team by name, for the demo field-team account; null when there are no teams. */
export async function firstTeamId(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM teams ORDER BY name, id LIMIT 1');
  return rows[0]?.id ?? null;
}

export async function usernameExists(db: Queryable, username: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM users WHERE username = $1', [username]);
  return rows.length > 0;
}
