import { ReportStatus } from '@matthan/server/contracts';
import { initialFilters, PERIODS, type FiltersState, type Period } from './filters.js';

/** Where the map looks: centre `[lng, lat]` and zoom. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** What a shared link of the live view carries. */
export interface LiveLink {
  filters: FiltersState;
  camera: Camera | null;
  heatmap: boolean;
  /** The report open in the drawer. */
  report: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[a-z0-9_-]{1,40}$/i;

/**
 * `?category=trash&status=new&ward=00070&period=7d&at=105.85420,21.02850,12.50&heat=1&report=<id>` → a link.
 * Anything unreadable is dropped, never thrown: a pasted link must open something sensible.
 */
export function parseLiveLink(search: string): LiveLink {
  const q = new URLSearchParams(search);
  const list = (name: string) => (q.get(name) ?? '').split(',').filter((v) => CODE.test(v));
  const statuses = list('status').flatMap((s) => {
    const parsed = ReportStatus.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
  const period = PERIODS.find((p) => p === q.get('period')) ?? initialFilters.period;
  const filters: FiltersState = {
    categories: [...new Set(list('category'))].sort(),
    statuses: [...new Set(statuses)].sort(),
    wards: list('ward').slice(0, 1),
    period,
    overdue: q.get('overdue') === '1',
  };
  const report = q.get('report');
  return {
    filters,
    camera: parseCamera(q.get('at')),
    heatmap: q.get('heat') === '1',
    report: report && UUID.test(report) ? report.toLowerCase() : null,
  };
}

/** The query string (without `?`) of a link; defaults are left out so the plain page stays `/`. */
export function liveLinkSearch(link: LiveLink): string {
  const { filters, camera, heatmap, report } = link;
  const parts: string[] = [];
  if (filters.categories.length > 0) parts.push(`category=${filters.categories.join(',')}`);
  if (filters.statuses.length > 0) parts.push(`status=${filters.statuses.join(',')}`);
  if (filters.wards.length > 0) parts.push(`ward=${filters.wards.join(',')}`);
  if (filters.period !== initialFilters.period) parts.push(`period=${filters.period satisfies Period}`);
  if (filters.overdue) parts.push('overdue=1');
  if (camera) parts.push(`at=${camera.center[0].toFixed(5)},${camera.center[1].toFixed(5)},${camera.zoom.toFixed(2)}`);
  if (heatmap) parts.push('heat=1');
  if (report) parts.push(`report=${report}`);
  return parts.join('&');
}

/** Whether two cameras differ by more than the rounding of a link (≈1 m, 0.01 zoom). */
export function cameraMoved(a: Camera | null, b: Camera | null): boolean {
  if (!a || !b) return a !== b;
  return (
    Math.abs(a.center[0] - b.center[0]) > 2e-5 ||
    Math.abs(a.center[1] - b.center[1]) > 2e-5 ||
    Math.abs(a.zoom - b.zoom) > 0.02
  );
}

/** Only the filters (not the camera) make a new history entry: back undoes a filter, not a pan. */
export function filtersChanged(a: string, b: string): boolean {
  const strip = (s: string) =>
    s
      .split('&')
      .filter((p) => !p.startsWith('at='))
      .join('&');
  return strip(a) !== strip(b);
}

function parseCamera(at: string | null): Camera | null {
  if (!at) return null;
  const [lng, lat, zoom] = at.split(',').map(Number);
  if (![lng, lat, zoom].every((v) => v !== undefined && Number.isFinite(v))) return null;
  if (Math.abs(lng!) > 180 || Math.abs(lat!) > 85 || zoom! < 0 || zoom! > 22) return null;
  return { center: [lng!, lat!], zoom: zoom! };
}
