import { z } from 'zod';
import { securityText, type SecurityDoc } from './route-doc.js';
import { COMPONENTS, ROUTES, type ResponseDoc, type RouteDoc } from './routes.js';

type Json = Record<string, unknown>;

const ref = (name: string) => `#/components/schemas/${name}`;

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) without the keywords that only fit a standalone file. */
function clean(schema: Json): Json {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

/** Request-side schemas describe what a client sends: before coercion, transforms and defaults. */
const inputSchema = (s: z.ZodType): Json => clean(z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json);

/** Every named response body, with `$ref`s between them (CategoryList → Category). */
export function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: ref, unrepresentable: 'any' });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, clean(s as Json)]));
}

function parameter(
  name: string,
  where: 'query' | 'path' | 'header',
  schema: Json,
  required: boolean,
  description?: string,
) {
  const { description: fromSchema, ...rest } = schema;
  return { name, in: where, required, description: description ?? fromSchema, schema: rest };
}

function parameters(route: RouteDoc): Json[] {
  const out: Json[] = [];
  for (const [name, p] of Object.entries(route.pathParams ?? {})) {
    out.push(parameter(name, 'path', inputSchema(p.schema), true, p.description));
  }
  if (route.query) {
    const q = inputSchema(route.query) as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, s] of Object.entries(q.properties ?? {})) {
      out.push(parameter(name, 'query', s, q.required?.includes(name) ?? false));
    }
  }
  for (const [name, h] of Object.entries(route.headers ?? {})) {
    out.push(parameter(name, 'header', inputSchema(h.schema), false, h.description));
  }
  return out;
}

function response(status: string, r: ResponseDoc): Json {
  const out: Json = { description: r.description };
  if (r.headers) {
    out.headers = Object.fromEntries(
      Object.entries(r.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }]),
    );
  }
  if (status === '204') return out;
  const types = [r.contentType ?? 'application/json'].flat();
  const media = r.schema ? { schema: { $ref: ref(r.schema) } } : {};
  out.content = Object.fromEntries(types.map((type) => [type, media]));
  return out;
}

/** Multipart: a JSON text part with the same fields as the JSON body, and a file part. */
function multipart(body: NonNullable<RouteDoc['body']>): Json {
  const parts = Object.entries(body.parts ?? {});
  if (!parts.length) return { schema: { type: 'object' } };
  const properties = Object.fromEntries(
    parts.map(([name, p]) => [
      name,
      p.file
        ? { type: 'string', contentMediaType: p.contentType, description: p.description }
        : {
            type: 'string',
            contentMediaType: p.contentType,
            contentSchema: inputSchema(body.schema),
            description: p.description,
          },
    ]),
  );
  const required = parts.filter(([, p]) => !p.file).map(([name]) => name);
  const encoding = Object.fromEntries(parts.map(([name, p]) => [name, { contentType: p.contentType }]));
  return { schema: { type: 'object', properties, required }, encoding };
}

function requestBody(body: NonNullable<RouteDoc['body']>): Json {
  const content: Record<string, Json> = {};
  for (const type of body.contentTypes) {
    content[type] = type === 'multipart/form-data' ? multipart(body) : { schema: inputSchema(body.schema) };
  }
  return { required: true, description: body.description, content };
}

const operationId = (r: RouteDoc) =>
  r.method +
  r.path.replace(/[{}]/g, '').replace(/(^|[/._-])([a-z0-9])/g, (_, _sep: string, ch: string) => ch.toUpperCase());

const SIGNED_IN = [{ sessionCookie: [] }, { bearerToken: [] }];
const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

/** What the session middleware and `authorize` answer on top of the handler's own responses. */
function accessResponses(method: RouteDoc['method'], security: SecurityDoc | undefined): Record<string, ResponseDoc> {
  const out: Record<string, ResponseDoc> = {};
  const staff = security !== undefined && security !== 'optional';
  if (staff) out[401] = { description: 'Nobody signed in (`sign_in_required`)', schema: 'ErrorBody' };
  const forbidden = [
    staff ? 'the role lacks the action or the report/team is not the user’s (`forbidden`)' : '',
    UNSAFE.has(method) ? 'signed in by cookie from another site (`cross_site_request`)' : '',
  ].filter(Boolean);
  if (forbidden.length) out[403] = { description: `Refused: ${forbidden.join('; or ')}`, schema: 'ErrorBody' };
  return out;
}

function operation(route: RouteDoc): Json {
  const op: Json = { tags: [route.tag], summary: route.summary, operationId: operationId(route) };
  const description = [route.security ? securityText(route.security) : '', route.description ?? '']
    .filter(Boolean)
    .join('\n\n');
  if (description) op.description = description;
  if (route.security) op.security = route.security === 'optional' ? [{}, ...SIGNED_IN] : SIGNED_IN;
  const params = parameters(route);
  if (params.length) op.parameters = params;
  if (route.body) op.requestBody = requestBody(route.body);
  const responses = { ...accessResponses(route.method, route.security), ...route.responses };
  op.responses = Object.fromEntries(Object.entries(responses).map(([status, r]) => [status, response(status, r)]));
  return op;
}

/** The OpenAPI 3.1 document of the API, from the route table and the contracts' zod schemas. */
export function buildOpenApiDocument(routes: RouteDoc[] = ROUTES): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mắt Thần API',
      version: '0.1.0',
      description:
        'Phản ánh hiện trường của người dân Hà Nội / Citizens’ field reports in Hà Nội. Every error is `{ error: { code, message, issues? } }` with a stable code. Staff routes need a session (cookie `mt_session` or a bearer token) and name the action and roles they require; a state-changing request signed in by cookie must come from the product’s own pages. The Open311 GeoReport v2 endpoint at /open311/v2 follows its own specification.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
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
      },
    },
  };
}
