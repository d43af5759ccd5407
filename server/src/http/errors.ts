import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { ErrorBody } from '../contracts/errors.js';

type Issue = { path: string; message: string };

/** An error meant for the client: a status, a stable code tests match on, and a message saying what to do. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }
}

/** zod issues → `{ path, message }` with dotted paths, e.g. `location.0`. */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Parses with a zod schema or throws a 400 naming each bad field. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new AppError(400, 'validation_failed', `Invalid ${what}: fix the fields listed in issues.`, toIssues(r.error));
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
  if (err instanceof AppError) return c.json(body(err.code, err.message, err.issues), err.status);
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413) return c.json(body('payload_too_large', 'The request body is too large.'), 413);
    return c.json(body(`http_${status}`, err.message || 'Request failed.'), status as ContentfulStatusCode);
  }
  console.error('[matthan] unexpected error', err);
  return c.json(body('internal_error', 'Something went wrong on our side. Try again; if it persists, report it.'), 500);
}

/** 404 in the same shape. */
export function notFound(c: Context): Response {
  return c.json(body('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404);
}
