// The units view's choices, as pure updaters: the period, the trend's bucket and unit, the table's sort.
import type { TrendBucket } from '@matthan/server/contracts';

export const PRESETS = ['7d', '30d', '90d'] as const;
export type PeriodPreset = (typeof PRESETS)[number];

export const COLUMNS = [
  'unit',
  'received',
  'processed',
  'onTimePercent',
  'overdueNow',
  'reopened',
  'satisfactionPercent',
] as const;
export type SortColumn = (typeof COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

export interface UnitsViewState {
  preset: PeriodPreset;
  bucket: TrendBucket;
  sort: { column: SortColumn; direction: SortDirection };
  /** The unit the trend is drawn for; null for the whole city. */
  trendUnit: string | null;
}

export const initialUnitsView: UnitsViewState = {
  preset: '30d',
  bucket: 'day',
  // The room's first question is who is late: most overdue first, as the server orders it.
  sort: { column: 'overdueNow', direction: 'desc' },
  trendUnit: null,
};

const DAYS: Record<PeriodPreset, number> = { '7d': 7, '30d': 30, '90d': 90 };

/** A new period; 90 days are drawn per week (90 daily points are too many to read), shorter ones per day. */
export function presetChosen(state: UnitsViewState, preset: PeriodPreset): UnitsViewState {
  return { ...state, preset, bucket: DAYS[preset] > 31 ? 'week' : 'day' };
}

export function bucketChosen(state: UnitsViewState, bucket: TrendBucket): UnitsViewState {
  return { ...state, bucket };
}

export function trendUnitChosen(state: UnitsViewState, trendUnit: string | null): UnitsViewState {
  return { ...state, trendUnit };
}

/** The same column again flips the order; another starts with its natural order (names A→Z, figures high→low). */
export function sortToggled(state: UnitsViewState, column: SortColumn): UnitsViewState {
  const { sort } = state;
  if (sort.column === column) {
    return { ...state, sort: { column, direction: sort.direction === 'asc' ? 'desc' : 'asc' } };
  }
  return { ...state, sort: { column, direction: column === 'unit' ? 'asc' : 'desc' } };
}

const DAY_MS = 86_400_000;
const HANOI_OFFSET_MS = 7 * 3_600_000;

/**
 * The period of a preset: from midnight in Hà Nội `n − 1` days before today, to `now` — so "7 days"
 * is today and the six whole days before it.
 */
export function periodOf(preset: PeriodPreset, now: Date): { from: string; to: string } {
  const today = Math.floor((now.getTime() + HANOI_OFFSET_MS) / DAY_MS);
  const from = new Date((today - (DAYS[preset] - 1)) * DAY_MS - HANOI_OFFSET_MS);
  return { from: from.toISOString(), to: now.toISOString() };
}
