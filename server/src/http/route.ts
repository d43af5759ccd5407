// One declaration per route: its path, inputs, responses and the action it needs, from which
// come the validation (zod at the edge), the handler's types (and so Hono's typed client), the
// access check and the OpenAPI document (openapi/document.ts reads the same declarations).
import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { AuthEnv } from '../auth/actor.js';
import { authorizeAny, type Action } from '../auth/policy.js';
import { ErrorBody } from '../contracts/errors.js';
import { validationFailed, type AppError } from './errors.js';

/**
 * Who may call a route. `actions`: a signed-in user whose role grants one of them somewhere
 * (checked before the handler; services check the report's or team's own unit or team);
 * `optional`: anyone, and a session changes the answer; none: public.
 */
export type Access = { actions: readonly Action[]; note?: string } | 'optional';

/** What a route declares beyond OpenAPI's operation: its tag, summary and access. */
export type Declaration = RouteConfig & { tags: [string]; summary: string; access?: Access };

/** The extension under which the access of a route reaches the document. */
export const ACCESS_KEY = 'x-matthan-access';

function requireAccess(actions: readonly Action[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    authorizeAny(c.get('actor'), actions);
    await next();
  };
}

/**
 * A route's declaration, with its access check in front of its validators. Example:
 * `route({ method: 'get', path: '/', tags: ['reference'], summary: 'Categories', responses: { 200: json(CategoryList, 'Every active category') } })`.
 */
export function route<const R extends Declaration>(declaration: R): R {
  const { access, ...rest } = declaration;
  const middleware = access && access !== 'optional' ? [requireAccess(access.actions)] : [];
  return createRoute({ ...rest, middleware, [ACCESS_KEY]: access }) as unknown as R;
}

type Validated = { target: string } & ({ success: true } | { success: false; error: z.ZodError });

/** Failed validation becomes our 400 `validation_failed`, naming the part of the request. */
function refuseInvalid(result: Validated): void {
  if (!result.success) throw validationFailed(result.error, result.target);
}

/** A sub-app for one path of the API, validating with {@link refuseInvalid}. */
export function routes() {
  return new OpenAPIHono<AuthEnv>({ defaultHook: refuseInvalid });
}

/**
 * The hook of a route whose path parameter, when invalid, names nothing that exists: a 404 (e.g.
 * a tracking code longer than any code) instead of a 400. Example: `.openapi(r, h, notFoundOnBadPath(noSuchCode))`.
 */
export const notFoundOnBadPath =
  (notFound: () => AppError) =>
  (result: Validated): undefined => {
    if (!result.success && result.target === 'param') throw notFound();
    refuseInvalid(result);
  };

/** The route declarations an app registered (its own and its sub-apps'), for the document. */
export type Definitions = ReturnType<typeof routes>['openAPIRegistry']['definitions'];

/** A JSON response of a zod schema. Example: `200: json(ReportPage, 'A page of reports')`. */
export const json = <S extends z.ZodType>(schema: S, description: string) =>
  ({ description, content: { 'application/json': { schema } } }) as const;

/** An error response (`{ error: { code, message } }`), described by its codes. */
export const failure = (description: string) => json(ErrorBody, description);

/** A JSON request body of a zod schema. */
export const jsonBody = <S extends z.ZodType>(schema: S, description: string) =>
  ({ required: true, description, content: { 'application/json': { schema } } }) as const;

export const BAD_QUERY = failure('A parameter is invalid (`validation_failed`, with issues per field)');
export const BAD_BODY = failure('Not JSON (`invalid_json`) or invalid (`validation_failed`, with issues per field)');
export const NO_CONTENT = { description: 'Done; no body' } as const;

/** The key under which a schema meant for the document only travels (openapi/document.ts writes it out). */
export const DOC_ONLY = 'x-document-only';

/**
 * A schema shown in the document that no validator or handler type is made from: a body the
 * handler parses itself (multipart with photos), or a reply it writes pre-encoded (the wards).
 * Example: `docOnly(ReportCreateInput)`.
 */
export const docOnly = (schema: z.ZodType) => ({ [DOC_ONLY]: schema }) as { type?: 'object' };

/** A multipart part: a JSON text part (with its schema), or a file. */
export interface Part {
  description: string;
  contentType: string;
  schema?: z.ZodType;
}

/** A multipart/form-data body of JSON text parts and file parts, as the document shows it. */
export function multipart(parts: Record<string, Part>) {
  const properties = Object.fromEntries(
    Object.entries(parts).map(([name, p]) => [
      name,
      p.schema
        ? {
            type: 'string',
            contentMediaType: p.contentType,
            contentSchema: docOnly(p.schema),
            description: p.description,
          }
        : { type: 'string', contentMediaType: p.contentType, description: p.description },
    ]),
  );
  const required = Object.entries(parts)
    .filter(([, p]) => p.schema)
    .map(([name]) => name);
  const encoding = Object.fromEntries(Object.entries(parts).map(([name, p]) => [name, { contentType: p.contentType }]));
  return { schema: { type: 'object', properties, required } as { type: 'object' }, encoding };
}
