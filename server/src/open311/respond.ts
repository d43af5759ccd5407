import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, preferredLanguage, type Bilingual } from '../http/errors.js';
import { xmlDocument, type XmlValue } from './xml.js';

export type Format = 'json' | 'xml';

/** `"trash.json"` → `{ name: 'trash', format: 'json' }`; null without a known format suffix. */
export function splitFormat(segment: string): { name: string; format: Format } | null {
  const m = /^(.+)\.(json|xml)$/.exec(segment);
  return m ? { name: m[1]!, format: m[2] as Format } : null; // Hono has already decoded the segment
}

/** The format a path asks for: `.xml` gets XML, everything else JSON (for errors on odd paths). */
export const formatOfPath = (path: string): Format => (path.endsWith('.xml') ? 'xml' : 'json');

/** JSON or XML with the content types the spec names, UTF-8 declared. */
export function respond(c: Context, format: Format, root: string, body: XmlValue, status: ContentfulStatusCode = 200) {
  if (format === 'xml') return c.body(xmlDocument(root, body), status, { 'content-type': 'text/xml; charset=utf-8' });
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/json; charset=utf-8' });
}

/** An Open311 error: the spec's array of `{ code, description }` under 403, 404 or 400. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404,
    readonly text: Bilingual,
  ) {
    super(text.en);
  }
}

interface ErrorItem {
  code: number;
  description: string;
}

// The spec allows only three statuses for a client's mistake: 404 for a missing resource,
// 403 for a bad or missing api_key, and 400 for everything else.
function open311Status(status: number): 400 | 403 | 404 | 500 {
  if (status === 403 || status === 404) return status;
  return status >= 500 ? 500 : 400;
}

function errorItems(err: Error, lang: 'vi' | 'en'): { status: 400 | 403 | 404 | 500; items: ErrorItem[] } {
  if (err instanceof Open311Error)
    return { status: err.status, items: [{ code: err.status, description: err.text[lang] }] };
  if (err instanceof AppError) {
    const status = open311Status(err.status);
    const items = [{ code: status, description: err.text[lang] }];
    for (const i of err.issues ?? []) items.push({ code: status, description: `${i.path || '(body)'}: ${i.message}` });
    return { status, items };
  }
  if (err instanceof HTTPException && err.status < 500) {
    const status = open311Status(err.status);
    return { status, items: [{ code: status, description: err.message || `HTTP ${err.status}` }] };
  }
  console.error('[matthan] unexpected error in open311', err);
  const text = {
    vi: 'Hệ thống gặp sự cố. Hãy thử lại; nếu vẫn lỗi, hãy báo cho quản trị viên.',
    en: 'Something went wrong on our side. Try again; if it persists, tell the administrators.',
  };
  return { status: 500, items: [{ code: 500, description: text[lang] }] };
}

/** The Open311 module's one error handler: every failure leaves as the spec's error array. */
export function open311OnError(err: Error, c: Context): Response {
  const { status, items } = errorItems(err, preferredLanguage(c.req.header('accept-language')));
  return respond(c, formatOfPath(c.req.path), 'errors', items as unknown as XmlValue, status);
}
