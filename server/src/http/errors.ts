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

/** What a validation target is called in an error message. */
const TARGETS: Record<string, Bilingual> = {
  query: { vi: 'tham số truy vấn', en: 'query' },
  param: { vi: 'đường dẫn', en: 'path' },
  json: { vi: 'nội dung', en: 'body' },
  form: { vi: 'biểu mẫu', en: 'form' },
  header: { vi: 'tiêu đề', en: 'header' },
  cookie: { vi: 'cookie', en: 'cookie' },
};

/** The 400 `validation_failed` for what a request sent in `what` (a validation target or a name). */
export function validationFailed(error: z.ZodError, what: string): AppError {
  const name = TARGETS[what] ?? { vi: what, en: what };
  return new AppError(
    400,
    'validation_failed',
    {
      vi: `Dữ liệu không hợp lệ (${name.vi}): hãy sửa các trường được liệt kê trong issues.`,
      en: `Invalid ${name.en}: fix the fields listed in issues.`,
    },
    toIssues(error),
  );
}

/** Parses with a zod schema or throws a 400 naming each bad field (bodies a handler reads itself). */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw validationFailed(r.error, what);
  return r.data;
}

function body(code: string, message: string, issues?: Issue[]): ErrorBody {
  return { error: issues ? { code, message, issues } : { code, message } };
}

/** Hono's own refusals, before a handler runs (the validators' media-type gate and JSON parse). */
const KNOWN_EXCEPTIONS: Partial<Record<number, { code: string; text: Bilingual }>> = {
  400: {
    code: 'invalid_json',
    text: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  },
  415: {
    code: 'unsupported_content_type',
    text: {
      vi: 'Kiểu nội dung không được hỗ trợ: hãy gửi application/json (hoặc multipart/form-data khi có ảnh).',
      en: 'Unsupported content type: send application/json (or multipart/form-data with photos).',
    },
  },
};

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
    const known = KNOWN_EXCEPTIONS[status];
    if (known) return c.json(body(known.code, known.text[preferredLanguage(c.req.header('accept-language'))]), status);
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
