// Phases 3–5: the pure geo work behind every report and every hotspot map, in this process, each
// beside the cheapest code that does the same job on the same seeded inputs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  bboxOf,
  cellDisk,
  cellToBigInt,
  createAreaIndex,
  getisOrdGiStar,
  hotspotsForCells,
  lngLatToCell,
  type AreaCollection,
} from '@matthan/geo';
// The baseline is raw h3-js by design: it shows what the [lng, lat] wrapper and BIGINT step cost.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { latLngToCell } from 'h3-js';
import { nowMs } from './clock.js';
import type { GeoResults, GiResultRow, H3Result, WardsResult } from './geo-results.js';
import { compareRuns, HANOI_BBOX, randomPoints, seededRandom } from './micro.js';
import { ROOT } from './processes.js';

const log = (line: string) => console.error(`[bench] ${line}`);
const CENTER: [number, number] = [105.8542, 21.0285]; // Hoàn Kiếm Lake

export async function geoPhases(): Promise<GeoResults> {
  const h3 = h3Phase();
  const hotspots = hotspotPhase();
  const wards = await wardsPhase();
  return { h3, hotspots, wards };
}

/** Phase 3: raw `latLngToCell(lat, lng, 15)` against `lngLatToCell([lng, lat], 15)` + `cellToBigInt`. */
export function h3Phase(points = 50_000, runs = 5): H3Result {
  log(`geo: H3 res 15 on ${points.toLocaleString('en-US')} points × ${runs} runs`);
  const xy = randomPoints(points, HANOI_BBOX, 15);
  const raw = () => {
    let acc = 0;
    for (let i = 0; i < xy.length; i += 2) acc += latLngToCell(xy[i + 1]!, xy[i]!, 15).length;
    return acc;
  };
  const ours = () => {
    let acc = 0n;
    for (let i = 0; i < xy.length; i += 2) acc ^= cellToBigInt(lngLatToCell([xy[i]!, xy[i + 1]!], 15));
    return Number(acc & 0xffffn);
  };
  return { points, runs, ...compareRuns(ours, raw, runs, points), barRatio: 0.4 };
}

/**
 * Phase 4: hotspotsForCells on a res-10 disk of ~50,000 cells around the centre, against the
 * bare Gi* core on the same k = 1 neighbour lists (built here with gridDisk, outside the timing).
 */
export function hotspotPhase(diskK = 129, runs = 3): GiResultRow {
  const resolution = 10;
  const area = cellDisk(lngLatToCell(CENTER, resolution), diskK);
  const rnd = seededRandom(10);
  const counts = new Map<string, number>();
  for (const cell of area) if (rnd() < 0.3) counts.set(cell, 1 + Math.floor(rnd() * rnd() * 40));
  log(`geo: Gi* on ${area.length.toLocaleString('en-US')} res-${resolution} cells (${counts.size} with reports)`);
  const index = new Map(area.map((c, i) => [c, i]));
  const values = Float64Array.from(area, (c) => counts.get(c) ?? 0);
  const neighbours = area.map((c) => cellDisk(c, 1).flatMap((d) => index.get(d) ?? []));
  let oursZ: ArrayLike<number> = [];
  let coreZ: ArrayLike<number> = [];
  const ours = () => {
    const out = hotspotsForCells(counts, area, { k: 1 });
    oursZ = Float64Array.from(out, (h) => h.z);
    return out.length;
  };
  const core = () => {
    coreZ = getisOrdGiStar(values, neighbours).z;
    return coreZ.length;
  };
  const timed = compareRuns(ours, core, runs, area.length);
  let maxZDifference = 0;
  for (let i = 0; i < area.length; i++) maxZDifference = Math.max(maxZDifference, Math.abs(oursZ[i]! - coreZ[i]!));
  return {
    cells: area.length,
    cellsWithReports: counts.size,
    resolution,
    k: 1,
    runs,
    ...timed,
    maxZDifference,
    barMs: 1000,
  };
}

/** Phase 5: createAreaIndex(wards).areaAt(p) against scanning all ward bboxes for each point. */
export async function wardsPhase(points = 1_000_000, runs = 3): Promise<WardsResult> {
  const fc = JSON.parse(await readFile(join(ROOT, 'seeds/hanoi-wards-2025.geojson'), 'utf8')) as AreaCollection;
  const t0 = nowMs();
  const wards = createAreaIndex(fc);
  const buildMs = nowMs() - t0;
  const boxes = Float64Array.from(fc.features.flatMap((f) => bboxOf(f)));
  log(`geo: ward lookups, ${fc.features.length} wards, ${points.toLocaleString('en-US')} points × ${runs} runs`);
  const xy = randomPoints(points, HANOI_BBOX, 5);
  let inside = 0;
  const ours = () => {
    let found = 0;
    for (let i = 0; i < xy.length; i += 2) if (wards.areaAt([xy[i]!, xy[i + 1]!]) !== null) found++;
    inside = found;
    return found;
  };
  const bboxScan = () => {
    let hits = 0;
    for (let i = 0; i < xy.length; i += 2) {
      const x = xy[i]!;
      const y = xy[i + 1]!;
      for (let b = 0; b < boxes.length; b += 4)
        if (x >= boxes[b]! && y >= boxes[b + 1]! && x <= boxes[b + 2]! && y <= boxes[b + 3]!) hits++;
    }
    return hits;
  };
  const timed = compareRuns(ours, bboxScan, runs, points);
  return { wards: fc.features.length, points, inside, buildMs, runs, ...timed, barPerSec: 100_000 };
}
