import type { User } from '../contracts/auth.js';

/** Who is asking: nobody signed in, or a user with a role (and their unit or team). */
export type Actor = { kind: 'anonymous' } | ({ kind: 'user' } & User);

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** Hono's context variables for every route behind the session middleware. */
export interface AuthEnv {
  Variables: { actor: Actor };
}

/** What an event's `actor` column records for this actor. */
export function actorId(actor: Actor): string {
  return actor.kind === 'user' ? actor.id : 'citizen';
}
