import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface LabelAnchor {
  position: [number, number];
  /** Area of the largest polygon in square degrees: bigger wards get their name shown first. */
  priority: number;
}

/**
 * Where to write a ward's name: the centroid of its largest polygon. Hanoi's wards are compact
 * enough that this falls inside them; an island or an exclave does not pull the label into a river.
 * @example labelAnchor({ type: 'Polygon', coordinates: [[[0,0],[2,0],[2,2],[0,2],[0,0]]] }).position // [1, 1]
 */
export function labelAnchor(geometry: Polygon | MultiPolygon): LabelAnchor {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Position[] | undefined;
  let bestArea = -1;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const area = Math.abs(ringArea(outer));
    if (area > bestArea) [best, bestArea] = [outer, area];
  }
  return { position: best ? ringCentroid(best) : [0, 0], priority: Math.max(0, bestArea) };
}

/** Signed area by the shoelace formula, in square degrees (only compared, never shown). */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

function ringCentroid(ring: Position[]): [number, number] {
  const area = ringArea(ring);
  if (area === 0) return average(ring);
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    const cross = xj * yi - xi * yj;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

function average(ring: Position[]): [number, number] {
  const n = Math.max(1, ring.length);
  return [ring.reduce((s, p) => s + (p[0] ?? 0), 0) / n, ring.reduce((s, p) => s + (p[1] ?? 0), 0) / n];
}
