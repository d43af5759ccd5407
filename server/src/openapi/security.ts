// What the document says of a route's access: the roles its actions are granted to (read from
// the policy itself) and the 401/403 answers of the session middleware and `authorize`.
import { Role } from '../contracts/auth.js';
import type { Actor } from '../auth/actor.js';
import { can, type Action } from '../auth/policy.js';
import { failure, type Access } from '../http/route.js';

export const SIGNED_IN = [{ sessionCookie: [] }, { bearerToken: [] }];
const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

const probe = (role: Role): Actor => ({
  kind: 'user',
  id: '00000000-0000-0000-0000-000000000000',
  username: role,
  displayName: role,
  role,
  unitCode: 'own',
  teamId: '00000000-0000-0000-0000-000000000001',
});

/** `team.set_status`: `dispatcher, field_team (own team), admin`, read from the policy itself. */
export function rolesFor(action: Action): string {
  return Role.options
    .filter((role) => can(probe(role), action))
    .map((role) => {
      if (!can(probe(role), action, { unitCode: 'other' })) return `${role} (own unit)`;
      if (!can(probe(role), action, { teamId: '00000000-0000-0000-0000-000000000002' })) return `${role} (own team)`;
      return role;
    })
    .join(', ');
}

/** The sentence a staff route's description starts with. */
export function securityText(access: Access): string {
  if (access === 'optional')
    return 'No sign-in required; with a session (cookie or bearer token) it applies to that user.';
  const lines = access.actions.map((a) => `\`${a}\`: ${rolesFor(a)}`);
  const many = lines.length > 1;
  return [
    'Sign-in required (cookie `mt_session` or `Authorization: Bearer <token>`).',
    `Action${many ? 's' : ''} and the roles granted ${many ? 'them' : 'it'}: ${lines.join('; ')}.`,
    access.note ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** What the session middleware and `authorize` answer on top of the handler's own responses. */
export function accessResponses(method: string, access: Access | undefined) {
  const out: Record<string, ReturnType<typeof failure>> = {};
  const staff = access !== undefined && access !== 'optional';
  if (staff) out[401] = failure('Nobody signed in (`sign_in_required`)');
  const forbidden = [
    staff ? 'the role lacks the action or the report/team is not the user’s (`forbidden`)' : '',
    UNSAFE.has(method) ? 'signed in by cookie from another site (`cross_site_request`)' : '',
  ].filter(Boolean);
  if (forbidden.length) out[403] = failure(`Refused: ${forbidden.join('; or ')}`);
  return out;
}
