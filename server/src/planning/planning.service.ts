import type {
  BreakdownQuery,
  CellSeriesQuery,
  CellSeriesResponse,
  MonthlyQuery,
  MonthlyResponse,
  ReportBreakdown,
  SeriesBucket,
  SeriesFrame,
} from '../contracts/planning.js';
import { MAX_SERIES_BUCKETS } from '../contracts/planning.js';
import type { Queryable } from '../db/pool.js';
import { AppError } from '../http/errors.js';
import {
  countByCategory,
  countByCellAndBucket,
  countByMonthAndCategory,
  countByStatus,
  type BucketCut,
} from './planning.repository.js';

const DAY_S = 86_400;
// Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975).
const HANOI_OFFSET_S = 7 * 3_600;

/** Day 0 (1970-01-01) was a Thursday, so weeks start 3 days before a multiple of 7 days: Mondays. */
export const BUCKET_CUTS: Record<SeriesBucket, BucketCut> = {
  day: { shiftSeconds: HANOI_OFFSET_S, widthSeconds: DAY_S },
  week: { shiftSeconds: HANOI_OFFSET_S + 3 * DAY_S, widthSeconds: 7 * DAY_S },
};

function checkPeriod(from: string, to: string): [number, number] {
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (end > start) return [start, end];
  throw new AppError(400, 'invalid_period', {
    vi: 'Khoảng thời gian không hợp lệ: "to" phải sau "from".',
    en: 'The period is not valid: "to" must be after "from".',
  });
}

/** The bucket numbers `[first, last]` a period `[from, to)` touches. */
export function bucketRange(startMs: number, endMs: number, cut: BucketCut): [number, number] {
  const at = (ms: number) => (ms / 1000 + cut.shiftSeconds) / cut.widthSeconds;
  return [Math.floor(at(startMs)), Math.ceil(at(endMs)) - 1];
}

export function bucketStart(bucket: number, cut: BucketCut): string {
  return new Date((bucket * cut.widthSeconds - cut.shiftSeconds) * 1000).toISOString();
}

/** Every Hanoi-local month `YYYY-MM` of `[from, to)`, oldest first. */
export function monthsOf(startMs: number, endMs: number): string[] {
  const local = (ms: number) => new Date(ms + HANOI_OFFSET_S * 1000);
  const first = local(startMs);
  const last = local(endMs - 1);
  const months: string[] = [];
  let y = first.getUTCFullYear();
  let m = first.getUTCMonth();
  while (y < last.getUTCFullYear() || (y === last.getUTCFullYear() && m <= last.getUTCMonth())) {
    months.push(`${y}-${String(m + 1).padStart(2, '0')}`);
    m = (m + 1) % 12;
    if (m === 0) y++;
  }
  return months;
}

export function createPlanningService(db: Queryable) {
  return {
    /** Counts per cell per bucket for the time slider; every bucket is a frame, empty or not. */
    async cellSeries(q: CellSeriesQuery): Promise<CellSeriesResponse> {
      const [start, end] = checkPeriod(q.from, q.to);
      const cut = BUCKET_CUTS[q.bucket];
      const [first, last] = bucketRange(start, end, cut);
      if (last - first + 1 > MAX_SERIES_BUCKETS)
        throw new AppError(400, 'too_many_buckets', {
          vi: `Quá nhiều khoảng thời gian (tối đa ${MAX_SERIES_BUCKETS}): hãy chọn giai đoạn ngắn hơn hoặc theo tuần.`,
          en: `Too many buckets (at most ${MAX_SERIES_BUCKETS}): choose a shorter period or weekly buckets.`,
        });
      const frames: SeriesFrame[] = [];
      for (let b = first; b <= last; b++) frames.push({ start: bucketStart(b, cut), cells: [] });
      let max = 0;
      for (const row of await countByCellAndBucket(db, q, cut)) {
        frames[row.bucket - first]!.cells.push({ cell: row.cell, count: row.count });
        max = Math.max(max, row.count);
      }
      // Cells of one resolution have hex strings of one length: string order is index order.
      for (const frame of frames) frame.cells.sort((a, b) => (a.cell < b.cell ? -1 : 1));
      return { res: q.res, bucket: q.bucket, from: q.from, to: q.to, frames, max };
    },

    async monthly(q: MonthlyQuery): Promise<MonthlyResponse> {
      const [start, end] = checkPeriod(q.from, q.to);
      return { from: q.from, to: q.to, months: monthsOf(start, end), counts: await countByMonthAndCategory(db, q) };
    },

    async breakdown(q: BreakdownQuery): Promise<ReportBreakdown> {
      const [byCategory, byStatus] = await Promise.all([countByCategory(db, q), countByStatus(db, q)]);
      return { total: byCategory.reduce((s, c) => s + c.count, 0), byCategory, byStatus };
    },
  };
}

export type PlanningService = ReturnType<typeof createPlanningService>;
