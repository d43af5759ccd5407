import { z } from 'zod';
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

function response(r: ResponseDoc): Json {
  const type = r.contentType ?? 'application/json';
  const content = r.schema ? { [type]: { schema: { $ref: ref(r.schema) } } } : { [type]: {} };
  return { description: r.description, content };
}

function requestBody(body: NonNullable<RouteDoc['body']>): Json {
  const content: Record<string, Json> = {};
  for (const type of body.contentTypes) {
    // Multipart carries the same fields as form parts plus files; JSON Schema cannot say more usefully.
    content[type] = type === 'application/json' ? { schema: inputSchema(body.schema) } : { schema: { type: 'object' } };
  }
  return { required: true, description: body.description, content };
}

const operationId = (r: RouteDoc) =>
  r.method +
  r.path.replace(/[{}]/g, '').replace(/(^|[/._-])([a-z0-9])/g, (_, _sep: string, ch: string) => ch.toUpperCase());

function operation(route: RouteDoc): Json {
  const op: Json = { tags: [route.tag], summary: route.summary, operationId: operationId(route) };
  const params = parameters(route);
  if (params.length) op.parameters = params;
  if (route.body) op.requestBody = requestBody(route.body);
  op.responses = Object.fromEntries(Object.entries(route.responses).map(([status, r]) => [status, response(r)]));
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
        'Phản ánh hiện trường của người dân Hà Nội / Citizens’ field reports in Hà Nội. Every error is `{ error: { code, message, issues? } }` with a stable code. The Open311 GeoReport v2 endpoint at /open311/v2 follows its own specification.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: componentSchemas() },
  };
}
