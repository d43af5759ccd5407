// The shape of one entry of the route table, and the helpers the tables share.
import type { z } from 'zod';
import { Role } from '../contracts/auth.js';
import type { Actor } from '../auth/actor.js';
import { can, type Action } from '../auth/policy.js';
import type { ComponentName } from './components.js';

export interface ResponseDoc {
  description: string;
  /** A component's name, or none for a body that is not JSON described here (e.g. HTML, CSV). */
  schema?: ComponentName;
  /** One media type, or several for a body offered in each (the exports). */
  contentType?: string | string[];
  /** Response headers by name, with what they carry. */
  headers?: Record<string, string>;
}

/** A multipart part: a JSON text part, or a file. */
export interface PartDoc {
  description: string;
  contentType: string;
  file?: boolean;
}

/**
 * Who may call a route. `actions`: a signed-in user whose role grants each listed action
 * (auth/policy.ts); `optional`: anyone, and a session changes the answer.
 */
export type SecurityDoc = { actions: Action[]; note?: string } | 'optional';

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path with `{param}` placeholders, e.g. `/api/reports/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  security?: SecurityDoc;
  query?: z.ZodObject;
  pathParams?: Record<string, { schema: z.ZodType; description: string }>;
  headers?: Record<string, { schema: z.ZodType; description: string }>;
  body?: {
    schema: z.ZodType;
    contentTypes: string[];
    description: string;
    /** The parts of the multipart form, when one of the content types is multipart/form-data. */
    parts?: Record<string, PartDoc>;
  };
  responses: Record<string, ResponseDoc>;
}

export const error = (description: string): ResponseDoc => ({ description, schema: 'ErrorBody' });
export const BAD_QUERY = error('A parameter is invalid (`validation_failed`, with issues per field)');
export const BAD_BODY = error('Not JSON (`invalid_json`) or invalid (`validation_failed`, with issues per field)');
export const NO_CONTENT: ResponseDoc = { description: 'Done; no body' };

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
export function securityText(security: SecurityDoc): string {
  if (security === 'optional')
    return 'No sign-in required; with a session (cookie or bearer token) it applies to that user.';
  const lines = security.actions.map((a) => `\`${a}\`: ${rolesFor(a)}`);
  return [
    'Sign-in required (cookie `mt_session` or `Authorization: Bearer <token>`).',
    `Action${lines.length > 1 ? 's' : ''} and the roles granted ${lines.length > 1 ? 'them' : 'it'}: ${lines.join('; ')}.`,
    security.note ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}
