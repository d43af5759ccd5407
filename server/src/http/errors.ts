import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { ErrorBody } from '../contracts/errors.js';

type Issue = { path: string; message: string };

/** A message in both languages of the product: Vietnamese first, English second. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** An error meant for the client: a status, a stable code tests match on, and a message saying what to do. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly text: Bilingual,
    readonly issues?: Issue[],
  ) {
    super(text.en);
  }
}

/** Vietnamese unless the client prefers English (Accept-Language: en…) before Vietnamese. */
export function preferredLanguage(acceptLanguage: string | undefined): 'vi' | 'en' {
  const tags = (acceptLanguage ?? '')
    .toLowerCase()
    .split(',')
    .map((t) => t.trim().slice(0, 2));
  const vi = tags.indexOf('vi');
  const en = tags.indexOf('en');
  return en !== -1 && (vi === -1 || en < vi) ? 'en' : 'vi';
}

/** zod issues → `{ path, message }` with dotted paths, e.g. `location.0`. */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** JSON text parsed, or a 400 `invalid_json`: every body the API reads goes through here. */
export function parseJsonOr400(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, 'invalid_json', {
      vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
      en: 'The request body is not valid JSON.',
    });
  }
}

/** The request's JSON body, or a 400 `invalid_json`. */
export async function jsonBodyOr400(c: Context): Promise<unknown> {
  return parseJsonOr400(await c.req.text());
}

/** Parses with a zod schema or throws a 400 naming each bad field. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new AppError(
      400,
      'validation_failed',
      {
        vi: `Dữ liệu không hợp lệ (${what}): hãy sửa các trường được liệt kê trong issues.`,
        en: `Invalid ${what}: fix the fields listed in issues.`,
      },
      toIssues(r.error),
    );
  }
  return r.data;
}

function body(code: string, message: string, issues?: Issue[]): ErrorBody {
  return { error: issues ? { code, message, issues } : { code, message } };
}

/**
 * The one error handler: every failure leaves as `{ error: { code, message, issues? } }`.
 * Anything unexpected is logged and becomes a 500 without internals.
 */
export function onError(err: Error, c: Context): Response {
  if (err instanceof AppError) {
    return c.json(body(err.code, err.text[preferredLanguage(c.req.header('accept-language'))], err.issues), err.status);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413)
      return c.json(body('payload_too_large', 'Yêu cầu quá lớn. / The request body is too large.'), 413);
    return c.json(body(`http_${status}`, err.message || 'Request failed.'), status as ContentfulStatusCode);
  }
  console.error('[matthan] unexpected error', err);
  const text = {
    vi: 'Hệ thống gặp sự cố. Hãy thử lại; nếu vẫn lỗi, hãy báo cho quản trị viên.',
    en: 'Something went wrong on our side. Try again; if it persists, tell the administrators.',
  };
  return c.json(body('internal_error', text[preferredLanguage(c.req.header('accept-language'))]), 500);
}

/** 404 in the same shape. */
export function notFound(c: Context): Response {
  const text = {
    vi: `Không có đường dẫn ${c.req.method} ${c.req.path}.`,
    en: `No route for ${c.req.method} ${c.req.path}.`,
  };
  return c.json(body('not_found', text[preferredLanguage(c.req.header('accept-language'))]), 404);
}
