// Monthly trends shaped for recharts: one row per month, one numeric field per top category.
import type { Category, MonthlyResponse } from '@matthan/server/contracts';

/** The field of the categories beyond the top ones, summed. */
export const OTHER = '__other';
export const TOP_CATEGORIES = 5;

export interface TrendSeries {
  key: string;
  /** The category's code, or null for "other". */
  category: string | null;
  color: string;
}

export interface TrendRow {
  month: string;
  [key: string]: number | string;
}

export interface TrendChart {
  rows: TrendRow[];
  series: TrendSeries[];
  total: number;
}

/** Categories by their total over the period, largest first (ties by code, so the order is stable). */
function ranked(counts: MonthlyResponse['counts']): string[] {
  const totals = new Map<string, number>();
  for (const c of counts) totals.set(c.category, (totals.get(c.category) ?? 0) + c.count);
  return [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code);
}

/**
 * Every month of the period as a row (months without reports are zeros, not gaps), the top
 * categories as their own series and the rest as one "other" series.
 * @example trendChart({ months: ['2025-08'], counts: [{ month: '2025-08', category: 'trash', count: 3 }] }, cats)
 * // { rows: [{ month: '2025-08', trash: 3 }], series: [{ key: 'trash', … }], total: 3 }
 */
export function trendChart(
  response: Pick<MonthlyResponse, 'months' | 'counts'>,
  categories: ReadonlyMap<string, Category>,
  top = TOP_CATEGORIES,
): TrendChart {
  const order = ranked(response.counts);
  const shown = order.slice(0, top);
  const series: TrendSeries[] = shown.map((code) => ({
    key: code,
    category: code,
    color: categories.get(code)?.color ?? '#7f7f7f',
  }));
  if (order.length > top) series.push({ key: OTHER, category: null, color: '#9aa5ad' });
  const rows = response.months.map((month) => {
    const row: TrendRow = { month };
    for (const s of series) row[s.key] = 0;
    return row;
  });
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  let total = 0;
  for (const c of response.counts) {
    const row = byMonth.get(c.month);
    if (!row) continue;
    const key = shown.includes(c.category) ? c.category : OTHER;
    row[key] = (row[key] as number) + c.count;
    total += c.count;
  }
  return { rows, series, total };
}
