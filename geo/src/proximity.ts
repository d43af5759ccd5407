// Distances, nearest-first ranking and duplicate detection for reports, on a mean-radius sphere:
// at city scale its error against the ellipsoid (≤ 0.5 %) is far below GPS noise.
import { haversineMeters, type BBox } from './areas.js';
import type { LngLat } from './h3-cells.js';

const RAD = Math.PI / 180;
/** Mean Earth radius (IUGG), the same sphere as {@link haversineMeters}. */
const EARTH_RADIUS_METERS = 6_371_008.8;
const HOUR_MS = 3_600_000;
// ~0.1 mm of slack so a point exactly at the radius is not cut off by rounding in the box maths.
const PAD_DEGREES = 1e-9;

/**
 * Great-circle distance in metres between two `[lng, lat]` points. One implementation for the
 * whole package: this is `haversineMeters` from areas.ts under the name proximity code uses.
 * @example distanceMeters([105.8542, 21.0285], [105.8542, 21.0295]) // ≈ 111.2
 */
export function distanceMeters(a: LngLat, b: LngLat): number {
  return haversineMeters(a, b);
}

/** An item with its distance from the origin. */
export interface Ranked<T> {
  item: T;
  distanceMeters: number;
}

/**
 * Items nearest first. Stable: items at equal distance keep their input order.
 * @example rankByDistance(here, reports, (r) => r.location, { limit: 10 })
 * // [{ item: report, distanceMeters: 12.5 }, …]
 */
export function rankByDistance<T>(
  origin: LngLat,
  items: Iterable<T>,
  getLocation: (item: T) => LngLat,
  opts: { limit?: number } = {},
): Ranked<T>[] {
  const ranked = [...items].map((item) => ({ item, distanceMeters: distanceMeters(origin, getLocation(item)) }));
  // Array.prototype.sort is stable (ES2019), which is what makes ties keep input order.
  ranked.sort((a, b) => a.distanceMeters - b.distanceMeters);
  return opts.limit === undefined ? ranked : ranked.slice(0, Math.max(0, opts.limit));
}

/**
 * The smallest `[minLng, minLat, maxLng, maxLat]` holding every point within `radiusMeters` of
 * `center` (great-circle), for index prefilters such as PostGIS `&&`. Longitudes use the exact
 * spherical half-width asin(sin δ / cos φ), not δ / cos φ, which is too narrow for wide circles.
 * Where the circle reaches a pole or crosses the antimeridian the box spans every longitude:
 * still a superset, which is all a prefilter needs.
 * @example bboxAround([105.8542, 21.0285], 1000) // ≈ [105.8446, 21.0195, 105.8638, 21.0375]
 */
export function bboxAround([lng, lat]: LngLat, radiusMeters: number): BBox {
  const delta = Math.max(0, radiusMeters) / EARTH_RADIUS_METERS; // angular radius, radians
  const dLat = delta / RAD + PAD_DEGREES;
  const minLat = Math.max(-90, lat - dLat);
  const maxLat = Math.min(90, lat + dLat);
  const ratio = Math.sin(Math.min(delta, Math.PI / 2)) / Math.cos(lat * RAD);
  if (delta >= Math.PI / 2 || minLat <= -90 || maxLat >= 90 || ratio >= 1) return [-180, minLat, 180, maxLat];
  const dLng = Math.asin(ratio) / RAD + PAD_DEGREES;
  if (lng - dLng < -180 || lng + dLng > 180) return [-180, minLat, 180, maxLat];
  return [lng - dLng, minLat, lng + dLng, maxLat];
}

/**
 * Whether a point lies in a box, edges included — the same test as the server's bbox filter
 * (`ST_Intersects` with the envelope).
 * @example inBox([105.85, 21.03], [105.8, 21.0, 105.87, 21.05]) // true
 */
export function inBox([lng, lat]: LngLat, [w, s, e, n]: BBox): boolean {
  return lng >= w && lng <= e && lat >= s && lat <= n;
}

/** The fields duplicate detection reads; the server's PublicReport fits it structurally. */
export interface LocatedReport {
  id: string;
  category: string;
  location: LngLat;
  /** ISO-8601 instant. */
  createdAt: string;
}

/** Limits for {@link findDuplicateCandidates}. @example { radiusMeters: 30, windowHours: 24 } */
export interface DuplicateOptions {
  /** Default 50 m: about a street frontage plus phone-GPS error in Hanoi's old quarter. */
  radiusMeters?: number;
  /** Default 72 h: a problem reported again after three days is usually a new occurrence. */
  windowHours?: number;
}

/** A possible duplicate with how far it is in space and time (`hoursApart` ≥ 0). */
export interface DuplicateCandidate<T> {
  report: T;
  distanceMeters: number;
  hoursApart: number;
}

/**
 * Open reports that may describe the same problem as `report`: same category, within
 * `radiusMeters` and within `windowHours` before or after it (edges included), excluding the
 * report itself. Nearest first, then closest in time, then by id so the order is total.
 * @example
 * findDuplicateCandidates(newReport, open, { radiusMeters: 30 })
 * // [{ report: other, distanceMeters: 12.4, hoursApart: 5.5 }]
 */
export function findDuplicateCandidates<T extends LocatedReport>(
  report: LocatedReport,
  openReports: Iterable<T>,
  opts: DuplicateOptions = {},
): DuplicateCandidate<T>[] {
  const radius = opts.radiusMeters ?? 50;
  const windowMs = (opts.windowHours ?? 72) * HOUR_MS;
  // The bbox rejects almost every report with four comparisons before any trigonometry.
  const box = bboxAround(report.location, radius);
  const at = Date.parse(report.createdAt);
  const found: DuplicateCandidate<T>[] = [];
  for (const other of openReports) {
    if (other.id === report.id || other.category !== report.category || !inBox(other.location, box)) continue;
    const apartMs = Math.abs(Date.parse(other.createdAt) - at);
    if (!(apartMs <= windowMs)) continue;
    const d = distanceMeters(report.location, other.location);
    if (d <= radius) found.push({ report: other, distanceMeters: d, hoursApart: apartMs / HOUR_MS });
  }
  return found.sort(
    (a, b) =>
      a.distanceMeters - b.distanceMeters ||
      a.hoursApart - b.hoursApart ||
      (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0),
  );
}
