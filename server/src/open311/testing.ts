// Helpers for the Open311 tests: the two formats of one resource, parsed back.
import { XMLParser } from 'fast-xml-parser';
import { expect } from 'vitest';

type Fetch = (path: string, init?: RequestInit) => Response | Promise<Response>;

const LISTS = new Set(['service', 'request', 'error', 'endpoint', 'format', 'attribute', 'value']);
const parser = new XMLParser({ parseTagValue: false, isArray: (name) => LISTS.has(name) });

/** Parses an Open311 XML document, checking the declaration and the UTF-8 content type. */
export async function readXml(res: Response): Promise<Record<string, unknown>> {
  expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  const text = await res.text();
  expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  const { '?xml': _declaration, ...doc } = parser.parse(text) as Record<string, unknown>;
  return doc;
}

export async function readJson<T = unknown>(res: Response): Promise<T> {
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return (await res.json()) as T;
}

/** JSON as XML carries it (Spark convention): every value a string, null and [] empty, arrays under item elements. */
export function asXml(value: unknown, itemName?: string): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    return { [itemName!]: value.map((v) => asXml(v)) };
  }
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asXml(v, ITEM[k])]));
  }
  return String(value);
}

const ITEM: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

/** Fetches `<path>.json` and `<path>.xml` and checks they say the same thing; returns the JSON. */
export async function bothFormats<T>(
  fetch: Fetch,
  path: string,
  root: string,
  query = '',
  status = 200,
): Promise<{ json: T; xml: Record<string, unknown> }> {
  const jsonRes = await fetch(`${path}.json${query}`);
  const xmlRes = await fetch(`${path}.xml${query}`);
  expect([jsonRes.status, xmlRes.status]).toEqual([status, status]);
  const json = await readJson<T>(jsonRes);
  const xml = await readXml(xmlRes);
  expect(xml).toEqual({ [root]: asXml(json, ITEM[root]) });
  return { json, xml };
}
