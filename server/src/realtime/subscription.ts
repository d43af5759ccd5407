import type { SubscribeRequest } from '../contracts/events.js';
import type { PublicReport } from '../contracts/report.js';

export interface Subscription {
  bbox: [number, number, number, number] | null;
  categories: Set<string> | null;
}

export function toSubscription(req: SubscribeRequest): Subscription {
  return {
    bbox: req.bbox ?? null,
    categories: req.categories?.length ? new Set(req.categories) : null,
  };
}

export function isFirehose(s: Subscription): boolean {
  return !s.bbox && !s.categories;
}

/** Whether a report is inside what the client asked for. */
export function matches(s: Subscription, r: PublicReport): boolean {
  if (s.categories && !s.categories.has(r.category)) return false;
  if (s.bbox) {
    const [w, so, e, n] = s.bbox;
    const [lng, lat] = r.location;
    if (lng < w || lng > e || lat < so || lat > n) return false;
  }
  return true;
}
