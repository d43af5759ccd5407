// The planning view's shareable link: `/planning?from=2025-07-01&to=2025-09-30&category=trash&bucket=week`.
import type { SeriesBucket } from '@matthan/server/contracts';

/** A Hanoi-local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

export interface PlanningLink {
  /** First day of the period (Hanoi-local, included). */
  from: LocalDate;
  /** Last day of the period (Hanoi-local, included). */
  to: LocalDate;
  categories: string[];
  bucket: SeriesBucket;
  /** The hexagon whose drill-down is open, if any. */
  cell: string | null;
  /** Which map is shown: the played-back density, or the emerging hotspots. */
  mode: MapMode;
}

export type MapMode = 'density' | 'emerging';

export const PRESET_MONTHS = [3, 6, 12] as const;
export type PresetMonths = (typeof PRESET_MONTHS)[number];

const DAY_MS = 86_400_000;
// Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975).
const HANOI_OFFSET_MS = 7 * 3_600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CODE = /^[a-z][a-z0-9_]{1,39}$/;
const CELL = /^[0-9a-f]{15}$/;

/** The Hanoi-local date of an instant. @example hanoiDate(Date.parse('2025-09-30T18:00:00Z')) // '2025-10-01' */
export function hanoiDate(ms: number): LocalDate {
  return new Date(ms + HANOI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight at the start of a Hanoi-local date, as an ISO instant with its +07:00 offset. */
export function dayStart(date: LocalDate): string {
  return `${date}T00:00:00+07:00`;
}

/** The instant the period ends (exclusive): midnight after its last day. */
export function periodEnd(date: LocalDate): string {
  return dayStart(new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10));
}

/** The last `months` months up to today: from the same day `months` months back, to today. */
export function presetPeriod(months: number, nowMs: number): { from: LocalDate; to: LocalDate } {
  const to = hanoiDate(nowMs);
  const d = new Date(`${to}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last) + 1);
  return { from: d.toISOString().slice(0, 10), to };
}

/** Which preset a period is, if it is one (for the pressed button). */
export function presetOf(link: Pick<PlanningLink, 'from' | 'to'>, nowMs: number): PresetMonths | null {
  return (
    PRESET_MONTHS.find((m) => {
      const p = presetPeriod(m, nowMs);
      return p.from === link.from && p.to === link.to;
    }) ?? null
  );
}

export function defaultLink(nowMs: number): PlanningLink {
  return { ...presetPeriod(3, nowMs), categories: [], bucket: 'week', cell: null, mode: 'density' };
}

function validDate(s: string | null): s is LocalDate {
  if (!s) return false;
  const m = DATE.exec(s);
  return !!m && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

/** A pasted link never throws: what cannot be read falls back to the last three months. */
export function parsePlanningLink(search: string, nowMs: number): PlanningLink {
  const q = new URLSearchParams(search);
  const fallback = defaultLink(nowMs);
  const from = q.get('from');
  const to = q.get('to');
  const period = validDate(from) && validDate(to) && from <= to ? { from, to } : fallback;
  const categories = [...new Set((q.get('category') ?? '').split(',').filter((c) => CODE.test(c)))].sort();
  const bucket = q.get('bucket') === 'day' ? 'day' : 'week';
  const cell = q.get('cell');
  const mode = q.get('map') === 'emerging' ? 'emerging' : 'density';
  return { ...period, categories, bucket, cell: cell && CELL.test(cell) ? cell : null, mode };
}

/** The query string (without `?`): the period always, the rest only when not the default. */
export function planningSearch(link: PlanningLink): string {
  const parts = [`from=${link.from}`, `to=${link.to}`];
  if (link.categories.length > 0) parts.push(`category=${link.categories.join(',')}`);
  if (link.bucket !== 'week') parts.push(`bucket=${link.bucket}`);
  if (link.cell) parts.push(`cell=${link.cell}`);
  if (link.mode !== 'density') parts.push(`map=${link.mode}`);
  return parts.join('&');
}

/** The API's filter for the link's period and categories (instants in Hanoi time). */
export function periodFilter(link: PlanningLink): Record<string, string> {
  const filter: Record<string, string> = { from: dayStart(link.from), to: periodEnd(link.to) };
  if (link.categories.length > 0) filter.category = link.categories.join(',');
  return filter;
}
