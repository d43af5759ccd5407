import { Hono } from 'hono';
import { renderDocsPage } from './docs-page.js';
import { buildOpenApiDocument } from './document.js';

/** GET /api/openapi.json and GET /api/docs, built once per process from the route table. */
export function openapiRoutes() {
  let doc: ReturnType<typeof buildOpenApiDocument> | undefined;
  let page: string | undefined;
  const document = () => (doc ??= buildOpenApiDocument());
  return new Hono()
    .get('/openapi.json', (c) => c.json(document()))
    .get('/docs', (c) => c.html((page ??= renderDocsPage(document()))));
}
