import type { Summary } from './stats.js';

/** Phase 6 (opt-in, BENCH_HOTSPOTS=1): GET /api/hotspots on a database of seeded reports. */
export interface EndpointResult {
  reports: number;
  seedSeconds: number;
  res: number;
  k: number;
  studyRegionCells: number;
  /** Uncached requests (each a different from/category), milliseconds. */
  ours: Summary;
  /** The same URL asked again within the cache's lifetime. */
  cached: Summary;
  /** The raw count-per-cell SQL with the same filters, straight through pg. */
  baseline: Summary;
  failures: number;
  barP95Ms: number;
}

/**
 * The varied queries that defeat the server's cache: a `from` one hour apart for each request, and
 * every other request narrowed to one category (in turn).
 * @example hotspotQueries(2, new Date('2025-07-01T00:00:00Z'), 30, ['trash'])[1].category // 'trash'
 */
export function hotspotQueries(
  n: number,
  now: Date,
  days: number,
  categories: readonly string[],
): Array<{ from: string; to: string; category?: string }> {
  const to = now.toISOString();
  const start = now.getTime() - days * 86_400_000;
  return Array.from({ length: n }, (_, i) => {
    const from = new Date(start + i * 3_600_000).toISOString();
    const category = i % 2 === 1 && categories.length ? categories[(i >> 1) % categories.length] : undefined;
    return category ? { from, to, category } : { from, to };
  });
}
