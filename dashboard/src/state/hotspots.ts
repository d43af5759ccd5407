import type { CellHotspot, HotspotChangedPayload, HotspotsResponse } from '@matthan/server/contracts';
import { filterParams, filtersKey, type FiltersState } from './filters.js';

/** The resolution the server watches for `hotspot:changed` (its default); ~0.7 km² per cell. */
export const HOTSPOT_RES = 8;

export interface HotspotsRequest {
  key: string;
  params: Record<string, string>;
}

/** Significant Gi* cells (hot or cold) under the category and period filters. */
export interface HotspotsState {
  requested: HotspotsRequest | null;
  cells: readonly CellHotspot[];
  version: number;
}

export const initialHotspots: HotspotsState = { requested: null, cells: [], version: 0 };

/**
 * Gi* needs the whole study region, so the request ignores the camera; statuses and wards are
 * left out because the server's analysis is over every report of a category and period.
 */
export function hotspotsRequestFor(filters: FiltersState, now: number): HotspotsRequest {
  const { category, from } = filterParams(filters, now);
  const params: Record<string, string> = { res: String(HOTSPOT_RES) };
  if (category) params.category = category;
  if (from) params.from = from;
  return { key: JSON.stringify([filtersKey({ ...filters, statuses: [], wards: [] }), HOTSPOT_RES]), params };
}

export function hotspotsRequested(state: HotspotsState, payload: { request: HotspotsRequest }): HotspotsState {
  return { ...state, requested: payload.request };
}

export function hotspotsLoaded(
  state: HotspotsState,
  payload: { key: string; response: HotspotsResponse },
): HotspotsState {
  if (state.requested?.key !== payload.key) return state;
  return { ...state, cells: payload.response.cells, version: state.version + 1 };
}

/**
 * A cell turned hot or hotter (pushed by the server for its default analysis). It is applied
 * only to an unfiltered view: under a category filter the server's classes would not match.
 */
export function hotspotChanged(state: HotspotsState, payload: { event: HotspotChangedPayload }): HotspotsState {
  const { event } = payload;
  if (event.res !== HOTSPOT_RES || state.requested?.params.category) return state;
  const byCell = new Map(state.cells.map((c) => [c.cell, c]));
  for (const ch of event.changes) {
    const known = byCell.get(ch.cell);
    const base = known ?? { cell: ch.cell, p: 0, pAdjusted: 0 };
    byCell.set(ch.cell, { ...base, count: ch.count, z: ch.z, classification: ch.to });
  }
  const cells = [...byCell.values()].filter((c) => c.classification !== 'not-significant');
  return { ...state, cells, version: state.version + 1 };
}
