import type { PublicReport } from '@matthan/server/contracts';
import { initialFilters, matchesFilters, sameFilters, type FiltersState } from './filters.js';

/** The panel shows the newest reports only; older ones are on the map. */
export const FEED_LIMIT = 100;

export interface FeedState {
  /** Newest first, at most FEED_LIMIT, one entry per report id. */
  items: readonly PublicReport[];
  loaded: boolean;
}

export const initialFeed: FeedState = { items: [], loaded: false };

/** The first page arrived. Live reports that came in while it loaded are kept (merged by id). */
export function feedLoaded(state: FeedState, payload: { items: readonly PublicReport[] }): FeedState {
  return { items: merge(state.items, payload.items), loaded: true };
}

export function feedReportCreated(state: FeedState, payload: { report: PublicReport }): FeedState {
  return { ...state, items: merge(state.items, [payload.report]) };
}

/** A status change: replace the report if the feed shows it; an old report does not jump to the top. */
export function feedReportUpdated(state: FeedState, payload: { report: PublicReport }): FeedState {
  const { report } = payload;
  if (!state.items.some((r) => r.id === report.id)) return state;
  return { ...state, items: merge(state.items, [report]) };
}

/** What the panel shows: the feed narrowed by the same filters as the map. */
export function visibleFeed(state: FeedState, filters: FiltersState, now: number): readonly PublicReport[] {
  if (sameFilters(filters, initialFilters)) return state.items;
  return state.items.filter((r) => matchesFilters(filters, r, now));
}

function merge(current: readonly PublicReport[], incoming: readonly PublicReport[]): PublicReport[] {
  const byId = new Map(current.map((r) => [r.id, r]));
  for (const r of incoming) {
    const known = byId.get(r.id);
    // A replayed or late event must not undo a newer version of the same report.
    if (!known || known.updatedAt <= r.updatedAt) byId.set(r.id, r);
  }
  return [...byId.values()].sort(newestFirst).slice(0, FEED_LIMIT);
}

function newestFirst(a: PublicReport, b: PublicReport): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}
