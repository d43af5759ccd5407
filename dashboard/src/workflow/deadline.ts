/** How a report stands against its due time, for the drawer's clock and the lists. */
export type DeadlineState =
  { kind: 'none' } | { kind: 'done'; onTime: boolean } | { kind: 'ok' | 'soon' | 'overdue'; minutes: number };

/**
 * `dueAt` and `warnAt` as the server sends them; `resolvedAt` set means the clock stopped. The
 * clock turns amber at the server's own warning time (80 % of the allowed time, counted in office
 * hours where the due time is), never at a share of its own. Minutes are around the clock (what a
 * reader counts), even when the deadline counted office hours.
 */
export function deadlineState(
  r: { dueAt: string | null; warnAt?: string | null; resolvedAt?: string | null },
  now: number,
): DeadlineState {
  if (!r.dueAt) return { kind: 'none' };
  const due = Date.parse(r.dueAt);
  if (r.resolvedAt) return { kind: 'done', onTime: Date.parse(r.resolvedAt) <= due };
  const minutes = Math.round((due - now) / 60_000);
  if (minutes < 0) return { kind: 'overdue', minutes: -minutes };
  const soon = r.warnAt ? now >= Date.parse(r.warnAt) : false;
  return { kind: soon ? 'soon' : 'ok', minutes };
}

/** 1,563 minutes → `{ days: 1, hours: 2, minutes: 3 }`, for "còn 1 ngày 2 giờ". */
export function durationParts(totalMinutes: number): { days: number; hours: number; minutes: number } {
  const m = Math.max(0, Math.round(totalMinutes));
  return { days: Math.floor(m / 1440), hours: Math.floor((m % 1440) / 60), minutes: m % 60 };
}
