import { z } from 'zod';

/**
 * Who may do what is decided in one place (server/src/auth/policy.ts); these are the roles it knows.
 * Example: a ward's staff member is `{ role: 'unit_staff', unitCode: '00004' }`.
 */
export const Role = z
  .enum(['citizen', 'operator', 'unit_staff', 'dispatcher', 'field_team', 'planner', 'admin'])
  .describe('Role: citizen, operator (city-wide), unit_staff (one unit), dispatcher, field_team, planner, admin');
export type Role = z.infer<typeof Role>;

/** A signed-in user as the API shows them: never the password hash. */
export const User = z
  .object({
    id: z.string().uuid(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    unitCode: z.string().nullable().describe('The unit of unit_staff (and optionally of other staff)'),
    teamId: z.string().uuid().nullable().describe('The team of a field_team account'),
  })
  .describe('User');
export type User = z.infer<typeof User>;

/** POST /api/auth/login and /api/auth/token. Example: `{ username: 'operator', password: '…' }`. */
export const LoginInput = z
  .object({
    username: z.string().trim().min(1).max(80),
    password: z.string().min(1).max(200),
  })
  .strict()
  .describe('Credentials');
export type LoginInput = z.infer<typeof LoginInput>;

/** The reply to a sign-in: the user, and for bearer tokens (field phones) the token itself. */
export const SignedIn = z
  .object({
    user: User,
    token: z.string().optional().describe('Bearer token (POST /api/auth/token only); cookies carry the web session'),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .describe('Signed-in session');
export type SignedIn = z.infer<typeof SignedIn>;

/** POST /api/admin/users: an admin creates an account. */
export const UserCreateInput = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[a-z0-9._-]{3,40}$/, 'lower-case letters, digits, dot, dash or underscore; 3–40 characters'),
    displayName: z.string().trim().min(1).max(120),
    role: Role,
    unitCode: z.string().max(20).nullable().default(null),
    teamId: z.string().uuid().nullable().default(null),
    password: z.string().min(10, 'at least 10 characters').max(200),
  })
  .strict()
  .refine((u) => u.role !== 'unit_staff' || u.unitCode !== null, {
    message: 'unit_staff needs a unitCode',
    path: ['unitCode'],
  })
  .refine((u) => u.role !== 'field_team' || u.teamId !== null, {
    message: 'field_team needs a teamId',
    path: ['teamId'],
  })
  .describe('New user');
export type UserCreateInput = z.infer<typeof UserCreateInput>;

/** GET /api/admin/users. Example: `{ items: [{ username: 'operator', role: 'operator', … }] }`. */
export const UserList = z.object({ items: z.array(User) }).describe('Every account');
export type UserList = z.infer<typeof UserList>;

/** GET /api/auth/me: the signed-in user, or null for nobody. Example: `{ user: null, actions: [] }`. */
export const CurrentUser = z
  .object({
    user: User.nullable(),
    actions: z
      .array(z.string())
      .describe(
        'What this user may do somewhere (their unit or team, or the whole city): the dashboard shows only these',
      ),
  })
  .describe('Who is signed in');
export type CurrentUser = z.infer<typeof CurrentUser>;
