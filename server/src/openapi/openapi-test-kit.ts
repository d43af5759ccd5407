// Test helpers: the served document, and checking a real response against what it documents.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import type { TestApp } from '../testing/app.js';

type Json = Record<string, unknown>;

export async function documentOf(a: TestApp): Promise<Json> {
  const res = await a.app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  return (await res.json()) as Json;
}

/** A validator for one response schema of the document, with the document's components in reach. */
export function validatorFor(doc: Json, path: string, method: string, status: string) {
  const op = (doc.paths as Record<string, Record<string, Json>>)[path]![method]!;
  const response = (op.responses as Record<string, Json>)[status]!;
  const schema = ((response.content as Record<string, Json>)['application/json']!.schema ?? {}) as Json;
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  return ajv.compile({ ...schema, components: doc.components });
}

/**
 * Asserts that the response has the expected status, that the document lists that status and the
 * response's media type for the operation and, for JSON, that the body matches its schema; returns the body. Example: `await conforms(doc, res, 'get', '/api/units', 200)`.
 */
export async function conforms(
  doc: Json,
  res: Response,
  method: string,
  path: string,
  expected: number,
): Promise<unknown> {
  const status = String(res.status);
  expect(res.status, `${method} ${path}`).toBe(expected);
  const op = (doc.paths as Record<string, Record<string, Json>>)[path]?.[method];
  expect(op, `${method} ${path} documented`).toBeDefined();
  expect(Object.keys(op!.responses as Json), `${method} ${path} documents ${status}`).toContain(status);
  if (status === '204') return null;
  const media = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const content = ((op!.responses as Record<string, Json>)[status]!.content ?? {}) as Json;
  expect(Object.keys(content), `${method} ${path} ${status} documents ${media}`).toContain(media);
  if (media !== 'application/json') return res.text();
  const body: unknown = await res.json();
  const validate = validatorFor(doc, path, method, status);
  expect(validate(body), `${method} ${path} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
  return body;
}
