import { OPEN_STATUSES } from '../contracts/report.js';
import { z } from 'zod';
import { Instant } from '../contracts/common.js';
import type { ReportStatus } from '../contracts/report.js';
import { AppError, parseOr400 } from '../http/errors.js';

const Csv = z.string().transform((s) =>
  s
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0),
);

/** GET /requests: the spec's arguments plus the cursor extension (`cursor`, `page_size`). */
const RequestsQuery = z.object({
  jurisdiction_id: z.string().optional(),
  service_request_id: Csv.optional(),
  service_code: Csv.optional(),
  start_date: Instant.optional(),
  end_date: Instant.optional(),
  status: Csv.pipe(z.array(z.enum(['open', 'closed']))).optional(),
  cursor: z.string().max(200).optional(),
  page_size: z.coerce.number().int().min(1).max(1000).optional(),
});
export type RequestsQuery = z.infer<typeof RequestsQuery>;

/**
 * Reads the query: an empty parameter counts as absent (the spec's "Optional Arguments"), and
 * a parameter given several times is joined with commas ("can be declared multiple times").
 */
export function parseRequestsQuery(queries: Record<string, string[]>): RequestsQuery {
  const flat: Record<string, string> = {};
  for (const [k, values] of Object.entries(queries)) {
    const joined = values.filter((v) => v.trim() !== '').join(',');
    if (joined !== '') flat[k] = joined;
  }
  return parseOr400(RequestsQuery, flat, 'service request query');
}

const CLOSED: ReportStatus[] = ['resolved', 'closed', 'not_responsible', 'duplicate', 'rejected'];
const OPEN: readonly ReportStatus[] = OPEN_STATUSES;

/** Our statuses seen through Open311: only `open` or `closed`; the detail goes in status_notes. */
export function open311Status(status: ReportStatus): 'open' | 'closed' {
  return CLOSED.includes(status) ? 'closed' : 'open';
}

/** `open,closed` → the statuses of ours they cover. Example: `['closed']` → resolved, closed, … */
export function reportStatuses(statuses: ('open' | 'closed')[]): ReportStatus[] {
  return [...(statuses.includes('open') ? OPEN : []), ...(statuses.includes('closed') ? CLOSED : [])];
}

const WINDOW_MS = 90 * 86_400_000;
export const DEFAULT_LIMIT = 1000;

export interface RequestsWindow {
  from?: Date;
  to?: Date;
  /** True when the spec's default window (the last 90 days) was applied: a cursor may go past it. */
  defaulted: boolean;
}

/**
 * The spec's date window: at most 90 days, the last 90 days by default. A cursor (the paging
 * extension) lifts only the default window, so a consumer can walk back through all history.
 */
export function requestsWindow(q: RequestsQuery, now: Date): RequestsWindow {
  const start = q.start_date ? new Date(q.start_date) : undefined;
  const end = q.end_date ? new Date(q.end_date) : undefined;
  if (start && end) {
    if (end < start || end.getTime() - start.getTime() > WINDOW_MS) {
      throw new AppError(400, 'invalid_date_range', {
        vi: 'end_date phải sau start_date và khoảng thời gian không quá 90 ngày.',
        en: 'end_date must be after start_date, and the range may not span more than 90 days.',
      });
    }
    return { from: start, to: end, defaulted: false };
  }
  if (start) return { from: start, to: new Date(start.getTime() + WINDOW_MS), defaulted: false };
  if (end) return { from: new Date(end.getTime() - WINDOW_MS), to: end, defaulted: false };
  return q.cursor ? { defaulted: false } : { from: new Date(now.getTime() - WINDOW_MS), defaulted: true };
}
