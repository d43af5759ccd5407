// How a leaderboard period splits into Hà Nội days the rollup can serve and the parts counted
// live: the partial days at its edges, today (not finished) and anything after. Pure.
import { localDayOf } from './trend.js';
import { UTC_OFFSET_MINUTES } from '../deadlines/working-time.js';

const DAY_MS = 86_400_000;
const OFFSET_MS = UTC_OFFSET_MINUTES * 60_000;

/** A half-open span of time [lo, hi). */
export interface Span {
  lo: Date;
  hi: Date;
}

/** When local day `day` starts. Example: `midnightOf(localDayOf(new Date('2025-06-02T03:00:00Z')))` is 2025-06-01T17:00Z. */
export function midnightOf(day: number): Date {
  return new Date(day * DAY_MS - OFFSET_MS);
}

/**
 * The finished whole days inside [from, to) as day numbers [firstDay, endDay) (empty when
 * firstDay ≥ endDay), and the spans outside them, which are counted live.
 * Example: 1 June 10:00 → 4 June 10:00 (UTC+7), now 20 June: days 2 and 3 June, live 1 June
 * 10:00–24:00 and 4 June 00:00–10:00.
 */
export function splitPeriod(from: Date, to: Date, now: Date): { firstDay: number; endDay: number; live: Span[] } {
  const firstDay = Math.ceil((from.getTime() + OFFSET_MS) / DAY_MS);
  const endDay = Math.min(Math.floor((to.getTime() + OFFSET_MS) / DAY_MS), localDayOf(now));
  if (firstDay >= endDay) return { firstDay, endDay: firstDay, live: from < to ? [{ lo: from, hi: to }] : [] };
  const live: Span[] = [];
  if (from < midnightOf(firstDay)) live.push({ lo: from, hi: midnightOf(firstDay) });
  if (midnightOf(endDay) < to) live.push({ lo: midnightOf(endDay), hi: to });
  return { firstDay, endDay, live };
}

/**
 * The days of [firstDay, endDay) not in `have`, newest first, as runs of consecutive days.
 * Example: `missingRuns(10, 15, new Set([12]))` is [[13, 15], [10, 12]] (each [first, end)).
 */
export function missingRuns(firstDay: number, endDay: number, have: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (let d = endDay - 1; d >= firstDay; d--) {
    if (have.has(d)) continue;
    const last = runs.at(-1);
    if (last && last[0] === d + 1) last[0] = d;
    else runs.push([d, d + 1]);
  }
  return runs;
}

/** The spans of whole days covered by runs [first, end). */
export function spansOfRuns(runs: readonly [number, number][]): Span[] {
  return runs.map(([first, end]) => ({ lo: midnightOf(first), hi: midnightOf(end) }));
}
