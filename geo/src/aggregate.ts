// Report counts per H3 cell, computed the way the server's SQL does (`h3_parent` of the stored
// res-15 cell), so the live map can count in memory and still match GET /api/cells exactly.
import type { BBox } from './areas.js';
import { cellDescendantRange, cellParentBits, cellToBigInt, type LngLat } from './h3-cells.js';
import { inBox } from './proximity.js';

/** The fields of a report that counting needs; the server's PublicReport fits it structurally. */
export interface CountableReport {
  id: string;
  category: string;
  status: string;
  /** H3 cell of the location at resolution 15 (hex). */
  h3Cell: string;
  /** ISO-8601 instant. */
  createdAt: string;
  location: LngLat;
  wardCode?: string;
}

/**
 * The server's report filter, with its semantics: `from` ≤ createdAt < `to`; a point is in the
 * bbox when it lies inside or on its edges (see {@link inBox}).
 */
export interface ReportFilter {
  bbox?: BBox;
  from?: string;
  to?: string;
  category?: readonly string[];
  status?: readonly string[];
  ward?: readonly string[];
  /** An H3 cell (resolution ≤ 15): only reports whose res-15 cell descends from it. */
  cell?: string;
}

/** A split of the counts besides the cell. @example ['category', 'bucket'] */
export type Dimension = 'category' | 'status' | 'bucket';
/** Width of a Hanoi-local time bucket. @example 'week' // ISO week, Monday 00:00 UTC+7 */
export type TimeBucket = 'hour' | 'day' | 'week';

/** What to count by. @example { res: 8, by: ['status'], bucket: 'day', filter: { category: ['trash'] } } */
export interface AggregateOptions {
  /** H3 resolution of the output cells (0–15). */
  res: number;
  /** Dimensions to split counts by, besides the cell. */
  by?: readonly Dimension[];
  /** Bucket width when `by` includes 'bucket' (default 'day'). */
  bucket?: TimeBucket;
  filter?: ReportFilter;
}

