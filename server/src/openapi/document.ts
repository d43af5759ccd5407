// The OpenAPI 3.1 document, read from the routes' own declarations (http/route.ts) as the API
// registered them: there is no second table of routes. zod 4 writes the JSON Schemas.
import type { RouteConfig } from '@hono/zod-openapi';
import { z } from 'zod';
import { ACCESS_KEY, DOC_ONLY, type Access, type Definitions } from '../http/route.js';
import { COMPONENTS } from './components.js';
import { accessResponses, securityText, SIGNED_IN } from './security.js';

type Json = Record<string, unknown>;
type Io = 'input' | 'output';

const ref = (name: string) => `#/components/schemas/${name}`;
const NAMES = new Map<unknown, string>(Object.entries(COMPONENTS).map(([name, schema]) => [schema, name]));

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) without the keywords that only fit a standalone file. */
function clean(schema: Json): Json {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

const isZod = (v: unknown): v is z.ZodType => v instanceof z.ZodType;

/** Request schemas describe what a client sends (before coercion and defaults); responses what it gets. */
function jsonSchema(s: z.ZodType, io: Io): Json {
  const name = io === 'output' ? NAMES.get(s) : undefined;
  if (name) return { $ref: ref(name) };
  return clean(z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json);
}

/** A declaration's schema object with every zod schema in it written out (multipart parts hold some). */
function convert(value: unknown, io: Io): unknown {
  if (isZod(value)) return jsonSchema(value, io);
  if (Array.isArray(value)) return value.map((v) => convert(v, io));
  if (!value || typeof value !== 'object') return value;
  const parsed = (value as Json)[DOC_ONLY];
  if (parsed) return convert(parsed, io);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, io)]));
}

/** Every named response body, with `$ref`s between them (CategoryList → Category). */
export function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: ref, unrepresentable: 'any' });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, clean(s as Json)]));
}

function parametersOf(schema: unknown, where: 'query' | 'path' | 'header'): Json[] {
  if (!isZod(schema)) return [];
  const s = jsonSchema(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, p]) => {
    const { description, ...rest } = p;
    const required = where === 'path' || (s.required?.includes(name) ?? false);
    return { name, in: where, required, description, schema: rest };
  });
}

function parameters(route: RouteConfig): Json[] {
  const r = route.request ?? {};
  return [...parametersOf(r.params, 'path'), ...parametersOf(r.query, 'query'), ...parametersOf(r.headers, 'header')];
}

/**
 * A Hono path → OpenAPI's: `/:id` and `/:id{[0-9a-fA-F-]{36}}` → `/{id}`; the exports' file-name
 * parameter `/:format{reports\.[a-z]+}` → `/reports.{format}`.
 */
export const openApiPath = (path: string) =>
  path
    .replace(/:\w+\{(\w+)\\\.\[a-z\]\+\}/g, '$1.{format}')
    .replace(/:(\w+)\{[^/]*\}/g, '{$1}')
    .replace(/:(\w+)/g, '{$1}');

const operationId = (method: string, path: string) =>
  method +
  path.replace(/[{}]/g, '').replace(/(^|[/._-])([a-z0-9])/g, (_, _sep: string, ch: string) => ch.toUpperCase());

function operation(route: RouteConfig, path: string): Json {
  const access = (route as Json)[ACCESS_KEY] as Access | undefined;
  const op: Json = { tags: route.tags, summary: route.summary, operationId: operationId(route.method, path) };
  const description = [access ? securityText(access) : '', route.description ?? ''].filter(Boolean).join('\n\n');
  if (description) op.description = description;
  if (access) op.security = access === 'optional' ? [{}, ...SIGNED_IN] : SIGNED_IN;
  const params = parameters(route);
  if (params.length) op.parameters = params;
  if (route.request?.body) op.requestBody = convert(route.request.body, 'input');
  op.responses = convert({ ...accessResponses(route.method, access), ...route.responses }, 'output');
  return op;
}

const INFO = {
  title: 'Mắt Thần API',
  version: '0.1.0',
  description:
    'Phản ánh hiện trường của người dân Hà Nội / Citizens’ field reports in Hà Nội. Every error is `{ error: { code, message, issues? } }` with a stable code. Staff routes need a session (cookie `mt_session` or a bearer token) and name the action and roles they require; a state-changing request signed in by cookie must come from the product’s own pages. The Open311 GeoReport v2 endpoint at /open311/v2 follows its own specification.',
  license: { name: 'MIT', identifier: 'MIT' },
};

const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'mt_session',
    description: 'The dashboard’s session, set by POST /api/auth/login (httpOnly)',
  },
  bearerToken: {
    type: 'http',
    scheme: 'bearer',
    description: '`Authorization: Bearer <token>` with the token of POST /api/auth/token (field phones)',
  },
};

/** The OpenAPI 3.1 document of the routes an app registered, mounted at `base` (e.g. `/api`). */
export function buildOpenApiDocument(definitions: Definitions, base: string): Json {
  const paths: Record<string, Json> = {};
  const tags = new Set<string>();
  for (const def of definitions) {
    if (def.type !== 'route') continue;
    const path = openApiPath(base + def.route.path);
    paths[path] = { ...paths[path], [def.route.method]: operation(def.route, path) };
    for (const tag of def.route.tags ?? []) tags.add(tag);
  }
  return {
    openapi: '3.1.0',
    info: INFO,
    tags: [...tags].map((name) => ({ name })),
    paths,
    components: { schemas: componentSchemas(), securitySchemes: SECURITY_SCHEMES },
  };
}
