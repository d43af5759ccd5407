// The trend's buckets: Hà Nội days (UTC+7 all year) and ISO weeks, from per-day counts. Pure.
import type { TrendBucket, TrendPoint } from '../contracts/leaderboard.js';
import { UTC_OFFSET_MINUTES } from '../deadlines/working-time.js';

const DAY_MS = 86_400_000;
const OFFSET_MS = UTC_OFFSET_MINUTES * 60_000;

/** One local day's counts, keyed by its day number (days since 1970-01-01 in UTC+7). */
export interface DayCounts {
  received: number;
  processed: number;
  processedOnTime: number;
  becameOverdue: number;
}

/** The local day number of a moment. Example: `localDayOf(new Date('2025-06-01T17:00:00Z'))` is 2 June's. */
export function localDayOf(at: Date): number {
  return Math.floor((at.getTime() + OFFSET_MS) / DAY_MS);
}

/** `YYYY-MM-DD` of a local day number. */
export function localDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of the bucket holding `day`: itself, or the Monday of its week (1 Jan 1970 was a Thursday). */
export function bucketStartOf(day: number, bucket: TrendBucket): number {
  if (bucket === 'day') return day;
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return day - ((weekday + 6) % 7);
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * Every bucket of [from, to) in order, with the days' counts summed into their bucket and the
 * empty buckets as zeros, so a chart's axis has no gaps.
 */
export function trendPoints(
  days: ReadonlyMap<number, DayCounts>,
  from: Date,
  to: Date,
  bucket: TrendBucket,
): TrendPoint[] {
  const first = bucketStartOf(localDayOf(from), bucket);
  const last = localDayOf(new Date(to.getTime() - 1));
  const step = bucket === 'day' ? 1 : 7;
  const points: TrendPoint[] = [];
  for (let start = first; start <= last; start += step) {
    const sum: DayCounts = { received: 0, processed: 0, processedOnTime: 0, becameOverdue: 0 };
    for (let d = start; d < start + step; d++) {
      const c = days.get(d);
      if (!c) continue;
      sum.received += c.received;
      sum.processed += c.processed;
      sum.processedOnTime += c.processedOnTime;
      sum.becameOverdue += c.becameOverdue;
    }
    points.push({ start: localDateOf(start), ...sum, onTimePercent: percent(sum.processedOnTime, sum.processed) });
  }
  return points;
}