/** One count. `bucket` is the UTC ISO instant at which the Hanoi-local hour/day/week starts. */
export interface AggregateRow {
  cell: string;
  count: number;
  category?: string;
  status?: string;
  bucket?: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
// Asia/Ho_Chi_Minh has been UTC+7 without DST since 1975, so a fixed offset is exact for our data.
const HANOI_OFFSET_MS = 7 * HOUR_MS;

/**
 * Start of the Asia/Ho_Chi_Minh hour, day or ISO week (Monday 00:00 local) holding `instant`,
 * as a UTC ISO string, so buckets sort as strings and name one instant unambiguously.
 * @example timeBucket('2025-09-30T18:30:00Z', 'day') // '2025-09-30T17:00:00.000Z' (1 Oct local)
 */
export function timeBucket(instant: string, width: TimeBucket): string {
  const local = Date.parse(instant) + HANOI_OFFSET_MS;
  if (width === 'hour') return new Date(Math.floor(local / HOUR_MS) * HOUR_MS - HANOI_OFFSET_MS).toISOString();
  const day = Math.floor(local / DAY_MS);
  // Day 0 (1970-01-01) was a Thursday: 3 days after a Monday.
  const start = width === 'day' ? day : day - ((((day + 3) % 7) + 7) % 7);
  return new Date(start * DAY_MS - HANOI_OFFSET_MS).toISOString();
}

/**
 * Whether a report passes the filter, as the server's WHERE clause would decide.
 * @example matchesFilter(report, { category: ['trash'], from: '2025-09-01T00:00:00Z' })
 */
export function matchesFilter(r: CountableReport, f: ReportFilter | undefined): boolean {
  if (!f) return true;
  if (f.bbox && !inBox(r.location, f.bbox)) return false;
  const t = Date.parse(r.createdAt);
  if (f.from !== undefined && t < Date.parse(f.from)) return false;
  if (f.to !== undefined && t >= Date.parse(f.to)) return false;
  // An empty list means "no filter", like the server's `if (f.category?.length)`.
  if (f.category?.length && !f.category.includes(r.category)) return false;
  if (f.status?.length && !f.status.includes(r.status)) return false;
  if (f.ward?.length && !(r.wardCode !== undefined && f.ward.includes(r.wardCode))) return false;
  if (f.cell !== undefined && !inCell(r.h3Cell, f.cell)) return false;
  return true;
}

function inCell(leaf: string, cell: string): boolean {
  const [low, high] = cellDescendantRange(cell);
  const v = cellToBigInt(leaf);
  return v >= low && v <= high;
}

/** The row a report counts in under `opts` (count 1), or null when the filter drops it. */
function rowOf(r: CountableReport, opts: AggregateOptions): AggregateRow | null {
  if (!matchesFilter(r, opts.filter)) return null;
  const by = opts.by ?? [];
  // Parent by bit arithmetic, not latLngToCell at `res`: H3 is not exactly nested, and the
  // parent of the stored cell is what SQL `h3_parent` computes.
  const row: AggregateRow = { cell: cellParentBits(r.h3Cell, opts.res), count: 1 };
  if (by.includes('category')) row.category = r.category;
  if (by.includes('status')) row.status = r.status;
  if (by.includes('bucket')) row.bucket = timeBucket(r.createdAt, opts.bucket ?? 'day');
  return row;
}

function keyOf(row: AggregateRow): string {
  return JSON.stringify([row.cell, row.category, row.status, row.bucket]);
}

/** Rows in a stable order: by cell, then category, status, bucket. */
function sortedRows(rows: Iterable<AggregateRow>): AggregateRow[] {
  return [...rows].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

function addInto(acc: Map<string, AggregateRow>, row: AggregateRow, count: number): void {
  const key = keyOf(row);
  const prev = acc.get(key);
  const n = (prev?.count ?? 0) + count;
  if (n === 0) acc.delete(key);
  else acc.set(key, { ...row, count: n });
}

/**
 * Counts reports per H3 cell at `res` (the parent of each stored res-15 cell), optionally split
 * by category, status and Hanoi-local time bucket. Rows with a zero count are omitted.
 * @example
 * aggregate(reports, { res: 8, by: ['category'], filter: { status: ['new'] } })
 * // [{ cell: '8841aa...', category: 'trash', count: 12 }, …]
 */
export function aggregate(items: Iterable<CountableReport>, opts: AggregateOptions): AggregateRow[] {
  const acc = new Map<string, AggregateRow>();
  for (const item of items) {
    const row = rowOf(item, opts);
    if (row) addInto(acc, row, 1);
  }
  return sortedRows(acc.values());
}

/**
 * Re-counts rows at a coarser resolution by summing their parents; other dimensions are kept.
 * @example rollUp(aggregate(reports, { res: 9 }), 6) // same as aggregate(reports, { res: 6 })
 */
export function rollUp(rows: Iterable<AggregateRow>, toRes: number): AggregateRow[] {
  const acc = new Map<string, AggregateRow>();
  for (const row of rows) addInto(acc, { ...row, cell: cellParentBits(row.cell, toRes) }, row.count);
  return sortedRows(acc.values());
}

/** Live counts, updated one event at a time; treat as immutable (updates return a new state). */
export interface AggregateState {
  readonly opts: AggregateOptions;
  readonly counts: ReadonlyMap<string, AggregateRow>;
}

/**
 * An empty live count with fixed options (resolution, dimensions, filter).
 * @example const live = createAggregateState({ res: 8, by: ['category', 'status'] });
 */
export function createAggregateState(opts: AggregateOptions): AggregateState {
  return { opts, counts: new Map() };
}

/**
 * Moves one report between count rows when it is created (`prev` null) or changes (status,
 * category…), without a recount: −1 where the old version counted, +1 where the new one does.
 * Returns the same state when nothing moves, so consumers can skip re-rendering by identity.
 * @example
 * let live = createAggregateState({ res: 8, by: ['status'] });
 * live = applyReportEvent(live, null, created);
 * live = applyReportEvent(live, created, { ...created, status: 'resolved' });
 */
export function applyReportEvent(
  state: AggregateState,
  prev: CountableReport | null,
  next: CountableReport,
): AggregateState {
  const from = prev && rowOf(prev, state.opts);
  const to = rowOf(next, state.opts);
  if (from && to && keyOf(from) === keyOf(to)) return state;
  if (!from && !to) return state;
  // Copy-on-write: the map holds one entry per non-empty row (thousands at most on a city map).
  const counts = new Map(state.counts);
  if (from) addInto(counts, from, -1);
  if (to) addInto(counts, to, 1);
  return { opts: state.opts, counts };
}

/**
 * The rows of a live count, in the same order and shape as {@link aggregate} returns.
 * @example stateRows(live) // [{ cell: '8841aa...', status: 'new', count: 3 }, …]
 */
export function stateRows(state: AggregateState): AggregateRow[] {
  return sortedRows(state.counts.values());
}
