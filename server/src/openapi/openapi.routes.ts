import { json, route, routes, type Definitions } from '../http/route.js';
import { renderDocsPage } from './docs-page.js';
import { buildOpenApiDocument } from './document.js';
import { z } from 'zod';

const document = route({
  method: 'get',
  path: '/openapi.json',
  tags: ['meta'],
  summary: 'This OpenAPI 3.1 document',
  responses: { 200: json(z.record(z.string(), z.unknown()), 'The document') },
});

const docs = route({
  method: 'get',
  path: '/docs',
  tags: ['meta'],
  summary: 'This document as a readable page (works offline)',
  responses: { 200: { description: 'HTML page', content: { 'text/html': { schema: { type: 'string' } } } } },
});

/**
 * GET /api/openapi.json and GET /api/docs, built once per process from the routes the API
 * registered (`definitions` is read on the first request, when every route is in).
 */
export function openapiRoutes(definitions: () => Definitions, base: string) {
  let doc: Record<string, unknown> | undefined;
  let page: string | undefined;
  const built = () => (doc ??= buildOpenApiDocument(definitions(), base));
  return routes()
    .openapi(document, (c) => c.json(built(), 200))
    .openapi(docs, (c) => c.html((page ??= renderDocsPage(built())), 200));
}
