import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { HOAN_KIEM, jsonPost, useTestApp } from '../testing/app.js';
import { openApiPath } from './document.js';
import { documentOf as documentOfApp, validatorFor } from './openapi-test-kit.js';

const ctx = useTestApp();
type Json = Record<string, unknown>;
const documentOf = () => documentOfApp(ctx.a);

/** Every `$ref` anywhere in the document, as `[where, ref]`. */
function refs(value: unknown, where = '#'): [string, string][] {
  if (!value || typeof value !== 'object') return [];
  const own: [string, string][] =
    typeof (value as Json).$ref === 'string' ? [[where, (value as Json).$ref as string]] : [];
  return own.concat(Object.entries(value).flatMap(([k, v]) => refs(v, `${where}/${k}`)));
}

function resolve(doc: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined), doc);
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 whose every $ref resolves and whose schemas compile', async () => {
    const doc = await documentOf();
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const [where, ref] of all) expect(resolve(doc, ref), `${where} → ${ref}`).toBeDefined();
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;
    for (const [name, s] of Object.entries(schemas)) {
      expect(() => ajv.compile({ ...s, components: doc.components }), name).not.toThrow();
    }
  });

  it('describes every /api route the app serves, with its method', async () => {
    const doc = await documentOf();
    const paths = doc.paths as Record<string, Json>;
    const served = new Set(
      ctx.a.app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.includes('*'))
        .map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`),
    );
    const documented = Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(served.size).toBe(53);
    expect([...served].sort()).toEqual(documented.sort()); // nothing undocumented, nothing stale
  });

  it('gives parameters, bodies and the error shape', async () => {
    const doc = await documentOf();
    const paths = doc.paths as Record<string, Record<string, Json>>;
    const list = paths['/api/reports']!.get!;
    expect((list.parameters as { name: string }[]).map((p) => p.name)).toEqual(
      expect.arrayContaining(['bbox', 'from', 'to', 'category', 'status', 'ward', 'limit', 'cursor']),
    );
    const create = paths['/api/reports']!.post!;
    expect(Object.keys((create.requestBody as { content: Json }).content)).toEqual([
      'application/json',
      'multipart/form-data',
    ]);
    expect(resolve(doc, '#/components/schemas/ErrorBody')).toMatchObject({ required: ['error'] });
    expect(paths['/api/reports/{id}']!.get!.responses).toHaveProperty('404');
  });

  it('documents the session cookie and bearer token, and names the action and roles of a staff route', async () => {
    const doc = await documentOf();
    const schemes = (doc.components as { securitySchemes: Record<string, Json> }).securitySchemes;
    expect(schemes.sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'mt_session' });
    expect(schemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const paths = doc.paths as Record<string, Record<string, Json>>;
    const assign = paths['/api/reports/{id}/assign']!.post!;
    expect(assign.security).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
    expect(assign.description).toContain('`report.assign`: operator, unit_staff (own unit), dispatcher, admin');
    expect(Object.keys(assign.responses as Json)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '409']));
    expect(paths['/api/units']!.get!.security).toBeUndefined();
    const actions = paths['/api/reports/{id}/actions']!.post!.requestBody as { content: Record<string, Json> };
    expect(actions.content['multipart/form-data']).toMatchObject({
      schema: { required: ['command'], properties: { after: { contentMediaType: 'image/*' } } },
    });
  });

  it('matches real responses: a created report and a page of reports validate, a broken one does not', async () => {
    const doc = await documentOf();
    const created = await ctx.a.app.request(
      '/api/reports',
      jsonPost({ category: 'trash', description: 'Rác ở vỉa hè', location: HOAN_KIEM, address: '1 Tràng Tiền' }),
    );
    const createdBody = await created.json();
    const validCreated = validatorFor(doc, '/api/reports', 'post', '201');
    expect(validCreated(createdBody), JSON.stringify(validCreated.errors)).toBe(true);
    const page = await (await ctx.a.app.request('/api/reports?limit=5')).json();
    const validPage = validatorFor(doc, '/api/reports', 'get', '200');
    expect(validPage(page), JSON.stringify(validPage.errors)).toBe(true);
    const broken = structuredClone(page) as { items: Json[] };
    broken.items[0]!.status = 'lost';
    expect(validPage(broken)).toBe(false);
    const error = await (await ctx.a.app.request('/api/reports?limit=0')).json();
    expect(validatorFor(doc, '/api/reports', 'get', '400')(error)).toBe(true);
  });
});

describe('API docs page', () => {
  it('renders every operation on one self-contained page', async () => {
    const res = await ctx.a.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const doc = await documentOf();
    for (const path of Object.keys(doc.paths as Json)) expect(html).toContain(`<code>${path}</code>`);
    expect(html).toContain('id="schema-ReportPage"');
    expect(html).not.toMatch(/<(script|link|img)\b[^>]*(src|href)=["']?https?:/i); // nothing fetched from elsewhere
  });
});
