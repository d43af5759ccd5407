// What the trend charts draw: one row per bucket, and each series' colour, dash and marker. Pure.
import type { TrendBucket, TrendPoint } from '@matthan/server/contracts';

export interface TrendRow {
  /** The bucket's first day, `YYYY-MM-DD`: the axis key. */
  start: string;
  /** `dd/MM` of that day, for the axis. */
  label: string;
  received: number;
  processed: number;
  onTimePercent: number | null;
  becameOverdue: number;
}

export type SeriesKey = 'received' | 'processed' | 'onTimePercent' | 'becameOverdue';
export type Marker = 'circle' | 'square' | 'diamond' | 'triangle';

export interface SeriesStyle {
  key: SeriesKey;
  color: string;
  /** SVG stroke-dasharray; '' for a solid line. */
  dash: string;
  marker: Marker;
}

/**
 * Okabe–Ito colours (readable with every common colour-vision deficiency), and a different dash and
 * marker per series, so no series is told apart by its colour alone.
 */
export const SERIES: Record<SeriesKey, SeriesStyle> = {
  received: { key: 'received', color: '#0072B2', dash: '', marker: 'circle' },
  processed: { key: 'processed', color: '#E69F00', dash: '6 3', marker: 'square' },
  onTimePercent: { key: 'onTimePercent', color: '#009E73', dash: '', marker: 'diamond' },
  becameOverdue: { key: 'becameOverdue', color: '#D55E00', dash: '2 3', marker: 'triangle' },
};

/** `"2025-06-02"` → `"02/06"`: dates only, so no time zone can move them. */
export function shortDate(day: string): string {
  const [, m, d] = day.split('-');
  return `${d}/${m}`;
}

export function trendRows(points: readonly TrendPoint[]): TrendRow[] {
  return points.map((p) => ({
    start: p.start,
    label: shortDate(p.start),
    received: p.received,
    processed: p.processed,
    onTimePercent: p.onTimePercent,
    becameOverdue: p.becameOverdue,
  }));
}

/** The message key naming the x axis: days, or weeks by their Monday. */
export function axisLabelKey(bucket: TrendBucket): 'unitsAxisDay' | 'unitsAxisWeek' {
  return bucket === 'day' ? 'unitsAxisDay' : 'unitsAxisWeek';
}
